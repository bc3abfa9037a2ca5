package org.pcrnavigator.law.time;

import java.time.LocalDate;

/**
 * A half-open range of days {@code [from, to)}: {@code from} is the first day in, {@code to} the first
 * day out. A null end is open ("since before anything modelled", "still in force"). Immutable.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALWAYS = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("range must end after it starts: from " + from + " to " + to);
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    public boolean overlaps(DateRange o) {
        boolean thisEndsBefore = to != null && o.from != null && !to.isAfter(o.from);
        boolean otherEndsBefore = o.to != null && from != null && !o.to.isAfter(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return "[" + (from == null ? "…" : from) + ", " + (to == null ? "…" : to) + ")";
    }
}
