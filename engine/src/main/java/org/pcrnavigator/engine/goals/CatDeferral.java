package org.pcrnavigator.engine.goals;

import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the criminal bar to deferral of removal under the Convention Against Torture (8 CFR 1208.17):
 * there is none. Deferral is open to a person more likely than not to be tortured whatever the convictions,
 * aggravated felonies and particularly serious crimes included; that is what survives when a particularly
 * serious crime bars CAT withholding under 8 CFR 1208.16(d)(2). So the goal is clear on any record, and the
 * explanation says what deferral does not give (status, release, a permanent bar to removal).
 */
public final class CatDeferral {
    private CatDeferral() {}

    public static Report.GoalResult decide(GoalInputs in) {
        Finding f = in.say().finding("goal.cat_deferral").cite("us.cfr.8.1208_17", "us.cfr.8.1208_16")
                .fact("convictions", in.convictions().size())
                .conclude(Result.NO, in.say().say("goal.cat_deferral.clear", "count", in.convictions().size()));
        return new Report.GoalResult("cat_deferral", "clear", List.of(), f);
    }
}
