package org.pcrnavigator.engine.reasoning;

import java.util.Locale;

/**
 * The answer a rule gives: yes, no, unknown (a needed fact is missing) or unsettled (the law is divided,
 * or a divisible statute's record is inconclusive: a risk, never safe).
 */
public enum Result {
    YES, NO, UNKNOWN, UNSETTLED;

    private final String id = name().toLowerCase(Locale.ROOT);   // asked for on every finding: computed once

    public String id() { return id; }

    public static Result of(boolean b) { return b ? YES : NO; }

    /** Three-valued "or": yes wins, then unsettled, then unknown. */
    public Result or(Result other) {
        if (this == YES || other == YES) return YES;
        if (this == UNSETTLED || other == UNSETTLED) return UNSETTLED;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return NO;
    }

    /** Three-valued "and": no wins, then unknown, then unsettled. */
    public Result and(Result other) {
        if (this == NO || other == NO) return NO;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        if (this == UNSETTLED || other == UNSETTLED) return UNSETTLED;
        return YES;
    }

    /** True where the answer is a risk the advocate must treat as possibly triggered. */
    public boolean isRisk() { return this == YES || this == UNSETTLED; }
}
