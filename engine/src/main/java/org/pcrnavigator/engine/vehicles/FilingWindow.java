package org.pcrnavigator.engine.vehicles;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * A filing period that runs a number of months from a start date known perhaps only to the month or year
 * (PC 1018's months after a probation grant, PC 1473.6's year after discovery). Shared by the vehicle rules
 * that have a closing window. The last day is the start plus the months (the start day excluded, the last
 * day included). Where the start is imprecise the last day lies between {@link #earliestLastDay} and
 * {@link #latestLastDay}; the window is open only where the evaluation date is on or before the earliest
 * of them, closed only where it is after the latest, and unknown in between. Immutable.
 *
 * @param open YES, NO or UNKNOWN on the evaluation date
 */
public record FilingWindow(Result open, LocalDate earliestLastDay, LocalDate latestLastDay) {

    public static FilingWindow of(PartialDate start, long months, LocalDate asOf) {
        LocalDate first = start.earliest().plusMonths(months);
        LocalDate last = start.latest().plusMonths(months);
        Result open;
        if (!asOf.isAfter(first)) open = Result.YES;
        else if (asOf.isAfter(last)) open = Result.NO;
        else open = Result.UNKNOWN;
        return new FilingWindow(open, first, last);
    }

    /** The last day to file where the window is open: the earliest day it could close, to be safe. */
    public LocalDate lastDay() { return earliestLastDay; }
}
