package org.pcrnavigator.drafting.paper;

import java.util.List;

/**
 * One document to render, independent of PDF or DOCX: the footer title (rule 2.110), the first-page
 * caption of a court paper (or none for a letter), and the body as blocks. Text may mark a blank the
 * attorney or client must fill as {@code [[what goes here]]}; renderers show it bold and bracketed. A text
 * wholly wrapped in {@code **} is set bold.
 * Immutable.
 *
 * @param kind PLEADING for court papers on numbered pleading paper, LETTER for letters and memos
 */
public record Paper(Kind kind, String footerTitle, Caption caption, List<Block> body) {
    public enum Kind { PLEADING, LETTER }

    public Paper {
        body = List.copyOf(body);
        if (kind == Kind.PLEADING && caption == null) throw new IllegalArgumentException("a court paper needs a caption");
    }

    /**
     * The first page of a court paper (rule 2.111): the attorney block from line 1, the court's title
     * from line 8, the parties on the left and the case number and the paper's title on the right.
     */
    public record Caption(List<String> attorney, List<String> court, List<String> left, List<String> right) {
        public Caption {
            attorney = List.copyOf(attorney);
            court = List.copyOf(court);
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** A piece of the body. */
    public sealed interface Block permits Heading, Para, Plain, Blank, Signature {}

    /** A centred bold heading. */
    public record Heading(String text) implements Block {}

    /** A paragraph whose first line is indented half an inch. */
    public record Para(String text) implements Block {}

    /** Text set flush left without an indent (an address, a list entry, a salutation). */
    public record Plain(String text) implements Block {}

    /** One empty line. */
    public record Blank() implements Block {}

    /** Lines set from the middle of the page, each on its own line: a signature or date block. */
    public record Signature(List<String> lines) implements Block {
        public Signature { lines = List.copyOf(lines); }
    }

    /** Wrapping a whole text in this sets it bold (the paper's title in the caption). */
    public static final String BOLD = "**";

    /** The blank marker's opening and closing. */
    public static final String BLANK_OPEN = "[[", BLANK_CLOSE = "]]";

    /** The text of a blank for the attorney or client to fill, as the renderers recognise it. */
    public static String blank(String what) { return BLANK_OPEN + what + BLANK_CLOSE; }
}
