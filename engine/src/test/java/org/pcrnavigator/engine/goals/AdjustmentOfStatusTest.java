package org.pcrnavigator.engine.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** Admissibility for adjustment of status: which grounds the 212(h) waiver reaches. */
class AdjustmentOfStatusTest {
    private static final String TPS = "status: tps; enteredWithoutInspection: no; admissionDate: 2000-01-01";

    private static Report.GoalResult adjustment(String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", TPS, convictions);
        CaseFile withGoal = new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), List.of("adjustment_of_status"),
                cf.equities(), cf.convictions(), cf.source());
        return new Analyzer(Cases.kb()).analyze(withGoal, "en").goals().get(0);
    }

    @Test
    void aDrugConvictionBarsWithNoWaiver() {
        assertThat(adjustment("statute: HS 11350(a); disposition: dej_completed; plea: guilty; pleaDate: 2005-09-01; "
                + "recordFacts:\\n  substance: cocaine").status()).isEqualTo("barred");
    }

    @Test
    void oneSmallMarijuanaPossessionMayBeWaived() {
        assertThat(adjustment("statute: HS 11357(b); disposition: convicted; level: misdemeanor; pleaDate: 2015-05-20; "
                + "recordFacts:\\n  substance: marijuana").status()).isEqualTo("at_risk");
    }

    @Test
    void aCimtOutsideThePettyOffenseExceptionNeedsTheWaiver() {
        Report.GoalResult g = adjustment("statute: PC 487(a); disposition: convicted; level: felony; pleaDate: 2010-01-01; "
                + "sentence:\\n  confinementDays: 30");
        assertThat(g.status()).isEqualTo("at_risk");
        assertThat(g.explanation().text()).contains("212(h)");
    }

    @Test
    void aFirearmsConvictionIsNotAnInadmissibilityGround() {
        // PC 33215 (short-barreled shotgun or rifle): a firearms offense, not a drug offense.
        String firearm = "statute: PC 33215; disposition: convicted; level: felony; offenseDate: 2009-06-01; pleaDate: 2010-01-01; "
                + "sentence:\\n  confinementDays: 30";
        Report.GoalResult g = adjustment(firearm);
        // Whatever the goal's status (the CIMT question may put it at risk), no deportability ground is among its reasons.
        assertThat(g.explanation().because()).extracting(f -> f.rule()).noneMatch(rule -> rule.startsWith("ground.ina_237"));
        CaseFile cf = Cases.person("2026-11-28", TPS, firearm);
        Report r = new Analyzer(Cases.kb()).analyze(cf, "en");
        assertThat(r.grounds().stream().filter(x -> x.ground().equals("ina_237_a_2_C")).findFirst().orElseThrow().result())
                .isIn("yes", "unsettled");
    }
}
