package org.pcrnavigator.engine.casefile;

import java.time.LocalDate;
import java.time.YearMonth;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * A date known to the day, the month or only the year ({@code 2002-05-01}, {@code 2002-05}, {@code 2002}).
 * Comparisons answer unknown where the missing precision could change them. Immutable.
 */
public record PartialDate(int year, Integer month, Integer day) {
    public PartialDate {
        if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month out of range");
        if (day != null) LocalDate.of(year, month, day);   // validates
    }

    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            if (YEAR.matcher(t).matches()) return new PartialDate(Integer.parseInt(t), null, null);
            if (YEAR_MONTH.matcher(t).matches()) {
                YearMonth ym = YearMonth.parse(t);
                return new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            return of(isoDay(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date; expected YYYY-MM-DD (or YYYY-MM, or YYYY where only that is known)");
        }
    }

    /**
     * {@code LocalDate.parse(t)}, with the common shape YYYY-MM-DD read by hand first: the formatter costs
     * several times more, and a bulk run reads a handful of dates per case. Anything else goes to the parser.
     */
    private static LocalDate isoDay(String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int y = digits(t, 0, 4);
            int m = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) return LocalDate.of(y, m, d);   // throws, as the parser does, on a day that does not exist
        }
        return LocalDate.parse(t);
    }

    /** The number written in ASCII digits at {@code t[from, to)}, or -1 if any is not one. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** The first day the date could be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date could be. */
    public LocalDate latest() {
        if (day != null) return LocalDate.of(year, month, day);
        if (month != null) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** The exact day, or null where only the month or year is known. */
    public LocalDate exact() { return day == null ? null : earliest(); }

    /** Whether this date is before {@code other}: unknown where the imprecision straddles it. */
    public Result isBefore(LocalDate other) {
        if (latest().isBefore(other)) return Result.YES;
        if (!earliest().isBefore(other)) return Result.NO;
        return Result.UNKNOWN;
    }

    /** True only where this date is certainly before {@code other} (both possibly partial). */
    public boolean certainlyBefore(PartialDate other) { return latest().isBefore(other.earliest()); }

    @Override
    public String toString() {
        if (month == null) return String.valueOf(year);
        if (day == null) return String.format("%04d-%02d", year, month);
        return earliest().toString();
    }
}
