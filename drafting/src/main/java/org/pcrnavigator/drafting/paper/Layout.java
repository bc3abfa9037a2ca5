package org.pcrnavigator.drafting.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a {@link Paper} into pages of positioned lines on its {@link Grid}: every body line sits exactly on
 * a grid line, so on pleading paper each line of text lines up with its number by construction. The
 * caption and attorney block are single-spaced on half lines (as courts' own pleading forms are).
 * Stateless.
 */
public final class Layout {
    private Layout() {}

    /** A run of text in one style. */
    public record Run(String text, boolean bold) {}

    /** One line of text at {@code x} with its baseline {@code baseline} points below the top of the page. */
    public record Line(float x, float baseline, List<Run> runs) {
        public String text() {
            StringBuilder s = new StringBuilder();
            for (Run r : runs) s.append(r.text());
            return s.toString();
        }
    }

    public record Page(List<Line> lines) {}

    public static List<Page> pages(Paper paper) {
        Grid g = paper.kind() == Paper.Kind.PLEADING ? Grid.PLEADING : Grid.LETTER;
        Flow f = new Flow(g);
        if (paper.caption() != null) f.caption(paper.caption());
        for (Paper.Block b : paper.body()) f.block(b);
        return f.finish();
    }

    /** Lays out one caption; the body then starts on the first full line after it. */
    private static final class Flow {
        private final Grid g;
        private final List<Page> pages = new ArrayList<>();
        private List<Line> current = new ArrayList<>();
        private int slot;

        Flow(Grid g) { this.g = g; }

        void caption(Paper.Caption c) {
            float mid = g.textLeft() + g.width() / 2;
            int h = 0;
            for (String a : c.attorney()) for (List<Run> l : wrap(a, false, g.width() / 2 - 6, 0)) current.add(new Line(g.textLeft(), g.halfBaseline(h++), l));
            if (h > 14) throw new IllegalArgumentException("the attorney block must fit lines 1 to 7 (14 single-spaced lines), it has " + h);
            int s = 7; // rule 2.111(3): the court's title on line 8
            for (String t : c.court()) {
                for (List<Run> l : wrap(t, true, g.width(), 0)) current.add(centred(l, g.baseline(s++)));
            }
            s++;
            int top = s * 2;
            float colWidth = g.width() / 2 - 18;
            List<Line> left = column(c.left(), g.textLeft(), colWidth);
            List<Line> right = column(c.right(), mid + 12, colWidth);
            int rows = Math.max(left.size(), right.size()) + 1;
            for (int i = 0; i < rows; i++) {
                if (i < left.size()) current.add(new Line(left.get(i).x(), g.halfBaseline(top + i), left.get(i).runs()));
                current.add(new Line(mid - 6, g.halfBaseline(top + i), List.of(new Run(")", false))));
                if (i < right.size()) current.add(new Line(right.get(i).x(), g.halfBaseline(top + i), right.get(i).runs()));
            }
            slot = (top + rows + 1) / 2 + 1;
        }

        /** One caption column, broken into lines; leading spaces of an entry indent it (as "Plaintiff,"). */
        private static List<Line> column(List<String> entries, float x, float width) {
            List<Line> out = new ArrayList<>();
            for (String t : entries) {
                int lead = 0;
                while (lead < t.length() && t.charAt(lead) == ' ') lead++;
                float indent = Typeface.REGULAR.width(" ", Grid.FONT_SIZE) * lead;
                for (List<Run> l : wrap(t.substring(lead), false, width - indent, 0)) out.add(new Line(x + indent, 0, l));
            }
            return out;
        }

        void block(Paper.Block b) {
            if (b instanceof Paper.Heading h) {
                List<List<Run>> ls = wrap(h.text(), true, g.width(), 0);
                if (slot + ls.size() >= g.lines()) newPage(); // keep a heading with the line after it
                for (List<Run> l : ls) put(centred(l, 0));
            } else if (b instanceof Paper.Para p) {
                boolean first = true;
                for (List<Run> l : wrap(p.text(), false, g.width(), Grid.INDENT)) {
                    put(new Line(g.textLeft() + (first ? Grid.INDENT : 0), 0, l));
                    first = false;
                }
            } else if (b instanceof Paper.Plain p) {
                for (List<Run> l : wrap(p.text(), false, g.width(), 0)) put(new Line(g.textLeft(), 0, l));
            } else if (b instanceof Paper.Blank) {
                if (slot > 0) slot++;
            } else if (b instanceof Paper.Signature s) {
                float x = g.textLeft() + g.width() / 2;
                if (slot + s.lines().size() > g.lines() && s.lines().size() <= g.lines()) newPage();
                for (String t : s.lines()) for (List<Run> l : wrap(t, false, g.textRight() - x, 0)) put(new Line(x, 0, l));
            }
        }

        private void put(Line l) {
            if (slot >= g.lines()) newPage();
            current.add(new Line(l.x(), g.baseline(slot++), l.runs()));
        }

        private void newPage() {
            pages.add(new Page(List.copyOf(current)));
            current = new ArrayList<>();
            slot = 0;
        }

        List<Page> finish() {
            if (!current.isEmpty() || pages.isEmpty()) pages.add(new Page(List.copyOf(current)));
            return List.copyOf(pages);
        }

        private Line centred(List<Run> runs, float baseline) {
            float w = 0;
            for (Run r : runs) w += face(r.bold()).width(r.text(), Grid.FONT_SIZE);
            return new Line(g.textLeft() + (g.width() - w) / 2, baseline, runs);
        }
    }

    public static Typeface face(boolean bold) { return bold ? Typeface.BOLD : Typeface.REGULAR; }

    /** Splits marked text into runs: blanks ({@code [[...]]}) bold and shown in single brackets. */
    public static List<Run> runs(String text, boolean bold) {
        String t = Typeface.drawable(text).replace("§ ", "§\u00a0"); // never leave "§" at the end of a line
        if (t.startsWith(Paper.BOLD) && t.endsWith(Paper.BOLD) && t.length() >= 2 * Paper.BOLD.length()) {
            t = t.substring(Paper.BOLD.length(), t.length() - Paper.BOLD.length());
            bold = true;
        }
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf(Paper.BLANK_OPEN, i);
            int close = open < 0 ? -1 : t.indexOf(Paper.BLANK_CLOSE, open + 2);
            if (open < 0 || close < 0) { out.add(new Run(t.substring(i), bold)); break; }
            if (open > i) out.add(new Run(t.substring(i, open), bold));
            out.add(new Run("[" + t.substring(open + 2, close) + "]", true));
            i = close + 2;
        }
        return out;
    }

    /**
     * Greedy line breaking at spaces, measuring with the shipped faces; the first line is {@code indent}
     * narrower. A word wider than the line is set on a line of its own.
     */
    public static List<List<Run>> wrap(String text, boolean bold, float width, float indent) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        float avail = width - indent;
        float space = face(bold).width(" ", Grid.FONT_SIZE);
        // words: maximal pieces without spaces; a word may span runs (a blank followed by a full stop)
        List<List<Run>> words = new ArrayList<>();
        List<Run> word = new ArrayList<>();
        for (Run r : runs(text, bold)) {
            String[] parts = r.text().split(" ", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) { if (!word.isEmpty()) words.add(word); word = new ArrayList<>(); }
                if (!parts[p].isEmpty()) word.add(new Run(parts[p], r.bold()));
            }
        }
        if (!word.isEmpty()) words.add(word);
        for (List<Run> w : words) {
            float ww = 0;
            for (Run r : w) ww += face(r.bold()).width(r.text(), Grid.FONT_SIZE);
            float need = line.isEmpty() ? ww : used + space + ww;
            if (!line.isEmpty() && need > avail) {
                lines.add(merge(line));
                line = new ArrayList<>();
                avail = width;
                need = ww;
            }
            if (!line.isEmpty()) line.add(new Run(" ", w.get(0).bold() && line.get(line.size() - 1).bold()));
            line.addAll(w);
            used = need;
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(merge(line));
        return lines;
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).bold() == r.bold()) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.bold()));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
