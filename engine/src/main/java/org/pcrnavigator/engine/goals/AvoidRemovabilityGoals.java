package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/**
 * Decides the two goals that follow straight from the grounds: keeping one's status (no deportability
 * ground, INA 237(a)(2)) and travelling or being admitted (no inadmissibility ground, INA 212(a)(2)).
 * A triggered ground bars the goal; an unsettled one puts it at risk; an unknown one leaves it unknown.
 */
public final class AvoidRemovabilityGoals {
    private AvoidRemovabilityGoals() {}

    public static Report.GoalResult avoidDeportability(List<Ground> grounds, Explainer say) {
        return decide("avoid_deportability", grounds.stream().filter(Ground::deportability).toList(), "us.ina.237_a_2", say);
    }

    public static Report.GoalResult avoidInadmissibility(List<Ground> grounds, Explainer say) {
        return decide("avoid_inadmissibility", grounds.stream().filter(g -> !g.deportability()).toList(), "us.ina.212_a_2", say);
    }

    private static Report.GoalResult decide(String goal, List<Ground> grounds, String authority, Explainer say) {
        Finding.Builder f = say.finding("goal." + goal).cite(authority);
        Result any = Result.NO;
        List<String> blockers = new ArrayList<>();
        for (Ground g : grounds) {
            any = any.or(g.result());
            if (g.result() != Result.NO) f.because(g.explanation());
            if (g.result().isRisk()) for (String c : g.convictions()) if (!blockers.contains(c)) blockers.add(c);
        }
        String status = GoalStatus.of(any);
        if (any == Result.UNSETTLED) f.cite("scotus.pereida_v_wilkinson_2021");
        return new Report.GoalResult(goal, status, blockers, f.conclude(any, say.say("goal." + goal + "." + status)));
    }
}
