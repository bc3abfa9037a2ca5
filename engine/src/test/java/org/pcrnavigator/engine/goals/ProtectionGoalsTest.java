package org.pcrnavigator.engine.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** The particularly-serious-crime bars to asylum and withholding, and CAT deferral's lack of any criminal bar. */
class ProtectionGoalsTest {
    private static final String EWI = "status: undocumented; enteredWithoutInspection: yes";

    /** Robbery: a theft aggravated felony with a year or more on the count (Matter of Delgado), none below. */
    private static String robbery(long days) {
        return "statute: PC 211; disposition: convicted; level: felony; offenseDate: 2015-01-01; pleaDate: 2015-02-01; "
                + "judgmentDate: 2015-02-01; sentence:\\n  confinementDays: " + days;
    }

    /** Assault with a deadly weapon: whether it is an aggravated felony is unsettled (United States v. Gomez). */
    private static String assault(long days) {
        return "statute: PC 245(a)(1); disposition: convicted; level: felony; offenseDate: 2020-01-01; pleaDate: 2020-02-01; "
                + "judgmentDate: 2020-02-01; sentence:\\n  confinementDays: " + days;
    }

    /** Disturbing the peace: never an aggravated felony, nor in any other category. */
    private static final String PEACE = "statute: PC 415(1); disposition: convicted; level: misdemeanor; offenseDate: 2019-01-01; "
            + "pleaDate: 2019-02-01; judgmentDate: 2019-02-01; sentence:\\n  confinementDays: 10";

    private static Report.GoalResult goal(String goal, String immigration, String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", immigration, convictions);
        CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of(goal), cf.equities(),
                cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
    }

