package org.pcrnavigator.drafting.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Renders a {@link Paper} as an editable DOCX on the same grid as the PDF: body lines at exactly 24 pt, the
 * numbers 1 to 28 in a page-anchored text box in the header (Word's own line numbering counts text lines,
 * which is wrong for pleading paper), the rules as page borders, and the rule 2.110 footer. The attorney
 * block and caption are pre-broken into lines so they keep the PDF's layout. Stateless and thread-safe.
 */
public final class PleadingDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /**
     * How much higher the numbers' text box starts than the body: LibreOffice sets a text box's first line
     * 4.3 pt lower than a body line of the same exact height (measured with pdftotext -bbox after
     * soffice --convert-to pdf; Word itself could not be tried here).
     */
    static final float NUMBER_BOX_RAISE = 4.3f;
    private static final XmlOptions PARSE = new XmlOptions().setLoadReplaceDocumentElement(null);

    private PleadingDocx() {}

    public static byte[] render(Paper paper) {
        boolean pleading = paper.kind() == Paper.Kind.PLEADING;
        Grid g = pleading ? Grid.PLEADING : Grid.LETTER;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(paper.footerTitle());
            doc.getProperties().getCoreProperties().setCreator("PCR Navigator");
            doc.getDocument().getBody().setSectPr(CTSectPr.Factory.parse(sectPr(g, pleading), PARSE));
            if (pleading) {
                XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
                header.createParagraph().getCTP().set(CTP.Factory.parse(numbersBox(g), PARSE));
            }
            footer(doc.createFooter(HeaderFooterType.DEFAULT), paper.footerTitle(), pleading);
            float pitch = pleading ? g.pitch() : g.pitch();
            if (paper.caption() != null) caption(doc, paper.caption(), g);
            for (Paper.Block b : paper.body()) block(doc, b, g, pitch);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + paper.footerTitle(), e);
        } catch (XmlException e) {
            throw new IllegalStateException("pleading frame XML is invalid", e);
        }
    }

    private static void caption(XWPFDocument doc, Paper.Caption c, Grid g) {
        int half = 0;
        for (String a : c.attorney()) {
            for (List<Layout.Run> l : Layout.wrap(a, false, g.width() / 2 - 6, 0)) { runs(para(doc, 12, 0), l); half++; }
        }
        for (; half < 14; half++) para(doc, 12, 0);
        for (String t : c.court()) {
            for (List<Layout.Run> l : Layout.wrap(t, true, g.width(), 0)) {
                XWPFParagraph p = para(doc, 24, 0);
                p.setAlignment(ParagraphAlignment.CENTER);
                runs(p, l);
            }
        }
        para(doc, 24, 0);
        float colWidth = g.width() / 2 - 18;
        List<List<Layout.Run>> left = column(c.left(), colWidth);
        List<List<Layout.Run>> right = column(c.right(), colWidth);
        int rows = Math.max(left.size(), right.size()) + 1;
        int paren = twips(g.width() / 2 - 6);
        int rightStart = twips(g.width() / 2 + 12);
        for (int i = 0; i < rows; i++) {
            XWPFParagraph p = para(doc, 12, 0);
            var tabs = p.getCTP().getPPr().addNewTabs();
            var t1 = tabs.addNewTab();
            t1.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
            t1.setPos(java.math.BigInteger.valueOf(paren));
            var t2 = tabs.addNewTab();
            t2.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
            t2.setPos(java.math.BigInteger.valueOf(rightStart));
            if (i < left.size()) runs(p, left.get(i));
            run(p, "\t)\t", false);
            if (i < right.size()) runs(p, right.get(i));
        }
        if (rows % 2 == 1) para(doc, 12, 0);
        para(doc, 24, 0);
    }

    /** A caption column broken into lines; an entry's leading spaces stay in front of its first line. */
    private static List<List<Layout.Run>> column(List<String> entries, float width) {
        List<List<Layout.Run>> out = new ArrayList<>();
        for (String t : entries) {
            int lead = 0;
            while (lead < t.length() && t.charAt(lead) == ' ') lead++;
            float indent = Typeface.REGULAR.width(" ", Grid.FONT_SIZE) * lead;
            boolean first = true;
            for (List<Layout.Run> l : Layout.wrap(t.substring(lead), false, width - indent, 0)) {
                List<Layout.Run> line = new ArrayList<>();
                if (first && lead > 0) line.add(new Layout.Run(" ".repeat(lead), false));
                line.addAll(l);
                out.add(line);
                first = false;
            }
        }
        return out;
    }

    private static void block(XWPFDocument doc, Paper.Block b, Grid g, float pitch) {
        if (b instanceof Paper.Heading h) {
            XWPFParagraph p = para(doc, pitch, 0);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            runs(p, Layout.runs(h.text(), true));
        } else if (b instanceof Paper.Para t) {
            XWPFParagraph p = para(doc, pitch, 0);
            p.setFirstLineIndent(twips(Grid.INDENT));
            runs(p, Layout.runs(t.text(), false));
        } else if (b instanceof Paper.Plain t) {
            runs(para(doc, pitch, 0), Layout.runs(t.text(), false));
        } else if (b instanceof Paper.Blank) {
            para(doc, pitch, 0);
        } else if (b instanceof Paper.Signature s) {
            for (String line : s.lines()) {
                XWPFParagraph p = para(doc, pitch, twips(g.width() / 2));
                p.setKeepNext(true);
                runs(p, Layout.runs(line, false));
            }
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, float lineHeight, int indentLeft) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(lineHeight, LineSpacingRule.EXACT);
        if (indentLeft > 0) p.setIndentationLeft(indentLeft);
        return p;
    }

    private static void runs(XWPFParagraph p, List<Layout.Run> runs) {
        for (Layout.Run r : runs) run(p, r.text(), r.bold());
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(Typeface.FAMILY);
        r.setFontSize(12);
        r.setBold(bold);
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) r.addTab();
            if (!parts[i].isEmpty()) r.setText(parts[i], r.getCTR().sizeOfTArray());
        }
        return r;
    }

    private static void footer(XWPFFooter f, String title, boolean pleading) {
        XWPFParagraph num = f.getParagraphArray(0) != null ? f.getParagraphArray(0) : f.createParagraph();
        num.setAlignment(ParagraphAlignment.CENTER);
        num.setSpacingAfter(0);
        num.setSpacingBetween(12, LineSpacingRule.EXACT);
        var fld = num.getCTP().addNewFldSimple();
        fld.setInstr("PAGE");
        var r = fld.addNewR();
        r.addNewRPr().addNewSz().setVal(java.math.BigInteger.valueOf(24));
        r.addNewT().setStringValue("1");
        if (!pleading) return;
        XWPFParagraph t = f.createParagraph();
        t.setAlignment(ParagraphAlignment.CENTER);
        t.setBorderTop(Borders.SINGLE);
        t.setSpacingAfter(0);
        t.setSpacingBetween(11, LineSpacingRule.EXACT);
        XWPFRun tr = t.createRun();
        tr.setFontFamily(Typeface.FAMILY);
        tr.setFontSize(10);
        tr.setText(Typeface.drawable(title));
    }

    private static String sectPr(Grid g, boolean pleading) {
        int top = twips(g.top());
        int bottom = twips(Grid.PAGE_HEIGHT - g.bodyBottom());
        int left = twips(g.textLeft());
        int right = twips(Grid.PAGE_WIDTH - g.textRight());
        String borders = !pleading ? "" : "<w:pgBorders w:offsetFrom=\"text\">"
                + "<w:left w:val=\"double\" w:sz=\"4\" w:space=\"" + Math.round(g.textLeft() - Grid.LEFT_RULE_2) + "\" w:color=\"000000\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"" + Math.round(Grid.RIGHT_RULE - g.textRight()) + "\" w:color=\"000000\"/>"
                + "</w:pgBorders>";
        return "<w:sectPr xmlns:w=\"" + W + "\">"
                + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
                + "<w:pgMar w:top=\"" + top + "\" w:right=\"" + right + "\" w:bottom=\"" + bottom + "\" w:left=\"" + left
                + "\" w:header=\"360\" w:footer=\"240\" w:gutter=\"0\"/>" + borders + "</w:sectPr>";
    }

    /**
     * The header paragraph holding a text box, anchored to the page, with the numbers 1 to 28 at the body's
     * pitch. The box is half a line taller than the 28 lines: LibreOffice clipped the last number without it.
     */
    private static String numbersBox(Grid g) {
        StringBuilder s = new StringBuilder();
        s.append("<w:p xmlns:w=\"").append(W).append("\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><w:pict>")
                .append("<v:shape id=\"pleadingLineNumbers\" type=\"#_x0000_t202\" stroked=\"f\" filled=\"f\" style=\"position:absolute;")
                .append("margin-left:").append(Grid.NUMBER_RIGHT - 36).append("pt;margin-top:").append(g.top() - NUMBER_BOX_RAISE).append("pt;width:36pt;height:")
                .append(g.pitch() * g.lines() + g.pitch() / 2).append("pt;z-index:-1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page\">")
                .append("<v:textbox inset=\"0,0,0,0\"><w:txbxContent>");
        for (int i = 1; i <= g.lines(); i++) {
            s.append("<w:p><w:pPr><w:jc w:val=\"right\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"").append(twips(g.pitch()))
                    .append("\" w:lineRule=\"exact\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"").append(Typeface.FAMILY)
                    .append("\" w:hAnsi=\"").append(Typeface.FAMILY).append("\"/><w:sz w:val=\"24\"/></w:rPr><w:t>").append(i)
                    .append("</w:t></w:r></w:p>");
        }
        s.append("</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
        return s.toString();
    }

    private static int twips(float points) { return Math.round(points * 20); }
}
