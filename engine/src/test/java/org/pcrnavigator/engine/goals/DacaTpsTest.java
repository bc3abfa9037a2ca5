package org.pcrnavigator.engine.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.conviction.PotentialSentence;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/** Criminal bars to DACA (8 CFR 236.22(b)(6)) and TPS (INA 244(c)(2); 8 CFR 244.1, 244.4), with their thresholds. */
class DacaTpsTest {
    private static final String EWI = "status: undocumented; enteredWithoutInspection: yes";
    private static final String DATES = "offenseDate: 2019-01-01; pleaDate: 2019-02-01; judgmentDate: 2019-02-01; "
            + "disposition: convicted; inCriminalCustody: no";

    private static Report.GoalResult goal(String goal, String... convictions) {
        var cf = Cases.person("2026-11-28", EWI, convictions);
        var withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of(goal), cf.equities(),
                cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
    }

    private static String misd(String statute, String more) {
        return "statute: " + statute + "; level: misdemeanor; " + DATES + "; " + more;
    }

    private static String served(long days) {
        return "sentence:\\n  confinementDays: " + days + "\\n  executionSuspended: false\\n  impositionSuspended: false";
    }

    private static String onDate(String date) {
        return "offenseDate: " + date + "; pleaDate: " + date + "; judgmentDate: " + date + "; disposition: convicted; inCriminalCustody: no";
    }

    // ---------------------------------------------------------------- DACA

    @Test
    void noConvictionsIsClearAndSaysTheProgramIsPolicy() {
        Report.GoalResult g = goal("daca");
        assertThat(g.status()).isEqualTo("clear");
        assertThat(g.explanation().text()).contains("policy");
        assertThat(g.explanation().authorities()).contains("us.cfr.8.236_22");
    }

