package org.pcrnavigator.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.drafting.paper.PaperText;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Person;
import org.pcrnavigator.engine.report.Report;

/** What the Drafter drafts, what it refuses, and that a missing fact is a marked blank, never a guess. */
class DrafterTest {
    private static String text(List<PacketComposer.Named> papers, String suffix) { return PaperText.render(Drafter.paperOf(papers, suffix)); }

    @Test
    void the_packet_has_each_paper_as_pdf_and_docx() {
        List<DraftFile> files = DemoCases.DRAFTER.packet(DemoCases.lprDv("en"));
        assertThat(files).extracting(DraftFile::fileName).containsExactly(
                "pc1473_7_a1-motion.pdf", "pc1473_7_a1-motion.docx", "pc1473_7_a1-memorandum.pdf", "pc1473_7_a1-memorandum.docx",
                "pc1473_7_a1-declaration.pdf", "pc1473_7_a1-declaration.docx", "pc1473_7_a1-proposed-order.pdf",
                "pc1473_7_a1-proposed-order.docx", "pc1473_7_a1-proof-of-service.pdf", "pc1473_7_a1-proof-of-service.docx");
        for (DraftFile f : files) {
            assertThat(f.content()).as(f.fileName()).isNotEmpty();
            if (f.fileName().endsWith(".pdf")) assertThat(new String(f.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            else assertThat(f.content()[0]).as("zip").isEqualTo((byte) 'P');
        }
    }

    @Test
    void spanish_adds_a_reading_copy_of_the_declaration_and_keeps_court_papers_in_english() {
        List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(DemoCases.lprDv("es"));
        assertThat(papers).extracting(PacketComposer.Named::stem).contains("pc1473_7_a1-declaration-es");
        assertThat(text(papers, "-declaration-es")).contains("Yo, Maria Example, declaro:").contains("residente permanente legal")
                .contains("Declaro bajo pena de perjurio");
        assertThat(text(papers, "-declaration")).contains("I, Maria Example, declare:");
        assertThat(text(papers, "-motion")).contains("PLEASE TAKE NOTICE");
    }

    @Test
    void the_order_names_the_subdivision_and_the_defect_the_engine_found() {
        String order = text(DemoCases.DRAFTER.papers(DemoCases.lprDv("en")), "-proposed-order");
        assertThat(order).contains("1473.7, subdivision (a)(1)").contains("(a)(1)")
                .contains("defense counsel gave Maria Example incorrect advice about the immigration consequences of the plea")
                .contains("not on account of rehabilitation");
    }

    @Test
    void a_fact_the_file_lacks_is_a_marked_blank_and_never_invented() {
        DraftRequest base = DemoCases.lprDv("en");
        CaseFile cf = base.caseFile();
        Conviction c = cf.convictions().get(0);
        Conviction noAdvice = new Conviction(c.id(), c.court(), c.county(), null, c.charge(), c.level(), c.disposition(), c.offenseDate(),
                null, c.plea(), c.judgmentDate(), c.judgmentPending(), c.sentence(), c.probationCompleted(), c.inCriminalCustody(),
                c.advisementGiven(), null, c.immigrationConcernAtPlea(), c.recordFacts(), c.priorRelief(), c.priorMotions(), c.newEvidence());
        CaseFile thin = new CaseFile(cf.id(), cf.asOf(), Person.UNKNOWN, cf.immigration(), cf.goals(), cf.equities(), List.of(noAdvice), cf.source());
        Report r = DemoCases.report(thin);
        List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(new DraftRequest(thin, r, "c1", "pc1473_7_a1", Attorney.NONE, "en"));
        String declaration = text(papers, "-declaration");
        assertThat(declaration).contains("I, [[CLIENT'S FULL NAME]], declare:").contains("[[DATE OF PLEA]]")
                .contains("[[CLIENT, IN YOUR OWN WORDS: what your defense attorney told you, or did not tell you")
                .doesNotContain("null").doesNotContain("Maria");
        String memo = text(papers, "-memorandum");
        // the engine no longer finds the error shown, so the memorandum must not argue it as shown
        assertThat(memo).contains("[[ATTORNEY: the analysis did not find this element established (unknown)")
                .doesNotContain("The record and").contains("Case No. [[CASE NUMBER]]").contains("[[ATTORNEY NAME]] (SBN [[BAR NO.]])");
        assertThat(text(papers, "-proposed-order")).contains("The error: [[THE ERROR THE COURT FOUND]].");
    }

    @Test
    void a_vehicle_open_only_on_facts_still_missing_is_flagged_on_the_first_page() {
        DraftRequest base = DemoCases.lprDv("en");
        // the demo file does not say whether the court gave the PC 1016.5 advisement
        List<PacketComposer.Named> papers = DemoCases.DRAFTER.papers(
                new DraftRequest(base.caseFile(), base.report(), "c1", "pc1016_5", Attorney.NONE, "en"));
        String warning = "[[ATTORNEY: the analysis finds this vehicle's availability unknown, not established:";
        assertThat(text(papers, "-motion")).contains(warning);
        assertThat(text(papers, "-memorandum")).contains(warning).contains("[[ATTORNEY: the analysis did not find this element established (unknown)");
        assertThat(text(DemoCases.DRAFTER.papers(base), "-motion")).doesNotContain("[[ATTORNEY: the analysis finds");
    }

    @Test
    void an_unknown_conviction_is_refused_naming_the_ones_that_exist() {
        DraftRequest base = DemoCases.lprDv("en");
        DraftRequest r = new DraftRequest(base.caseFile(), base.report(), "c9", "pc1473_7_a1", Attorney.NONE, "en");
        assertThatThrownBy(() -> DemoCases.DRAFTER.packet(r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'c9'").hasMessageContaining("convictions: c1");
        assertThatThrownBy(() -> DemoCases.DRAFTER.draftableVehicles(base.report(), "c9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c1");
    }

    @Test
    void a_vehicle_without_a_template_is_refused_listing_the_templates() {
        DraftRequest base = DemoCases.lprDv("en");
        DraftRequest r = new DraftRequest(base.caseFile(), base.report(), "c1", "pc1473_7_a3", Attorney.NONE, "en");
        assertThatThrownBy(() -> DemoCases.DRAFTER.packet(r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pc1473_7_a3'")
                .hasMessageContaining("templates exist for: pc1473_7_a1, pc1016_5, pc1018, pc17b, pc1203_43, pc1170_18, hs11361_8");
    }

    @Test
    void a_vehicle_the_report_finds_closed_is_refused_with_the_reason() {
        CaseFile cf = DemoCases.caseFile("on-probation-burglary.yaml");
        Report r = DemoCases.report(cf);
        String id = cf.convictions().get(0).id();
        var va = r.convictions().get(0).vehicles().stream().filter(v -> v.vehicle().equals("pc1473_7_a1")).findFirst().orElseThrow();
        if (va.availability().equals("not_available")) {
            assertThatThrownBy(() -> DemoCases.DRAFTER.packet(new DraftRequest(cf, r, id, "pc1473_7_a1", Attorney.NONE, "en")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not available").hasMessageContaining(va.explanation().text());
            assertThat(DemoCases.DRAFTER.draftableVehicles(r, id)).doesNotContain("pc1473_7_a1");
        } else {
            assertThat(DemoCases.DRAFTER.draftableVehicles(r, id)).contains("pc1473_7_a1");
        }
        assertThat(DemoCases.DRAFTER.draftableVehicles(DemoCases.lprDv("en").report(), "c1")).containsExactly("pc1473_7_a1", "pc1016_5", "pc17b");
    }
}
