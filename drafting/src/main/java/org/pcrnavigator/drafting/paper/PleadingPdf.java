package org.pcrnavigator.drafting.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link Paper} as PDF with PDFBox: the laid-out text and, on pleading paper, the frame of
 * every page (numbers 1 to 28 on the text's own baselines, the double rule on the left and the single
 * rule on the right) and the rule 2.110 footer (page number, a printed line, the paper's title).
 * Stateless and thread-safe.
 */
public final class PleadingPdf {
    private PleadingPdf() {}

    public static byte[] render(Paper paper) {
        List<Layout.Page> pages = Layout.pages(paper);
        boolean pleading = paper.kind() == Paper.Kind.PLEADING;
        Grid g = pleading ? Grid.PLEADING : Grid.LETTER;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, Typeface.REGULAR.open(), true);
            PDType0Font bold = PDType0Font.load(doc, Typeface.BOLD.open(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(paper.footerTitle());
            info.setCreator("PCR Navigator");
            int n = 0;
            for (Layout.Page page : pages) {
                n++;
                PDPage p = new PDPage(PDRectangle.LETTER);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    for (Layout.Line line : page.lines()) {
                        float x = line.x();
                        for (Layout.Run r : line.runs()) {
                            PDType0Font f = r.bold() ? bold : regular;
                            text(cs, f, Grid.FONT_SIZE, x, line.baseline(), r.text());
                            x += Layout.face(r.bold()).width(r.text(), Grid.FONT_SIZE);
                        }
                    }
                    if (pleading) frame(cs, regular, g);
                    footer(cs, regular, n, paper.footerTitle(), pleading);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + paper.footerTitle(), e);
        }
    }

    private static void frame(PDPageContentStream cs, PDType0Font font, Grid g) throws IOException {
        for (int i = 0; i < g.lines(); i++) {
            String num = Integer.toString(i + 1);
            text(cs, font, Grid.FONT_SIZE, Grid.NUMBER_RIGHT - Typeface.REGULAR.width(num, Grid.FONT_SIZE), g.baseline(i), num);
        }
        cs.setLineWidth(0.75f);
        for (float x : new float[] {Grid.LEFT_RULE_1, Grid.LEFT_RULE_2, Grid.RIGHT_RULE}) {
            cs.moveTo(x, 0);
            cs.lineTo(x, Grid.PAGE_HEIGHT);
        }
        cs.stroke();
    }

    private static void footer(PDPageContentStream cs, PDType0Font font, int page, String title, boolean pleading) throws IOException {
        float left = pleading ? Grid.PLEADING.textLeft() : Grid.LETTER.textLeft();
        float right = pleading ? Grid.PLEADING.textRight() : Grid.LETTER.textRight();
        float mid = (left + right) / 2;
        String num = Integer.toString(page);
        text(cs, font, Grid.FONT_SIZE, mid - Typeface.REGULAR.width(num, Grid.FONT_SIZE) / 2, Grid.FOOTER_NUMBER_BASELINE, num);
        if (!pleading) return;
        cs.setLineWidth(0.75f);
        cs.moveTo(left, Grid.PAGE_HEIGHT - Grid.FOOTER_RULE);
        cs.lineTo(right, Grid.PAGE_HEIGHT - Grid.FOOTER_RULE);
        cs.stroke();
        String t = Typeface.drawable(title);
        text(cs, font, Grid.FOOTER_TITLE_SIZE, mid - Typeface.REGULAR.width(t, Grid.FOOTER_TITLE_SIZE) / 2, Grid.FOOTER_TITLE_BASELINE, t);
    }

    /** Draws {@code s} with its baseline {@code baselineFromTop} points below the top of the page. */
    private static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float baselineFromTop, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, Grid.PAGE_HEIGHT - baselineFromTop);
        showText(cs, f, s);
        cs.endText();
    }

    /**
     * The Tj operator without PDFBox's showText, which builds a new GSUB ligature worker (compiling regular
     * expressions) for every page and font: more than half of a packet's time, measured with JFR, for
     * ligatures court papers do not want. The text is encoded by the font and its characters are added to
     * the subset, as showText does for a font without GSUB data.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the only way to write an operand PDFBox 3 leaves open
    private static void showText(PDPageContentStream cs, PDType0Font f, String s) throws IOException {
        byte[] encoded = f.encode(s);
        if (f.willBeSubset()) s.codePoints().forEach(f::addToSubset);
        ByteArrayOutputStream operand = new ByteArrayOutputStream(encoded.length * 2 + 8);
        COSWriter.writeString(encoded, operand);
        operand.write(" Tj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        cs.appendRawCommands(operand.toByteArray());
    }
}
