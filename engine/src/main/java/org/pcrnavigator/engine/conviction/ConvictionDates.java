package org.pcrnavigator.engine.conviction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.law.time.Timeline;

/**
 * Finds the law in force on a conviction's date. The date of conviction is the plea (or verdict) and,
 * where judgment came later, the judgment: where the two, or the imprecision of a partial date, fall
 * on different sides of a change in the law, the lookup says so instead of choosing one.
 */
public final class ConvictionDates {
    private ConvictionDates() {}

    /** The outcome of a lookup: one value, none (dates unknown), or several (a change falls between the dates). */
    public record Lookup<T>(List<T> values, boolean datesUnknown) {
        public boolean single() { return values.size() == 1; }

        public T value() { return values.get(0); }
    }

    /** The values of {@code timeline} on every day the conviction could date from. */
    public static <T> Lookup<T> lookup(Timeline<T> timeline, Conviction c) {
        if (timeline.entries().size() == 1 && timeline.entries().get(0).range().from() == null
                && timeline.entries().get(0).range().to() == null) {
            return new Lookup<>(List.of(timeline.entries().get(0).value()), false);
        }
        List<LocalDate> days = candidateDays(c);
        if (days.isEmpty()) return new Lookup<>(List.of(), true);
        List<T> values = new ArrayList<>(days.size());
        for (LocalDate d : days) {
            T v = timeline.valueAt(d);
            if (!values.contains(v)) values.add(v);
        }
        return new Lookup<>(values, false);
    }

    /** The first and last day of the plea date and of the judgment date, where known. */
    public static List<LocalDate> candidateDays(Conviction c) {
        List<LocalDate> days = new ArrayList<>();
        if (c.pleaDate() != null) {
            days.add(c.pleaDate().earliest());
            days.add(c.pleaDate().latest());
        }
        if (c.judgmentDate() != null) {
            days.add(c.judgmentDate().earliest());
            days.add(c.judgmentDate().latest());
        }
        return days;
    }
}
