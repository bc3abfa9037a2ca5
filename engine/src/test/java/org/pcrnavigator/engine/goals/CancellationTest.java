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

/** Criminal bars to cancellation of removal (Cortez Canales, Pedroza, the aggravated-felony bar). */
class CancellationTest {
    private static final String EWI = "status: undocumented; enteredWithoutInspection: yes";
    private static final String LPR = "status: lpr; enteredWithoutInspection: no; admissionDate: 2000-01-01; lprDate: 2000-01-01";

    private static Report.GoalResult goal(String goal, String immigration, String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", immigration, convictions);
        CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of(goal), cf.equities(),
                cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
    }

    @ParameterizedTest(name = "one CIMT misdemeanor convicted {0} with {1} days: {2}")
    @CsvSource({
        // Before 2015 a one-year misdemeanor carried a year: described in 237(a)(2)(A)(i) (Cortez Canales).
        "2014-12-31, 30, barred",
        // From 2015 it carries 364 days; with six months or less imposed the petty-offense exception holds (Pedroza).
        "2015-01-01, 30, clear",
        "2015-01-01, 200, barred"})
    void oneCimtBarsUnlessPettyAndUnderAYear(String date, long days, String status) {
        // Petty theft with a prior (PC 666) as a misdemeanor: a CIMT in the one-year class, and nothing else.
        Report.GoalResult g = goal("non_lpr_cancellation", EWI, "statute: PC 666; disposition: convicted; level: misdemeanor; "
                + "offenseDate: " + date + "; pleaDate: " + date + "; judgmentDate: " + date + "; sentence:\\n  confinementDays: " + days);
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
    }

    @Test
    void anyDrugConvictionBarsAndASilentRecordIsARiskForTheApplicant() {
        String possession = "statute: HS 11377(a); disposition: convicted; level: misdemeanor; pleaDate: 2019-05-20; recordFacts:\\n  substance: ";
        assertThat(goal("non_lpr_cancellation", EWI, possession + "methamphetamine").status()).isEqualTo("barred");
        assertThat(goal("non_lpr_cancellation", EWI, possession + "silent").status()).isEqualTo("at_risk");
    }

    @Test
    void aggravatedFelonyBarsLprCancellationAndAYearMakesTheDifference() {
        String dv = "statute: PC 273.5(a); disposition: convicted; level: felony; offenseDate: 2016-01-01; pleaDate: 2016-03-01; "
                + "recordFacts:\\n  victimRelationship: spouse; sentence:\\n  confinementDays: ";
        assertThat(goal("lpr_cancellation", LPR, dv + "365").status()).isEqualTo("barred");
        assertThat(goal("lpr_cancellation", LPR, dv + "364").status()).isEqualTo("clear");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "CIMT felony committed {0}, admitted 2010-01-01: {1}")
    @CsvSource({"2016-12-31, barred", "2017-01-01, clear"})
    void anInadmissibleOffenseCommittedInTheFirstSevenYearsStopsTheClock(String committed, String status) {
        String admitted2010 = "status: lpr; enteredWithoutInspection: no; admissionDate: 2010-01-01; lprDate: 2010-01-01";
        Report.GoalResult g = goal("lpr_cancellation", admitted2010, "statute: PC 666; disposition: convicted; level: felony; "
                + "offenseDate: " + committed + "; pleaDate: 2018-03-01; sentence:\\n  confinementDays: 90");
        assertThat(g.status()).as(g.explanation().text()).isEqualTo(status);
        // The offense that stops the clock blocks the goal; one committed after the seven years does not.
        assertThat(g.blockers()).isEqualTo(status.equals("barred") ? java.util.List.of("c1") : java.util.List.of());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "notice to appear {0}, admitted 2010-01-01: {1}")
    @CsvSource({"2016-12-31, barred", "2017-01-01, clear"})
    void aNoticeToAppearBeforeSevenYearsStopsTheClock(String nta, String status) {
        String admitted2010 = "status: lpr; enteredWithoutInspection: no; admissionDate: 2010-01-01; lprDate: 2010-01-01; noticeToAppearDate: " + nta;
        assertThat(goal("lpr_cancellation", admitted2010).status()).isEqualTo(status);
    }

    @Test
    void aPettyOffenseDoesNotStopTheClock() {
        String admitted2010 = "status: lpr; enteredWithoutInspection: no; admissionDate: 2010-01-01; lprDate: 2010-01-01";
        Report.GoalResult g = goal("lpr_cancellation", admitted2010, "statute: PC 484(a); disposition: convicted; level: misdemeanor; "
                + "offenseDate: 2012-01-01; pleaDate: 2012-03-01; sentence:\\n  confinementDays: 10");
        assertThat(g.status()).isEqualTo("clear");
    }

    @Test
    void lprCancellationIsOnlyForResidents() {
        assertThat(goal("lpr_cancellation", EWI).status()).isEqualTo("barred");
    }
}
