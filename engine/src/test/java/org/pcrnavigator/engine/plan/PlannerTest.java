package org.pcrnavigator.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** The relief plan: fixes found by re-analysing the case as each fix would leave it. */
class PlannerTest {
    private static final String LPR_1990 = "status: lpr; enteredWithoutInspection: no; admissionDate: 1990-01-01; lprDate: 1990-01-01";

    private static Report analyze(List<String> goals, String immigration, String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", immigration, convictions).withGoals(goals);
        return new Analyzer(Cases.kb()).analyze(cf, "en");
    }

    @Test
    void aYearOnARobberyCountIsFixedByBringingItTo364Days() {
        // PC 211 with 365 days: a theft aggravated felony, a permanent bar to naturalization. At 364 days the
        // CIMT, committed long after the five years and outside the statutory period, bars nothing.
        Report r = analyze(List.of("naturalization"), LPR_1990, "statute: PC 211; disposition: convicted; level: felony; "
                + "offenseDate: 2000-01-01; pleaDate: 2000-03-01; inCriminalCustody: no; recordFacts:\\n  victimRelationship: none\\n  victimIsMinor: no; "
                + "sentence:\\n  confinementDays: 365");
        assertThat(r.goals().get(0).status()).isEqualTo("barred");
        assertThat(r.plan()).extracting(Report.PlanStep::fix).contains("vacate_conviction", "reduce_sentence");
        Report.PlanStep reduce = r.plan().stream().filter(p -> p.fix().equals("reduce_sentence")).findFirst().orElseThrow();
        assertThat(reduce.unblocks()).containsExactly("naturalization");
        assertThat(reduce.improves()).isEmpty();
        // PC 1473.7(a)(1) can vacate a sentence; it is open and effective, so it ranks first.
        assertThat(reduce.vehicles()).first().isEqualTo("pc1473_7_a1");
    }

    @Test
    void aFixThatLeavesTheGoalBarredIsNotProposed() {
        // PC 273.5(a) against a spouse: 364 days removes the aggravated felony, but the crime of domestic
        // violence still makes the client deportable, so naturalization stays barred.
        Report r = analyze(List.of("naturalization"), LPR_1990, "statute: PC 273.5(a); disposition: convicted; level: felony; "
                + "offenseDate: 2010-05-01; pleaDate: 2010-06-01; inCriminalCustody: no; recordFacts:\\n  victimRelationship: spouse; "
                + "sentence:\\n  confinementDays: 365");
        assertThat(r.plan()).extracting(Report.PlanStep::fix).doesNotContain("reduce_sentence").contains("vacate_conviction", "re_plead");
        assertThat(r.plan()).filteredOn(p -> p.fix().equals("re_plead")).extracting(Report.PlanStep::alternative)
                .anyMatch(a -> a.startsWith("PC 243(e)(1)"));
    }

    @Test
    void aVehicleThatIsNotAvailableIsNotRanked() {
        Report r = analyze(List.of("naturalization"), LPR_1990, "statute: PC 211; disposition: convicted; level: felony; "
                + "offenseDate: 2000-01-01; pleaDate: 2000-03-01; plea: trial; inCriminalCustody: yes; sentence:\\n  confinementDays: 365");
        for (Report.PlanStep p : r.plan()) assertThat(p.vehicles()).doesNotContain("pc1473_7_a1", "pc1016_5");
    }

    @Test
    void nothingBlockedNothingPlanned() {
        Report r = analyze(List.of("naturalization"), LPR_1990);
        assertThat(r.plan()).isEmpty();
    }
}
