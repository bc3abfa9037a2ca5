package org.pcrnavigator.drafting.paper;

/**
 * The page geometry in PDF points (1/72 inch) measured from the top-left of a US letter page, shared by
 * the PDF and DOCX renderers and the tests that check them. Pleading paper: 28 numbered lines 24 pt
 * apart from 1 inch down (rule 2.108 asks for at least three per vertical inch: 28 over 9 1/3 inches),
 * text from 1.5 inches to 0.5 inch short of the right edge (rule 2.107: at least 1 and 1/2 inch), 12-point
 * type (rule 2.104), and the footer in the bottom margin (rule 2.110).
 */
public record Grid(float top, float pitch, int lines, float textLeft, float textRight) {
    public static final float PAGE_WIDTH = 612, PAGE_HEIGHT = 792;
    public static final float FONT_SIZE = 12, FOOTER_TITLE_SIZE = 10;
    /** Where a 12-point baseline sits below the top of its 24-point line: centred, with the face's ascent. */
    public static final float BASELINE_DROP = 16.8f;
    /** Line numbers end here; the double rule follows, then the text. */
    public static final float NUMBER_RIGHT = 90, LEFT_RULE_1 = 98, LEFT_RULE_2 = 101, RIGHT_RULE = 582;
    public static final float INDENT = 36;

    public static final Grid PLEADING = new Grid(72, 24, 28, 108, 570);
    /** Letters: single-spaced 14-point lines between 1-inch margins. */
    public static final Grid LETTER = new Grid(72, 14, 46, 72, 540);

    /** The baseline of line {@code i} (0-based) of the page, from the top. */
    public float baseline(int i) { return top + pitch * i + BASELINE_DROP - (pitch == 24 ? 0 : (24 - pitch) / 2); }

    /** The baseline of single-spaced half line {@code h} (0-based) in the caption area of pleading paper. */
    public float halfBaseline(int h) { return top + 12 * h + BASELINE_DROP; }

    public float bodyBottom() { return top + pitch * lines; }

    public float width() { return textRight - textLeft; }

    /** Footer positions (rule 2.110): the page number, then a printed line, then the paper's title. */
    public static final float FOOTER_NUMBER_BASELINE = 760, FOOTER_RULE = 765, FOOTER_TITLE_BASELINE = 777;
}
