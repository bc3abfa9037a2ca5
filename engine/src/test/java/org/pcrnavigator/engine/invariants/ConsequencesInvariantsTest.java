package org.pcrnavigator.engine.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.time.Timeline;

/**
 * One test for each invariant of consequences.md §7: the rules the software must never get wrong. Each
 * drives the whole analysis (or, for a rule about the catalog itself, the whole catalog).
 */
class ConsequencesInvariantsTest {
    private static final String LPR = "status: lpr; enteredWithoutInspection: no; admissionDate: 2005-01-01; lprDate: 2005-01-01";

    private static Report report(List<String> goals, String immigration, String... convictions) {
        CaseFile cf = Cases.person("2026-11-28", immigration, convictions);
        return new Analyzer(Cases.kb()).analyze(new CaseFile(cf.id(), cf.asOf(), cf.person(), cf.immigration(), goals,
                cf.equities(), cf.convictions(), cf.source()), "en");
    }

    private static String ground(Report r, String id) {
        return r.grounds().stream().filter(g -> g.ground().equals(id)).findFirst().orElseThrow().result();
    }

    private static String category(Report r, String c) {
        return r.convictions().get(0).consequences().stream().filter(x -> x.category().equals(c)).findFirst().orElseThrow()
                .explanation().result().id();
    }

    @Test
    void invariant1_convictionIsTheStatutoryDefinition() {
        String possession = "statute: HS 11350(a); plea: guilty; pleaDate: 2005-09-01; recordFacts:\\n  substance: cocaine; disposition: ";
        assertThat(report(List.of(), LPR, possession + "dej_completed").convictions().get(0).isConviction().result().id()).isEqualTo("yes");
        assertThat(report(List.of(), LPR, possession + "juvenile_adjudication").convictions().get(0).isConviction().result().id()).isEqualTo("no");
        Report diversion = report(List.of(), LPR, "statute: HS 11350(a); disposition: diversion_completed; pleaDate: 2019-01-01");
        assertThat(diversion.convictions().get(0).isConviction().result().id()).isEqualTo("unknown");   // a plea? asked, never assumed
    }

    @Test
    void invariant2_sentenceIsTheTimeOrderedPerCountWithViolationsAdded() {
        String dv = "statute: PC 273.5(a); disposition: convicted; level: felony; pleaDate: 2016-01-01; recordFacts:\\n  victimRelationship: spouse; ";
        assertThat(category(report(List.of(), LPR, dv + "sentence:\\n  confinementDays: 364\\n  executionSuspended: true"), "aggravated_felony")).isEqualTo("no");
        assertThat(category(report(List.of(), LPR, dv + "sentence:\\n  confinementDays: 365\\n  executionSuspended: true"), "aggravated_felony")).isEqualTo("yes");
        assertThat(category(report(List.of(), LPR, dv + "sentence:\\n  confinementDays: 364\\n  probationViolationDays: 1"), "aggravated_felony")).isEqualTo("yes");
        // Two counts of 364 days are not added together.
        Report two = report(List.of(), LPR, dv + "sentence:\\n  confinementDays: 364", dv + "sentence:\\n  confinementDays: 364");
        assertThat(ground(two, "ina_237_a_2_A_iii")).isEqualTo("no");
    }

    @Test
    void invariant3_misdemeanorMaximumIsAYearBefore2015And364DaysAfter() {
        String theft = "statute: PC 666; disposition: convicted; level: misdemeanor; offenseDate: 2006-01-01; ";
        Report before = report(List.of(), LPR, theft + "pleaDate: 2014-12-31; judgmentDate: 2014-12-31");
        Report after = report(List.of(), LPR, theft + "pleaDate: 2015-01-01; judgmentDate: 2015-01-01");
        assertThat(before.convictions().get(0).potentialSentence().result().id()).isEqualTo("yes");
        assertThat(after.convictions().get(0).potentialSentence().result().id()).isEqualTo("no");
    }

    @Test
    void invariant4_vacaturCountsOnlyForALegalDefectAndExpungementNever() {
        String dv = "statute: PC 273.5(a); disposition: convicted; level: felony; offenseDate: 2016-01-01; pleaDate: 2016-02-01; "
                + "recordFacts:\\n  victimRelationship: spouse; sentence:\\n  confinementDays: 365; priorRelief:\\n  - type: ";
        Report defect = report(List.of(), LPR, dv + "pc1473_7_a1\\n    date: 2024-05-01\\n    ground: \"prejudicial error: counsel misadvised the immigration consequences\"");
        assertThat(defect.convictions().get(0).isConviction().result().id()).isEqualTo("no");
        assertThat(ground(defect, "ina_237_a_2_A_iii")).isEqualTo("no");
        Report noReason = report(List.of(), LPR, dv + "pc1473_7_a1\\n    date: 2024-05-01\\n    ground: none");
        assertThat(noReason.convictions().get(0).isConviction().result().id()).isEqualTo("yes");
        assertThat(ground(noReason, "ina_237_a_2_A_iii")).isEqualTo("yes");
        Report expunged = report(List.of(), LPR, dv + "pc1203_4\\n    date: 2020-05-01");
        assertThat(expunged.convictions().get(0).priorRelief().get(0).immigrationEffect()).isEqualTo("not_effective");
        assertThat(ground(expunged, "ina_237_a_2_A_iii")).isEqualTo("yes");
    }

