package org.pcrnavigator.engine.goals;

import org.pcrnavigator.engine.reasoning.Result;

/** How a goal reads from whether its bars are met: met, barred; possibly, at risk; not known, unknown; none, clear. */
final class GoalStatus {
    private GoalStatus() {}

    static String of(Result barred) {
        return switch (barred) {
            case YES -> "barred";
            case UNSETTLED -> "at_risk";
            case UNKNOWN -> "unknown";
            case NO -> "clear";
        };
    }
}