    @Test
    void aFelonyBarsDaca() {
        Report.GoalResult g = goal("daca", "statute: VC 10851(a); level: felony; " + DATES + "; " + served(180));
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.blockers()).containsExactly("c1");
        assertThat(g.explanation().text()).contains("felony").contains("policy");
    }

    @ParameterizedTest(name = "misdemeanor with {0} days served in custody: {1}")
    @CsvSource({"90, at_risk", "91, barred"})
    void moreThanNinetyDaysInCustodyMakesAnyMisdemeanorSignificant(long days, String status) {
        assertThat(goal("daca", misd("VC 12500(a)", served(days))).status()).isEqualTo(status);
    }

    @Test
    void suspendedTimeDoesNotCountTowardTheNinetyDays() {
        Report.GoalResult g = goal("daca", misd("VC 12500(a)",
                "sentence:\\n  confinementDays: 180\\n  executionSuspended: true\\n  impositionSuspended: false"));
        assertThat(g.status()).isEqualTo("at_risk");
    }

    @Test
    void aMisdemeanorTheCatalogCannotClassifyIsAtRiskNeverClear() {
        // Burglary, DUI and sexual abuse are significant whatever the sentence; the catalog does not yet mark them.
        for (String statute : List.of("VC 23152(a)", "PC 459", "PC 243(e)(1)", "PC 484(a)", "VC 12500(a)")) {
            Report.GoalResult g = goal("daca", misd(statute, "recordFacts:\\n  structure: commercial; " + served(2)));
            assertThat(g.status()).as(statute).isIn("at_risk", "barred");
        }
    }

    @Test
    void aDomesticViolenceMisdemeanorBarsWhateverTheSentence() {
        Report.GoalResult g = goal("daca", misd("PC 273.5(a)", "recordFacts:\\n  victimRelationship: spouse; " + served(1)));
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.explanation().text()).contains("significant misdemeanor");
    }

    @ParameterizedTest(name = "{0} misdemeanors on different dates: {1}")
    @CsvSource({"2, at_risk", "3, barred"})
    void threeMisdemeanorsOnDifferentDatesBar(int n, String status) {
        String[] convictions = new String[n];
        for (int i = 0; i < n; i++) {
            convictions[i] = "statute: PC 602; level: misdemeanor; " + onDate("201" + i + "-03-01") + "; " + served(2);
        }
        Report.GoalResult g = goal("daca", convictions);
        assertThat(g.status()).isEqualTo(status);
        if (n == 3) assertThat(g.blockers()).containsExactly("c1", "c2", "c3");
    }

    @Test
    void minorTrafficOffensesMayNotCountTowardTheThree() {
        String[] convictions = new String[3];
        for (int i = 0; i < 3; i++) {
            convictions[i] = "statute: VC 12500(a); level: misdemeanor; " + onDate("201" + i + "-03-01") + "; " + served(2);
        }
        assertThat(goal("daca", convictions).status()).isEqualTo("at_risk");
    }

    @Test
    void misdemeanorsOnTheSameDateCountOnce() {
        String same = "statute: PC 602; level: misdemeanor; " + onDate("2018-03-01") + "; " + served(2);
        assertThat(goal("daca", same, same, same).status()).isEqualTo("at_risk");
    }

    @Test
    void threeMisdemeanorsWithUnknownDatesAskForTheDates() {
        String undated = "statute: PC 602; level: misdemeanor; disposition: convicted; pleaDate: 2019-02-01; " + served(2);
        Report.GoalResult g = goal("daca", undated, undated, undated);
        assertThat(g.status()).isEqualTo("at_risk");   // each is also an unclassified misdemeanor
        assertThat(g.explanation().allMissingFacts()).contains("convictions.c1.offenseDate");
    }

    @Test
    void juvenileAdjudicationsAndInfractionsAreNoBar() {
        assertThat(goal("daca", "statute: PC 459; court: juvenile; disposition: juvenile_adjudication; level: felony; "
                + "offenseDate: 2010-01-01; pleaDate: 2010-02-01").status()).isEqualTo("clear");
        assertThat(goal("daca", "statute: VC 12500(a); level: infraction; " + DATES + "; " + served(0)).status()).isEqualTo("clear");
    }

    @Test
    void anExpungedFelonyIsNotAnAutomaticBar() {
        Report.GoalResult g = goal("daca", "statute: VC 10851(a); level: felony; " + DATES + "; " + served(180)
                + "; priorRelief:\\n  - type: pc1203_4\\n    date: 2024-01-01");
        assertThat(g.status()).isEqualTo("at_risk");
        assertThat(g.blockers()).containsExactly("c1");
    }

    @Test
    void aWobblerReducedUnder17bIsUnsettled() {
        Report.GoalResult g = goal("daca", "statute: VC 10851(a); level: misdemeanor; " + DATES + "; " + served(30)
                + "; priorRelief:\\n  - type: pc17b\\n    date: 2024-01-01");
        assertThat(g.status()).isEqualTo("at_risk");
    }

    @Test
    void anUnknownLevelOfAWobblerIsAskedNotAssumed() {
        Report.GoalResult g = goal("daca", "statute: VC 10851(a); " + DATES + "; " + served(30));
        assertThat(g.status()).isEqualTo("unknown");
        assertThat(g.explanation().allMissingFacts()).contains("convictions.c1.level");
    }

    // ---------------------------------------------------------------- TPS

    @ParameterizedTest(name = "{0} non-CIMT misdemeanors: {1}")
    @CsvSource({"1, clear", "2, barred"})
    void twoMisdemeanorsBarTps(int n, String status) {
        String[] convictions = new String[n];
        for (int i = 0; i < n; i++) {
            convictions[i] = "statute: VC 12500(a); level: misdemeanor; " + onDate("201" + i + "-03-01") + "; " + served(2);
        }
        Report.GoalResult g = goal("tps", convictions);
        assertThat(g.status()).isEqualTo(status);
        assertThat(g.explanation().text()).contains("policy");
    }

    @ParameterizedTest(name = "VC 10851 as a {0}: {1}")
    @CsvSource({"misdemeanor, clear", "felony, barred"})
    void aFelonyBarsTpsAMisdemeanorAloneDoesNot(String level, String status) {
        assertThat(goal("tps", "statute: VC 10851(a); level: " + level + "; " + DATES + "; " + served(180)).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "state misdemeanor with {0} days imposed: {1}")
    @CsvSource({"365, clear", "366, barred"})
    void aStateMisdemeanorStaysOneWhileAYearOrLessIsImposed(long days, String status) {
        String c = "statute: VC 12500(a); level: misdemeanor; " + onDate("2014-03-01") + "; " + served(days);
        assertThat(goal("tps", c).status()).isEqualTo(status);
    }

    @Test
    void anAggravatedFelonyIsAnAsylumBarAndSoATpsBarEvenAsAMisdemeanor() {
        // Vehicle taking with a year imposed: an aggravated felony (theft, or obstruction after Pugin) if the catalog says so.
        Report.GoalResult g = goal("tps", "statute: VC 10851(a); level: misdemeanor; " + onDate("2014-03-01") + "; " + served(365));
        assertThat(g.status()).isIn("barred", "at_risk");
        assertThat(g.blockers()).contains("c1");
    }

    @Test
    void anInfractionIsNeitherFelonyNorMisdemeanor() {
        String misd = "statute: VC 12500(a); level: misdemeanor; " + onDate("2015-03-01") + "; " + served(2);
        String infraction = "statute: VC 12500(a); level: infraction; " + onDate("2016-03-01") + "; " + served(0);
        assertThat(goal("tps", misd, infraction).status()).isEqualTo("clear");
    }

    @Test
    void aPettyTheftWithinThePettyOffenseExceptionIsOneMisdemeanor() {
        assertThat(goal("tps", misd("PC 484(a)", served(5))).status()).isEqualTo("clear");
    }

    @Test
    void aCimtOutsideThePettyOffenseExceptionCannotBeWaived() {
        Report.GoalResult g = goal("tps", misd("PC 484(a)", served(200)));
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.blockers()).contains("c1");
    }

    @Test
    void aControlledSubstanceConvictionCannotBeWaived() {
        assertThat(goal("tps", misd("HS 11377(a)", "recordFacts:\\n  substance: methamphetamine; " + served(10))).status())
                .isEqualTo("barred");
    }

    @Test
    void aSmallMarijuanaPossessionIsAtRiskNotBarredNorClear() {
        assertThat(goal("tps", misd("HS 11357(a)", "recordFacts:\\n  substance: marijuana\\n  conduct: possess; " + served(2))).status())
                .isEqualTo("at_risk");
    }

    // ---------------------------------------------------------------- the shared definitions, at their edges

    private static ConvictionAnalysis withMaximum(String level, Long maxDays, Result oneYear) {
        Conviction c = Cases.conviction("2026-11-28", "statute: VC 12500(a); level: " + level + "; " + DATES + "; " + served(1));
        var say = Cases.say();
        var term = SentenceImposed.decide(c, 365, say);
        var real = PotentialSentence.decide(c, Cases.kb(), org.pcrnavigator.engine.consequences.CatalogMatch.find(Cases.kb(), c),
                java.time.LocalDate.parse("2026-11-28"), say);
        return new ConvictionAnalysis(c, ConvictionForImmigration.decide(c, say), term,
                new PotentialSentence.Potential(oneYear, maxDays, real.finding()), Map.of(), Map.of());
    }

    @ParameterizedTest(name = "punishable by at most {0} days: misdemeanor {1}")
    @CsvSource({"5, NO", "6, YES"})
    void anOffensePunishableByFiveDaysOrLessIsNeither(long maxDays, Result misdemeanor) {
        var level = TemporaryProtectedStatus.federalLevel(withMaximum("misdemeanor", maxDays, Result.NO), Cases.kb(), Cases.say(),
                java.time.LocalDate.parse("2026-11-28"));
        assertThat(level.misdemeanor()).isEqualTo(misdemeanor);
        assertThat(level.felony()).isEqualTo(Result.NO);
    }

    @ParameterizedTest(name = "{0} of {1} needed")
    @CsvSource({"YES;YES, 2, YES", "YES, 2, NO", "YES;UNSETTLED, 2, UNSETTLED", "YES;UNKNOWN, 2, UNKNOWN",
                "YES;UNSETTLED;UNKNOWN, 2, UNSETTLED", "YES;YES;NO, 3, NO"})
    void countingIsThreeValued(String results, int n, Result expected) {
        List<Result> rs = java.util.Arrays.stream(results.split(";")).map(Result::valueOf).toList();
        assertThat(TemporaryProtectedStatus.atLeast(rs, n)).isEqualTo(expected);
    }
}