    @Test
    void invariant5_aggravatedFelonySentenceAndLossProngsUseOnlyTheirSubparagraphs() {
        for (Offense o : Cases.kb().offenses()) {
            for (Timeline.Entry<Rule> e : o.consequences().getOrDefault(Category.AGGRAVATED_FELONY, Timeline.of("x", List.of())).entries()) {
                check(o, e.value());
            }
        }
    }

    private static void check(Offense o, Rule r) {
        if (r instanceof Rule.SentenceAtLeastOneYear s) {
            assertThat(s.subparagraph()).as(o.id() + ": a year-imposed prong").isIn("F", "G", "P", "R", "S", "U");
        } else if (r instanceof Rule.LossOverTenThousand l) {
            assertThat(l.subparagraph()).as(o.id() + ": the loss prong").isIn("M", "U");
        } else if (r instanceof Rule.AnyOf any) {
            any.rules().forEach(x -> check(o, x));
        } else if (r instanceof Rule.Divisible d) {
            d.when().values().forEach(x -> check(o, x));
        }
    }

    @Test
    void invariant6_cimtDeportabilityNeedsTheFiveYearsAndAPotentialYearOrTwoCimts() {
        // One felony CIMT committed eleven years after admission: not deportable on the CIMT grounds.
        Report late = report(List.of(), LPR, "statute: PC 487(a); disposition: convicted; level: felony; offenseDate: 2016-01-01; pleaDate: 2016-02-01");
        assertThat(ground(late, "ina_237_a_2_A_i")).isEqualTo("no");
        assertThat(ground(late, "ina_237_a_2_A_ii")).isEqualTo("no");
    }

    @Test
    void invariant7_pettyOffenseExceptionNeedsOneCimtAYearMaximumAndSixMonthsImposed() {
        String ewi = "status: undocumented; enteredWithoutInspection: yes";
        String theft = "statute: PC 484(a); disposition: convicted; level: misdemeanor; offenseDate: 2018-01-05; pleaDate: 2018-02-01; sentence:\\n  confinementDays: ";
        assertThat(ground(report(List.of(), ewi, theft + "180"), "ina_212_a_2_A_i_I")).isEqualTo("no");
        assertThat(ground(report(List.of(), ewi, theft + "185"), "ina_212_a_2_A_i_I")).isEqualTo("yes");
        assertThat(ground(report(List.of(), ewi, theft + "10", theft.replace("2018", "2019") + "10"), "ina_212_a_2_A_i_I")).isEqualTo("yes");
    }

    @Test
    void invariant8_thirtyGramMarijuanaExceptionIsForDeportabilityOnly() {
        Report r = report(List.of(), LPR, "statute: HS 11357(b); disposition: convicted; level: misdemeanor; pleaDate: 2015-05-20; recordFacts:\\n  substance: marijuana");
        assertThat(ground(r, "ina_237_a_2_B_i")).isEqualTo("unsettled");
        assertThat(ground(r, "ina_212_a_2_A_i_II")).isEqualTo("yes");
    }

    @Test
    void invariant9_californiaFirearmOffensesWithTheAntiqueDefinitionAreNotDeportableFirearmsOffenses() {
        Report r = report(List.of(), LPR, "statute: PC 29800(a)(1); disposition: convicted; level: felony; pleaDate: 2016-01-01");
        assertThat(category(r, "firearms")).isEqualTo("no");
        assertThat(ground(r, "ina_237_a_2_C")).isEqualTo("no");
    }

    @Test
    void invariant10_theGovernmentsBurdenAndTheApplicantsAreSeparate() {
        // HS 11377 with a record silent on the substance (Pereida): not deportable, but relief is at risk.
        String silent = "statute: HS 11377(a); disposition: convicted; level: misdemeanor; pleaDate: 2019-05-20; recordFacts:\\n  substance: silent";
        Report r = report(List.of("avoid_deportability", "adjustment_of_status"), LPR, silent);
        assertThat(ground(r, "ina_237_a_2_B_i")).isEqualTo("no");
        assertThat(r.goals().get(0).status()).isEqualTo("clear");
        assertThat(r.goals().get(1).status()).isEqualTo("at_risk");
        Report.CategoryResult cso = r.convictions().get(0).consequences().stream()
                .filter(x -> x.category().equals("controlled_substance")).findFirst().orElseThrow();
        assertThat(cso.explanation().result().id()).isEqualTo("unsettled");
        assertThat(cso.governmentReading().result().id()).isEqualTo("no");
    }

    @Test
    void invariant11_everyConclusionStatesItsAsOfDate() {
        Report r = report(List.of(), LPR, "statute: PC 484(a); disposition: convicted; pleaDate: 2018-02-01");
        assertThat(r.asOf()).hasToString("2026-11-28");
        assertThat(r.lawVersion()).startsWith("kb-");
    }
}