    private static Report.GoalResult goalEs(String goal, String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", EWI, convictions);
        CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of(goal), cf.equities(),
                cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "es").goals().get(0);
    }

    // ---- aggravated felony: yes, unsettled, no -------------------------------------------------------------

    @ParameterizedTest(name = "{0}: asylum {1}, withholding {2}, CAT deferral clear")
    @CsvSource({
        // A year on a robbery count: an aggravated felony, so a particularly serious crime per se for asylum;
        // for withholding it is below the five-year aggregate, so case by case.
        "af-yes, barred, at_risk",
        // 364 days: not an aggravated felony, but still a possible particularly serious crime case by case.
        "af-no-364, at_risk, at_risk",
        // Whether PC 245(a)(1) is an aggravated felony is unsettled: never clear, never barred outright.
        "af-unsettled, at_risk, at_risk",
        // Disturbing the peace: no category at all, yet any conviction may be found particularly serious.
        "af-no-415, at_risk, at_risk"})
    void aggravatedFelonyYesUnsettledNo(String which, String asylum, String withholding) {
        String c = switch (which) {
            case "af-yes" -> robbery(365);
            case "af-no-364" -> robbery(364);
            case "af-unsettled" -> assault(730);
            default -> PEACE;
        };
        Report.GoalResult a = goal("asylum", EWI, c);
        Report.GoalResult w = goal("withholding_of_removal", EWI, c);
        Report.GoalResult cat = goal("cat_deferral", EWI, c);
        assertThat(a.status()).as(a.explanation().text()).isEqualTo(asylum);
        assertThat(w.status()).as(w.explanation().text()).isEqualTo(withholding);
        assertThat(cat.status()).isEqualTo("clear");
        assertThat(a.blockers()).containsExactly("c1");
        assertThat(w.blockers()).containsExactly("c1");
        assertThat(cat.blockers()).isEmpty();
    }

    @Test
    void asylumBarredByAnAggravatedFelonyNamesTheDeadlineAsOutsideTheAnalysis() {
        Report.GoalResult a = goal("asylum", EWI, robbery(365));
        assertThat(a.explanation().text()).contains("particularly serious crime per se").contains("one-year filing deadline");
        assertThat(a.explanation().authorities()).contains("us.ina.208", "us.ina.101_a_43");
    }

    @Test
    void caseByCaseRiskCitesNamAndTheApplicantsBurden() {
        Report.GoalResult a = goal("asylum", EWI, PEACE);
        assertThat(a.explanation().text()).contains("case by case").contains("one-year filing deadline");
        assertThat(a.explanation().authorities()).contains("bia.n_a_m_2007", "scotus.pereida_v_wilkinson_2021");
        assertThat(a.explanation().because()).anySatisfy(b -> assertThat(b.authorities()).contains("ca9.delgado_v_holder_2011"));
    }

    // ---- withholding: the five-year aggregate --------------------------------------------------------------

    @ParameterizedTest(name = "one aggravated felony with {0} days: withholding {1}")
    @CsvSource({"1824, at_risk", "1825, barred"})
    void oneAggravatedFelonyAtTheFiveYearLine(long days, String status) {
        Report.GoalResult w = goal("withholding_of_removal", EWI, robbery(days));
        assertThat(w.status()).as(w.explanation().text()).isEqualTo(status);
        if (status.equals("barred")) {
            assertThat(w.explanation().text()).contains("1825 days").contains("Convention Against Torture").contains("1208.17");
        }
    }

    @ParameterizedTest(name = "two aggravated felonies, {0} + {1} days: withholding {2}")
    @CsvSource({"1000, 824, at_risk", "1000, 825, barred"})
    void aggravatedFelonyTermsAreAddedTogether(long first, long second, String status) {
        Report.GoalResult w = goal("withholding_of_removal", EWI, robbery(first), robbery(second));
        assertThat(w.status()).as(w.explanation().text()).isEqualTo(status);
        assertThat(w.blockers()).containsExactly("c1", "c2");
    }

    @ParameterizedTest(name = "aggravated felony 1000 days plus a non-AF count of {0} days: withholding at risk")
    @CsvSource({"364", "1000"})
    void termsOnCountsThatAreNotAggravatedFeloniesDoNotCount(long days) {
        // 364 days on robbery is not an aggravated felony; 1000 + 364 is below five years anyway, and the
        // disturbing-the-peace term never counts: the per se bar needs aggravated-felony terms.
        Report.GoalResult w = goal("withholding_of_removal", EWI, robbery(1000), robbery(364),
                PEACE.replace("confinementDays: 10", "confinementDays: " + days));
        assertThat(w.status()).isEqualTo("at_risk");
    }

    @ParameterizedTest(name = "unsettled aggravated felony with {0} days: withholding {1}")
    @CsvSource({"1824, at_risk", "1825, at_risk"})
    void anUnsettledAggravatedFelonyNeverBarsOutright(long days, String status) {
        Report.GoalResult w = goal("withholding_of_removal", EWI, assault(days));
        assertThat(w.status()).isEqualTo(status);
        assertThat(w.explanation().because().get(0).result().id()).isEqualTo(days >= 1825 ? "unsettled" : "no");
    }

    @Test
    void aMissingSentenceIsAskedAndNeverReadAsClear() {
        String noTerm = "statute: PC 211; disposition: convicted; level: felony; offenseDate: 2015-01-01; pleaDate: 2015-02-01";
        Report.GoalResult w = goal("withholding_of_removal", EWI, noTerm);
        Report.GoalResult a = goal("asylum", EWI, noTerm);
        assertThat(w.status()).isEqualTo("at_risk");
        assertThat(a.status()).isEqualTo("at_risk");
        assertThat(w.explanation().allMissingFacts()).contains("convictions.c1.sentence.confinementDays");
        assertThat(a.explanation().allMissingFacts()).contains("convictions.c1.sentence.confinementDays");
    }

    // ---- drug trafficking: Matter of Y-L- by the plea date ----------------------------------------------------

    @ParameterizedTest(name = "cocaine for sale pleaded {0}: {1}")
    @CsvSource({"2002-03-04, before", "2002-03-05, presumed"})
    void yLPresumptionTurnsOnThePleaDate(String plea, String which) {
        String sale = "statute: HS 11351; disposition: convicted; level: felony; offenseDate: 2001-12-01; pleaDate: " + plea
                + "; judgmentDate: " + plea + "; recordFacts:\\n  substance: cocaine; sentence:\\n  confinementDays: 1095";
        Report.GoalResult w = goal("withholding_of_removal", EWI, sale);
        assertThat(w.status()).isEqualTo("at_risk");
        assertThat(goal("asylum", EWI, sale).status()).isEqualTo("barred");
        var why = w.explanation().because().stream().filter(b -> b.rule().equals("goal.withholding_of_removal.psc.c1")).findFirst().orElseThrow();
        if (which.equals("presumed")) {
            assertThat(why.text()).contains("presumed a particularly serious crime").contains("Y-L-");
        } else {
            assertThat(why.text()).contains("does not apply").contains("Miguel-Miguel");
        }
        assertThat(why.authorities()).contains("ag.y_l_a_g_r_s_r_2002", "ca9.miguel_miguel_v_gonzales_2007");
    }

    // ---- no conviction, unknown conviction -----------------------------------------------------------------

    @Test
    void noConvictionsLeaveEveryProtectionGoalClear() {
        for (String g : List.of("asylum", "withholding_of_removal", "cat_deferral")) {
            Report.GoalResult r = goal(g, EWI);
            assertThat(r.status()).as(g).isEqualTo("clear");
            assertThat(r.blockers()).isEmpty();
        }
        assertThat(goal("asylum", EWI).explanation().text()).contains("one year");
    }

    @Test
    void aJuvenileAdjudicationIsNoConvictionAndNoBar() {
        String juvenile = "statute: PC 211; court: juvenile; disposition: juvenile_adjudication; offenseDate: 2015-01-01; "
                + "pleaDate: 2015-02-01; sentence:\\n  confinementDays: 2000";
        assertThat(goal("asylum", EWI, juvenile).status()).isEqualTo("clear");
        assertThat(goal("withholding_of_removal", EWI, juvenile).status()).isEqualTo("clear");
    }

    @Test
    void anUnknownDispositionIsAskedNotAssumed() {
        String unknown = "statute: PC 211; level: felony; offenseDate: 2015-01-01; pleaDate: 2015-02-01; sentence:\\n  confinementDays: 2000";
        Report.GoalResult a = goal("asylum", EWI, unknown);
        Report.GoalResult w = goal("withholding_of_removal", EWI, unknown);
        assertThat(a.status()).isEqualTo("unknown");
        assertThat(w.status()).isEqualTo("unknown");
        assertThat(a.explanation().allMissingFacts()).contains("convictions.c1.disposition");
        assertThat(goal("cat_deferral", EWI, unknown).status()).isEqualTo("clear");
    }

    // ---- CAT deferral ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "CAT deferral with {0}")
    @CsvSource({"an aggravated felony over five years", "several convictions"})
    void catDeferralSurvivesAnyConviction(String which) {
        Report.GoalResult cat = which.startsWith("an")
                ? goal("cat_deferral", EWI, robbery(3650))
                : goal("cat_deferral", EWI, robbery(3650), assault(800), PEACE);
        assertThat(cat.status()).isEqualTo("clear");
        assertThat(cat.explanation().result().id()).isEqualTo("no");
        assertThat(cat.explanation().authorities()).contains("us.cfr.8.1208_17");
        assertThat(cat.explanation().text()).contains("no criminal bar").contains("1208.16").contains("no status");
    }

    @Test
    void spanishWordingExists() {
        assertThat(goalEs("cat_deferral", robbery(3650)).explanation().text()).contains("Convención contra la Tortura");
        assertThat(goalEs("withholding_of_removal", robbery(1825)).explanation().text()).startsWith("Impedido");
        assertThat(goalEs("asylum", PEACE).explanation().text()).startsWith("En riesgo");
    }
}
