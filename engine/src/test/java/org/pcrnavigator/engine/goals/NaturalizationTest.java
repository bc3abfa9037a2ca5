package org.pcrnavigator.engine.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** Criminal bars to naturalization, with the dates they turn on. */
class NaturalizationTest {
    private static final String LPR = "status: lpr; enteredWithoutInspection: no; admissionDate: 1985-03-01; lprDate: 1985-03-01";

    /** Analyses a case whose one goal is naturalization and returns that goal's result. */
    private static Report.GoalResult naturalization(String immigration, String... convictions) {
        var cf = Cases.person("2026-11-28", immigration, convictions);
        var withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of("naturalization"), cf.equities(),
                cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
    }

    @ParameterizedTest(name = "aggravated felony convicted {0}: {1}")
    @CsvSource({"1990-11-28, at_risk-or-barred-by-deportability", "1990-11-29, barred-permanently"})
    void aggravatedFelonyOnOrAfter1990_11_29IsAPermanentBar(String date, String expected) {
        Report.GoalResult g = naturalization(LPR, "statute: PC 211; disposition: convicted; level: felony; offenseDate: 1990-01-01; "
                + "pleaDate: " + date + "; judgmentDate: " + date + "; inCriminalCustody: no; sentence:\\n  confinementDays: 730");
        assertThat(g.status()).isEqualTo("barred");
        if (expected.equals("barred-permanently")) {
            assertThat(g.explanation().text()).contains("permanently");
        } else {
            // Before 1990-11-29 the aggravated felony is no permanent bar, but it still makes the client deportable.
            assertThat(g.explanation().text()).doesNotContain("permanently").contains("deportable");
        }
    }

    @ParameterizedTest(name = "CIMT convicted {0} (period from 2021-11-28): {1}")
    @CsvSource({"2021-11-27, clear", "2021-11-28, barred"})
    void cimtInTheStatutoryPeriodBarsUntilThePeriodPassesIt(String date, String status) {
        // Petty theft, a six-month CIMT misdemeanor, before admission would not make a person deportable here:
        // admitted 1985, so one CIMT outside five years of admission is no deportability ground.
        Report.GoalResult g = naturalization(LPR, "statute: PC 484(a); disposition: convicted; level: misdemeanor; offenseDate: " + date
                + "; pleaDate: " + date + "; judgmentDate: " + date + "; inCriminalCustody: no; sentence:\\n  confinementDays: 5");
        assertThat(g.status()).isEqualTo(status);
    }

    @Test
    void stillOnProbationIsBarredForNow() {
        Report.GoalResult g = naturalization(LPR, "statute: PC 459; disposition: convicted; level: misdemeanor; offenseDate: 2015-01-01; "
                + "pleaDate: 2015-02-01; inCriminalCustody: yes; recordFacts:\\n  structure: commercial; sentence:\\n  confinementDays: 30\\n  impositionSuspended: true");
        assertThat(g.status()).isEqualTo("barred");
        assertThat(g.explanation().text()).contains("probation");
    }

    @Test
    void onlyAPermanentResidentMayNaturalize() {
        assertThat(naturalization("status: undocumented; enteredWithoutInspection: yes").status()).isEqualTo("barred");
    }

    @Test
    void custodyUnknownIsAskedNotAssumed() {
        Report.GoalResult g = naturalization(LPR, "statute: PC 459; disposition: convicted; level: misdemeanor; offenseDate: 2015-01-01; "
                + "pleaDate: 2015-02-01; recordFacts:\\n  structure: commercial; sentence:\\n  confinementDays: 30\\n  impositionSuspended: true");
        assertThat(g.status()).isEqualTo("unknown");
        assertThat(g.explanation().allMissingFacts()).contains("convictions.c1.inCriminalCustody");
    }
}
