package org.pcrnavigator.drafting.paper;

/**
 * The words of a {@link Paper} as plain text, one block per paragraph, for golden-text review and tests:
 * what a lawyer reads, without the page geometry. Stateless.
 */
public final class PaperText {
    private PaperText() {}

    public static String render(Paper p) {
        StringBuilder s = new StringBuilder();
        if (p.caption() != null) {
            for (String l : p.caption().attorney()) s.append(l).append('\n');
            s.append('\n');
            for (String l : p.caption().court()) s.append(l).append('\n');
            s.append('\n');
            for (String l : p.caption().left()) if (!l.isBlank()) s.append(l.strip()).append('\n');
            for (String l : p.caption().right()) if (!l.isBlank()) s.append(l.strip().replace(Paper.BOLD, "")).append('\n');
            s.append('\n');
        }
        for (Paper.Block b : p.body()) {
            if (b instanceof Paper.Heading h) s.append("## ").append(h.text()).append("\n\n");
            else if (b instanceof Paper.Para para) s.append(para.text()).append("\n\n");
            else if (b instanceof Paper.Plain pl) s.append(pl.text()).append("\n\n");
            else if (b instanceof Paper.Signature sig) {
                for (String l : sig.lines()) s.append("    ").append(l).append('\n');
                s.append('\n');
            }
        }
        s.append("-- footer: ").append(p.footerTitle()).append('\n');
        return s.toString();
    }
}
