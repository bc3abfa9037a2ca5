package org.pcrnavigator.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** Records requests, the immigration-court memorandum and the client letter, read back from their PDFs. */
class LettersTest {
    private static String pdfText(DraftFile f) throws IOException {
        try (PDDocument d = Loader.loadPDF(f.content())) {
            String text = new PDFTextStripper().getText(d).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).as(f.fileName() + ": every placeholder filled").doesNotContainPattern("\\{[A-Za-z]+}").doesNotContain("null");
            return text;
        }
    }

    private static DraftFile named(List<DraftFile> files, String name) {
        return files.stream().filter(f -> f.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + files.stream().map(DraftFile::fileName).toList()));
    }

    @Test
    void records_requests_cover_the_court_counsel_doj_fbi_and_the_immigration_file() throws IOException {
        DraftRequest r = DemoCases.lprDv("en");
        List<DraftFile> files = DemoCases.DRAFTER.recordsRequests(r.caseFile(), r.report(), DemoCases.ATTORNEY);
        assertThat(files).extracting(DraftFile::fileName).containsExactly(
                "records-clerk-c1.pdf", "records-clerk-c1.docx", "records-counsel-c1.pdf", "records-counsel-c1.docx",
                "records-doj.pdf", "records-doj.docx", "records-fbi.pdf", "records-fbi.docx",
                "records-foia-uscis.pdf", "records-foia-uscis.docx");   // removalProceedings: none, so no EOIR request
        String clerk = pdfText(named(files, "records-clerk-c1.pdf"));
        assertThat(clerk).contains("[ADDRESS OF THE CLERK, CRIMINAL RECORDS, LOS ANGELES COUNTY SUPERIOR COURT]").contains("Case No. BA123456").contains("minute order").contains("plea form").contains("Ana Abogada");
        assertThat(pdfText(named(files, "records-counsel-c1.pdf"))).contains("rule 1.16(e)").contains("[NAME AND ADDRESS OF PRIOR DEFENSE COUNSEL]");
        assertThat(pdfText(named(files, "records-foia-uscis.pdf"))).contains("A-file").contains("[A-NUMBER, IF ANY]").contains("Mexico");
    }

    @Test
    void a_case_in_removal_proceedings_also_gets_the_eoir_request() {
        CaseFile cf = DemoCases.caseFile("undocumented-hs11377-cancellation.yaml");
        List<DraftFile> files = DemoCases.DRAFTER.recordsRequests(cf, DemoCases.report(cf), null);
        if (!"none".equals(cf.immigration().removalProceedings())) assertThat(files).extracting(DraftFile::fileName).contains("records-foia-eoir.pdf");
    }

    @Test
    void the_immigration_memo_names_the_statute_the_defect_and_pickering() throws IOException {
        List<DraftFile> files = DemoCases.DRAFTER.immigrationMemo(DemoCases.lprDv("en"));
        assertThat(files).extracting(DraftFile::fileName).containsExactly("pc1473_7_a1-immigration-memo.pdf", "pc1473_7_a1-immigration-memo.docx");
        String text = pdfText(files.get(0));
        assertThat(text).contains("Penal Code section 1473.7, subdivision (a)(1)")
                .contains("defense counsel gave Maria Example incorrect advice about the immigration consequences of the plea")
                .contains("Matter of Pickering").contains("Exhibit A").doesNotContain("[ATTORNEY: the analysis finds the immigration effect");
    }

    @Test
    void the_immigration_memo_is_refused_for_a_vehicle_that_does_not_vacate() {
        DraftRequest base = DemoCases.lprDv("en");
        assertThatThrownBy(() -> DemoCases.DRAFTER.immigrationMemo(new DraftRequest(base.caseFile(), base.report(), "c1", "pc17b", null, "en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pc17b").hasMessageContaining("reduce to misdemeanor");
    }

    @Test
    void the_client_letter_explains_the_plan_in_the_clients_language() throws IOException {
        DraftRequest base = DemoCases.lprDv("en");
        String en = pdfText(DemoCases.DRAFTER.clientLetter(base.caseFile(), base.report(), DemoCases.ATTORNEY, "en").get(0));
        assertThat(en).contains("Dear Maria Example:").contains("an aggravated felony").contains("becoming a U.S. citizen")
                .contains("Penal Code 1473.7").contains("Never sign anything that is not exactly true");
        Report es = new Analyzer(DemoCases.KB).analyze(base.caseFile(), "es");
        List<DraftFile> letter = DemoCases.DRAFTER.clientLetter(base.caseFile(), es, DemoCases.ATTORNEY, "es");
        assertThat(letter).extracting(DraftFile::fileName).containsExactly("client-letter-es.pdf", "client-letter-es.docx");
        assertThat(pdfText(letter.get(0))).contains("Estimado/a Maria Example:").contains("hacerse ciudadano de Estados Unidos")
                .contains("Código Penal 1473.7").contains("Nunca firme nada que no sea exactamente cierto")
                .doesNotContain("[ALTERNATIVE]").doesNotContain("pc1473 6");
        assertThatThrownBy(() -> DemoCases.DRAFTER.clientLetter(base.caseFile(), base.report(), null, "es"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analyse the case in 'es'");
    }
}
