package org.pcrnavigator.law.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways records write a California statute into a {@link Charge}: {@code PC 273.5(a)},
 * {@code Pen. Code § 273.5, subd. (a)}, {@code H&S 11377(a)}, {@code Health and Safety Code 11377},
 * and the slash notation {@code PC 664/187(a)}, {@code PC 182(a)(1)/HS 11352(a)}, {@code PC 666/484(a)}.
 * Stateless and thread-safe.
 */
public final class StatuteParser {
    /** What the parser accepts, shown in every error. */
    public static final String EXAMPLE =
            "expected a code and section such as 'PC 273.5(a)', 'HS 11377(a)', 'Pen. Code § 273.5, subd. (a)' or 'PC 664/187(a)'";

    private static final Pattern ONE = Pattern.compile(
            "^\\s*(?<code>[A-Za-z&.,'\\s]*?)\\s*§*\\s*(?<section>\\d+(?:\\.\\d+)*[A-Za-z]?)\\s*"
                    + "(?:,?\\s*(?:subds?\\.?|subdivisions?)\\s*)?(?<subs>(?:\\(\\s*[0-9A-Za-z]+\\s*\\)\\s*)*)\\s*$");
    private static final Pattern SUB = Pattern.compile("\\(\\s*([0-9A-Za-z]+)\\s*\\)");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private StatuteParser() {}

    /** Thrown for a string the parser cannot read; the message names what was expected. */
    public static final class StatuteSyntaxError extends IllegalArgumentException {
        public StatuteSyntaxError(String message) { super(message); }
    }

    /** No statute citation is longer; a longer string is a mistake, and refusing it keeps the matcher shallow. */
    private static final int MAX_LENGTH = 200;

    public static Charge parse(String written) {
        // Bulk runs read the same few hundred statutes millions of times; a charge is immutable and depends
        // on the text alone, so it is kept. Bounded: unusual texts beyond the bound are parsed each time.
        Charge known = written == null ? null : KNOWN.get(written);
        if (known != null) return known;
        Charge c = parseUncached(written);
        if (KNOWN.size() < KNOWN_MAX) KNOWN.put(written, c);
        return c;
    }

    private static final int KNOWN_MAX = 10_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Charge> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Charge parseUncached(String written) {
        if (written == null || written.isBlank()) throw new StatuteSyntaxError("empty statute; " + EXAMPLE);
        if (written.length() > MAX_LENGTH) {
            throw new StatuteSyntaxError("a statute of " + written.length() + " characters is too long (at most " + MAX_LENGTH + "); " + EXAMPLE);
        }
        String[] parts = written.split("/", -1);
        if (parts.length > 2) {
            throw new StatuteSyntaxError("'" + written + "' has more than one '/'; " + EXAMPLE);
        }
        Statute first = parseOne(parts[0], null, written);
        if (parts.length == 1) return new Charge(written, first, null);
        if (parts[1].trim().startsWith("(")) {
            throw new StatuteSyntaxError("'" + written + "' names alternative subdivisions; name the one the plea names, "
                    + "e.g. 'PC 245(a)(1)'; " + EXAMPLE);
        }
        Statute second = parseOne(parts[1], first.code(), written);
        return new Charge(written, second, first);
    }

    /** Parses one statute string that must not use slash notation. */
    public static Statute parseSingle(String written) {
        Charge c = parse(written);
        if (c.prefix() != null) throw new StatuteSyntaxError("'" + written + "' must name one section; " + EXAMPLE);
        return c.offense();
    }

    private static Statute parseOne(String text, Code inherited, String whole) {
        // A run of whitespace reads as one space: ONE's neighbouring \\s* groups would otherwise backtrack
        // polynomially over a long run (found by fuzzing: 150 characters took half a second, 1,000 minutes).
        Matcher m = ONE.matcher(WHITESPACE_RUN.matcher(text).replaceAll(" "));
        if (!m.matches()) throw new StatuteSyntaxError("cannot read '" + whole + "'; " + EXAMPLE);
        String codeText = m.group("code").trim();
        Code code;
        if (codeText.isEmpty()) {
            if (inherited == null) {
                throw new StatuteSyntaxError("'" + whole + "' names no code; " + EXAMPLE);
            }
            code = inherited;
        } else {
            code = Code.fromName(codeText);
            if (code == null) {
                throw new StatuteSyntaxError("unknown code '" + codeText + "' in '" + whole
                        + "'; expected PC, HS, VC, BP, WI or UI (or their names); " + EXAMPLE);
            }
        }
        List<String> subs = new ArrayList<>();
        Matcher s = SUB.matcher(m.group("subs"));
        while (s.find()) subs.add(s.group(1));
        return new Statute(code, m.group("section").toLowerCase(java.util.Locale.ROOT), subs);
    }
}
