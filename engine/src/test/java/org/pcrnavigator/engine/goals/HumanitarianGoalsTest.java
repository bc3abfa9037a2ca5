package org.pcrnavigator.engine.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.Person;
import org.pcrnavigator.engine.report.Report;

/** Criminal bars to the humanitarian goals: U and T visas, VAWA, SIJ adjustment, voluntary departure, registry. */
class HumanitarianGoalsTest {
    private static final String EWI = "status: undocumented; enteredWithoutInspection: yes";
    private static final String AS_OF = "2026-11-28";

    /** Analyses a case whose one goal is {@code goal} and returns that goal's result. */
    private static Report.GoalResult goal(String goal, String immigration, String... convictions) {
        return goalBornOn(goal, null, immigration, convictions);
    }

    private static Report.GoalResult goalBornOn(String goal, String dateOfBirth, String immigration, String... convictions) {
        CaseFile cf = Cases.person(AS_OF, immigration, convictions);
        Person person = dateOfBirth == null ? cf.person() : new Person(null, PartialDate.parse(dateOfBirth), null, null);
        CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), person, cf.immigration(), List.of(goal), cf.equities(),
                cf.convictions(), cf.source());
        Report.GoalResult g = new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
        assertThat(g.goal()).isEqualTo(goal);
        return g;
    }

    private static String dated(String statute, String level, String date, long days, String extra) {
        return "statute: " + statute + "; disposition: convicted; level: " + level + "; offenseDate: " + date + "; pleaDate: " + date
                + "; judgmentDate: " + date + "; inCriminalCustody: no; " + extra + "sentence:\\n  confinementDays: " + days;
    }

    private static final String ROBBERY_2016 = dated("PC 211", "felony", "2016-03-01", 730, "");
    private static final String METH_POSSESSION = "statute: HS 11377(a); disposition: convicted; level: misdemeanor; offenseDate: 2019-05-01; "
            + "pleaDate: 2019-05-20; judgmentDate: 2019-05-20; inCriminalCustody: no; recordFacts:\\n  substance: methamphetamine; "
            + "sentence:\\n  confinementDays: 10";
    private static final String MARIJUANA_POSSESSION = "statute: HS 11357(a); disposition: convicted; level: misdemeanor; offenseDate: 2019-05-01; "
            + "pleaDate: 2019-05-20; judgmentDate: 2019-05-20; inCriminalCustody: no; recordFacts:\\n  substance: marijuana\\n  conduct: possess; "
            + "sentence:\\n  confinementDays: 0";

    // ---- U and T visas: every criminal ground can be waived, so a ground puts the goal at risk, never bars it.

    @ParameterizedTest(name = "{0} with a robbery: at risk with the waiver named")
    @CsvSource({"u_visa, 212(d)(14)", "t_visa, 212(d)(13)"})
    void nonimmigrantVictimVisasWaiveEvenAnAggravatedFelony(String goal, String waiver) {
        Report.GoalResult g = goal(goal, EWI, ROBBERY_2016);
        assertThat(g.status()).isEqualTo("at_risk");
        assertThat(g.explanation().text()).contains(waiver);
        assertThat(g.blockers()).containsExactly("c1");
    }

    @ParameterizedTest(name = "{0} with a drug conviction: at risk, not barred")
    @CsvSource({"u_visa", "t_visa"})
    void nonimmigrantVictimVisasWaiveDrugGrounds(String goal) {
        assertThat(goal(goal, EWI, METH_POSSESSION).status()).isEqualTo("at_risk");
    }

    @ParameterizedTest(name = "{0} with no conviction: clear")
    @CsvSource({"u_visa", "t_visa", "vawa_self_petition", "sijs", "voluntary_departure", "registry"})
    void noConvictionIsClear(String goal) {
        assertThat(goal(goal, EWI).status()).isEqualTo("clear");
    }

    @ParameterizedTest(name = "U visa, petty theft with {0} days imposed: {1}")
    @CsvSource({
        // One CIMT misdemeanor with six months or less imposed is within the petty-offense exception.
        "180, clear",
        "185, at_risk"})
    void uVisaFollowsThePettyOffenseException(long days, String status) {
        assertThat(goal("u_visa", EWI, dated("PC 484(a)", "misdemeanor", "2019-01-10", days, "")).status()).isEqualTo(status);
    }

    // ---- SIJ adjustment: 245(h)(2)(B) reaches neither a CIMT nor a drug conviction, except one small marijuana possession.

    @ParameterizedTest(name = "SIJ, petty theft with {0} days imposed: {1}")
    @CsvSource({"180, clear", "185, barred"})
    void sijCannotWaiveACimtOutsideThePettyOffenseException(long days, String status) {
        Report.GoalResult g = goal("sijs", EWI, dated("PC 484(a)", "misdemeanor", "2019-01-10", days, ""));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @Test
    void sijCannotWaiveADrugConvictionButMayWaiveOneSmallMarijuanaPossession() {
        assertThat(goal("sijs", EWI, METH_POSSESSION).status()).isEqualTo("barred");
        Report.GoalResult mj = goal("sijs", EWI, MARIJUANA_POSSESSION);
        assertThat(mj.status()).isEqualTo("at_risk");
        assertThat(mj.explanation().text()).contains("Moradel");
        assertThat(mj.explanation().authorities()).contains("bia.moradel_2021");
    }

    @Test
    void sijTwoMarijuanaPossessionsAreNoSingleOffense() {
        assertThat(goal("sijs", EWI, MARIJUANA_POSSESSION, MARIJUANA_POSSESSION).status()).isEqualTo("barred");
    }

    @Test
    void sijJuvenileAdjudicationIsNoConviction() {
        String juvenile = "statute: HS 11377(a); court: juvenile; disposition: juvenile_adjudication; level: misdemeanor; "
                + "offenseDate: 2019-05-01; pleaDate: 2019-05-20; recordFacts:\\n  substance: methamphetamine";
        assertThat(goal("sijs", EWI, juvenile).status()).isEqualTo("clear");
    }

    // ---- VAWA self-petition: good moral character in the three years before filing; the 101(f)(8) permanent bar.

    @ParameterizedTest(name = "VAWA, meth possession on {0} (period from 2023-11-28): {1}")
    @CsvSource({
        // Before the period: good moral character is not barred, but the green card later needs admissibility.
        "2023-11-27, at_risk",
        "2023-11-28, barred"})
    void vawaDrugConvictionInThePeriodBars(String date, String status) {
        Report.GoalResult g = goal("vawa_self_petition", EWI, dated("HS 11377(a)", "misdemeanor", date, 10, "recordFacts:\\n  substance: methamphetamine; "));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @ParameterizedTest(name = "VAWA, meth sale convicted {0}: {1}")
    @CsvSource({
        // An aggravated felony before 1990-11-29 is no permanent bar; the drug ground still puts the green card at risk.
        "1990-11-28, at_risk",
        "1990-11-29, barred"})
    void vawaAggravatedFelonyFrom1990_11_29IsAPermanentBar(String date, String status) {
        Report.GoalResult g = goal("vawa_self_petition", EWI, dated("HS 11378", "felony", date, 365, "recordFacts:\\n  substance: methamphetamine\\n  conduct: possess_for_sale; "));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @Test
    void vawaAggravatedFelonyThatIsAlsoAWaivableCimtIsAtRiskNotBarred() {
        // Robbery: an aggravated felony and a CIMT; 212(h) reaches the CIMT, so 204(a)(1)(C) arguably excuses it.
        Report.GoalResult g = goal("vawa_self_petition", EWI, ROBBERY_2016);
        assertThat(g.status()).isEqualTo("at_risk");
        assertThat(g.explanation().authorities()).contains("guide.tooby.vawa_self_petition_gmc");
    }

    @ParameterizedTest(name = "VAWA, petty theft with a prior (felony) on {0}: at risk, {1}")
    @CsvSource({
        // Outside the period the CIMT does not touch good moral character; only the later green card needs a waiver.
        "2023-11-27, no conviction bars good moral character",
        // Inside it the CIMT may bar good moral character, unless 204(a)(1)(C) excuses it: still a risk, not a bar.
        "2023-11-28, may bar good moral character"})
    void vawaCimtInThePeriodIsAtRiskBecauseTheAbuseExceptionMayExcuseIt(String date, String why) {
        Report.GoalResult g = goal("vawa_self_petition", EWI, dated("PC 666", "felony", date, 90, ""));
        assertThat(g.status()).isEqualTo("at_risk");
        assertThat(g.explanation().text()).contains(why);
    }

    // ---- Voluntary departure: an aggravated felony bars both forms; a GMC bar in five years closes the post-hearing form.

    @Test
    void voluntaryDepartureAggravatedFelonyBarsEvenWithoutAdmission() {
        Report.GoalResult g = goal("voluntary_departure", EWI, dated("HS 11378", "felony", "2015-01-01", 365,
                "recordFacts:\\n  substance: methamphetamine\\n  conduct: possess_for_sale; "));
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.explanation().authorities()).contains("us.cfr.8.1240_26");
    }

    @ParameterizedTest(name = "voluntary departure, petty theft with a prior (felony) on {0} (period from 2021-11-28): {1}")
    @CsvSource({"2021-11-27, clear", "2021-11-28, at_risk"})
    void voluntaryDepartureCimtInFiveYearsClosesOnlyThePostHearingForm(String date, String status) {
        Report.GoalResult g = goal("voluntary_departure", EWI, dated("PC 666", "felony", date, 90, ""));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
        if (status.equals("at_risk")) assertThat(g.explanation().text()).contains("before or at the first master calendar hearing");
    }

    @ParameterizedTest(name = "voluntary departure, {0} days ordered in the period: {1}")
    @CsvSource({"179, clear", "180, at_risk"})
    void voluntaryDepartureConfinementOf180DaysInThePeriodIsARisk(long days, String status) {
        // Trespass (PC 602) is neither a CIMT nor a drug offense; only the confinement matters.
        Report.GoalResult g = goal("voluntary_departure", EWI, dated("PC 602(m)", "misdemeanor", "2024-01-10", days, ""));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @Test
    void voluntaryDepartureDateUnknownIsAskedNotAssumed() {
        String undated = "statute: PC 666; disposition: convicted; level: felony; inCriminalCustody: no; sentence:\\n  confinementDays: 90";
        Report.GoalResult g = goal("voluntary_departure", EWI, undated);
        assertThat(g.status()).isEqualTo("unknown");
        assertThat(g.explanation().allMissingFacts()).contains("convictions.c1.pleaDate");
    }

    // ---- Registry: entry before 1972-01-01; no drug inadmissibility; the 101(f)(8) permanent bar.

    @ParameterizedTest(name = "registry, born {0}: {1}")
    @CsvSource({"1971-12-31, clear", "1972-01-01, barred"})
    void registryNeedsEntryBefore1972(String born, String status) {
        assertThat(goalBornOn("registry", born, EWI).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "registry, robbery convicted {0}: {1}")
    @CsvSource({
        // Before 1990-11-29 the aggravated felony is no permanent bar, but the CIMT still needs a waiver.
        "1990-11-28, at_risk",
        "1990-11-29, barred"})
    void registryAggravatedFelonyFrom1990_11_29Bars(String date, String status) {
        Report.GoalResult g = goalBornOn("registry", "1950-01-01", EWI, dated("PC 211", "felony", date, 730, ""));
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @Test
    void registryDrugConvictionBarsAndSmallMarijuanaIsAtRisk() {
        assertThat(goalBornOn("registry", "1950-01-01", EWI, METH_POSSESSION).status()).isEqualTo("barred");
        assertThat(goalBornOn("registry", "1950-01-01", EWI, MARIJUANA_POSSESSION).status()).isEqualTo("at_risk");
    }

    @Test
    void spanishWordingExists() {
        CaseFile cf = Cases.person(AS_OF, EWI, ROBBERY_2016);
        for (String goal : List.of("u_visa", "t_visa", "vawa_self_petition", "sijs", "voluntary_departure", "registry")) {
            CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of(goal), cf.equities(),
                    cf.convictions(), cf.source());
            Report.GoalResult g = new Analyzer(Cases.kb()).analyze(withGoal, "es").goals().get(0);
            assertThat(g.explanation().text()).isNotBlank().doesNotContain("{");
        }
    }
}
