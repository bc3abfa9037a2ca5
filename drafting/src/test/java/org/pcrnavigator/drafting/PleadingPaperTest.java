package org.pcrnavigator.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.drafting.paper.Grid;

/**
 * The packet's PDFs read back with PDFBox: on every page the numbers 1 to 28, every body line within 1 pt
 * of a number's baseline, and the rule 2.110 footer; the DOCX files open with POI and, where LibreOffice
 * is installed, convert to PDF with the same 28 numbers a page.
 */
class PleadingPaperTest {
    static List<DraftFile> packet;

    @BeforeAll
    static void draft() { packet = DemoCases.DRAFTER.packet(DemoCases.lprDv("es")); }

    /** A line of text as PDFBox reads it: its baseline from the top, its left edge and its characters. */
    record TextLine(float baseline, float x, String text) {}

    /** The text of each page, grouped into lines by baseline (to 0.1 pt). */
    static List<List<TextLine>> lines(byte[] pdf) throws IOException {
        List<List<TextLine>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) byBaseline.computeIfAbsent((long) Math.round(t.getYDirAdj() * 10), k -> new ArrayList<>()).add(t);
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                List<TextLine> page = new ArrayList<>();
                for (var e : byBaseline.entrySet()) {
                    // split a baseline into the number column and the text column
                    StringBuilder num = new StringBuilder();
                    StringBuilder text = new StringBuilder();
                    float textX = Float.MAX_VALUE;
                    for (TextPosition t : e.getValue()) {
                        if (t.getXDirAdj() < Grid.LEFT_RULE_1) num.append(t.getUnicode());
                        else { text.append(t.getUnicode()); textX = Math.min(textX, t.getXDirAdj()); }
                    }
                    if (num.length() > 0) page.add(new TextLine(e.getKey() / 10f, 0, num.toString()));
                    if (text.length() > 0) page.add(new TextLine(e.getKey() / 10f, textX, text.toString()));
                }
                pages.add(page);
            }
        }
        return pages;
    }

    @Test
    void every_page_of_every_court_paper_has_28_numbers_aligned_with_its_text_and_the_footer() throws IOException {
        int courtPapers = 0;
        for (DraftFile f : packet) {
            if (!f.fileName().endsWith(".pdf") || f.fileName().contains("-es.")) continue;
            courtPapers++;
            List<List<TextLine>> pages = lines(f.content());
            assertThat(pages).as(f.fileName()).isNotEmpty();
            for (int p = 0; p < pages.size(); p++) {
                String where = f.fileName() + " page " + (p + 1);
                List<Float> numbers = new ArrayList<>();
                for (int n = 1; n <= 28; n++) {
                    String want = Integer.toString(n);
                    List<Float> at = pages.get(p).stream().filter(l -> l.x() == 0 && l.text().equals(want)).map(TextLine::baseline).toList();
                    assertThat(at).as("%s: line number %d", where, n).hasSize(1);
                    numbers.add(at.get(0));
                }
                for (int n = 1; n < 28; n++) assertThat(numbers.get(n) - numbers.get(n - 1)).as("%s: spacing after %d", where, n).isCloseTo(24f, org.assertj.core.data.Offset.offset(0.2f));
                float bodyBottom = numbers.get(27) + 12;
                float captionEnd = p == 0 ? pages.get(p).stream().filter(l -> l.text().strip().equals(")")).map(TextLine::baseline).max(Float::compare).orElseThrow() : 0;
                int bodyLines = 0;
                for (TextLine l : pages.get(p)) {
                    if (l.x() == 0 || l.baseline() > bodyBottom) continue;
                    float nearest = numbers.stream().map(b -> Math.abs(b - l.baseline())).min(Float::compare).orElseThrow();
                    if (l.baseline() <= captionEnd) {
                        // the attorney block and caption are single-spaced: on a number or halfway between two
                        float half = numbers.stream().map(b -> Math.abs(b + 12 - l.baseline())).min(Float::compare).orElseThrow();
                        assertThat(Math.min(nearest, half)).as("%s: caption line '%s'", where, l.text()).isLessThan(1f);
                    } else {
                        bodyLines++;
                        assertThat(nearest).as("%s: body line '%s' is %.2f pt from the nearest number", where, l.text(), nearest).isLessThan(1f);
                    }
                }
                assertThat(bodyLines).as("%s: body lines", where).isPositive();
                List<TextLine> footer = pages.get(p).stream().filter(l -> l.baseline() > bodyBottom).toList();
                assertThat(footer).as("%s: footer", where).extracting(TextLine::text).contains(Integer.toString(p + 1));
                assertThat(footer.get(footer.size() - 1).text()).as("%s: footer title below the page number", where).isNotBlank().doesNotMatch("\\d+");
            }
        }
        assertThat(courtPapers).isEqualTo(5);
    }

    @Test
    void a_long_memorandum_flows_onto_further_pages_with_every_page_numbered() throws IOException {
        DraftFile memo = packet.stream().filter(f -> f.fileName().equals("pc1473_7_a1-memorandum.pdf")).findFirst().orElseThrow();
        assertThat(lines(memo.content())).hasSizeGreaterThan(2);
    }

    @Test
    void the_docx_files_open_with_poi_and_keep_the_text() throws IOException {
        for (DraftFile f : packet) {
            if (!f.fileName().endsWith(".docx")) continue;
            try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(f.content()))) {
                StringBuilder all = new StringBuilder();
                d.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
                assertThat(all.toString()).as(f.fileName()).contains("Maria Example");
                if (!f.fileName().contains("-es.")) {
                    assertThat(d.getHeaderList()).as(f.fileName() + " header with the numbers").isNotEmpty();
                    assertThat(d.getHeaderList().get(0).getText()).contains("28");
                }
            }
        }
    }

    @TempDir Path tmp;

    @Test
    void libreoffice_converts_the_docx_to_pdf_with_28_numbers_a_page() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        DraftFile motion = packet.stream().filter(f -> f.fileName().equals("pc1473_7_a1-memorandum.docx")).findFirst().orElseThrow();
        Path in = tmp.resolve(motion.fileName());
        Files.write(in, motion.content());
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + tmp.resolve("profile"),
                "--convert-to", "pdf", "--outdir", tmp.toString(), in.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path out = tmp.resolve("pc1473_7_a1-memorandum.pdf");
        assertThat(out).exists();
        List<List<TextLine>> pages = lines(Files.readAllBytes(out));
        assertThat(pages).hasSizeGreaterThan(1);
        for (int p2 = 0; p2 < pages.size(); p2++) {
            List<TextLine> page = pages.get(p2);
            List<Float> numbers = new ArrayList<>();
            for (int n = 1; n <= 28; n++) {
                String want = Integer.toString(n);
                numbers.add(page.stream().filter(l -> l.x() == 0 && l.text().strip().equals(want)).map(TextLine::baseline).findFirst()
                        .orElseThrow(() -> new AssertionError("LibreOffice PDF page lacks line number " + want)));
            }
            if (p2 == 0) continue; // the first page's caption is single-spaced
            for (TextLine l : page) {
                if (l.x() == 0 || l.baseline() > numbers.get(27) + 12) continue;
                float nearest = numbers.stream().map(b -> Math.abs(b - l.baseline())).min(Float::compare).orElseThrow();
                assertThat(nearest).as("LibreOffice page %d line '%s'", p2 + 1, l.text()).isLessThan(1.5f);
            }
        }
    }
}
