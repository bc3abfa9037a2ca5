package org.pcrnavigator.drafting.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One shipped font face (Liberation Serif, SIL OFL): its bytes for embedding and a width table for
 * laying out text, read once. Immutable and thread-safe: layout measures with the table, never with
 * the parsed font.
 */
public enum Typeface {
    REGULAR("LiberationSerif-Regular.ttf"), BOLD("LiberationSerif-Bold.ttf"), ITALIC("LiberationSerif-Italic.ttf");

    /** The font family name documents ask for (DOCX) and the PDF embeds. */
    public static final String FAMILY = "Liberation Serif";

    private final String file;
    private final byte[] bytes;
    /** Advance width of each BMP code point in thousandths of an em; negative where the font has no glyph. */
    private final float[] widths = new float[0x10000];

    Typeface(String file) {
        this.file = file;
        try (InputStream in = Typeface.class.getResourceAsStream("/org/pcrnavigator/drafting/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("font resource missing: " + file);
            bytes = in.readAllBytes();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                var cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                for (int cp = 0; cp < widths.length; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    widths[cp] = gid == 0 ? -1 : ttf.getAdvanceWidth(gid) * scale;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /** A fresh stream of the font file, for embedding. */
    public InputStream open() { return new java.io.ByteArrayInputStream(bytes); }

    public String file() { return file; }

    /** Whether the face can draw this character. */
    public boolean has(char c) { return widths[c] >= 0 && !Character.isISOControl(c); }

    /** The width of {@code text} at {@code size} points; characters the face lacks must be replaced first. */
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            float cw = widths[text.charAt(i)];
            w += cw < 0 ? widths['?'] : cw;
        }
        return w * size / 1000f;
    }

    /**
     * {@code text} with every character the shipped faces cannot draw replaced by U+FFFD's stand-in "?",
     * so a name in another script shows as a visible gap to fix rather than failing the whole document.
     */
    public static String drawable(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == ' ' || (REGULAR.has(c) && BOLD.has(c));
            if (!ok) {
                if (s == null) s = new StringBuilder(text.substring(0, i));
                s.append(c == '\t' ? ' ' : '?');
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }
}
