package org.pcrnavigator.engine.goals;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.grounds.ControlledSubstanceGrounds;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * Decides the criminal bars to adjustment of status under INA 245(a): the applicant must be admissible.
 * Reason to believe trafficking and a controlled-substance conviction bar it, with no waiver (212(h) reaches
 * only a single possession of 30 grams or less of marijuana). A CIMT, multiple convictions and prostitution
 * bar it unless the 212(h) waiver is granted, so they put the goal at risk rather than bar it outright.
 * Firearms, domestic-violence and aggravated-felony convictions are not inadmissibility grounds as such
 * (they weigh in discretion and in the waiver).
 */
public final class AdjustmentOfStatus {
    private AdjustmentOfStatus() {}

    public static Report.GoalResult decide(List<ConvictionAnalysis> convictions, List<Ground> grounds, KnowledgeBase kb, Explainer say) {
        Finding.Builder f = say.finding("goal.adjustment_of_status").cite("us.ina.245", "us.ina.212_a_2", "us.ina.212_h");
        List<String> blockers = new ArrayList<>();
        Result unwaivable = Result.NO;
        Result waivable = Result.NO;
        for (Ground g : grounds) {
            if (g.deportability()) continue;
            boolean noWaiver = g.id().equals("ina_212_a_2_C") || g.id().equals("ina_212_a_2_A_i_II");
            if (g.result() != Result.NO) f.because(g.explanation());
            if (g.result().isRisk()) for (String c : g.convictions()) if (!blockers.contains(c)) blockers.add(c);
            if (noWaiver && g.id().equals("ina_212_a_2_A_i_II") && g.result() == Result.YES && singleMarijuanaPossession(kb, convictions, g)) {
                waivable = waivable.or(Result.UNSETTLED);
            } else if (noWaiver) {
                unwaivable = unwaivable.or(g.result());
            } else {
                // A waivable ground puts the goal at risk; it bars only if the waiver is denied.
                waivable = waivable.or(g.result() == Result.YES ? Result.UNSETTLED : g.result());
            }
        }
        Result all = unwaivable.or(waivable);
        String status = GoalStatus.of(all);
        String key = "goal.adjustment_of_status." + (unwaivable == Result.YES ? "barred" : waivable == Result.UNSETTLED && status.equals("at_risk") ? "waiver" : status);
        return new Report.GoalResult("adjustment_of_status", status, blockers, f.conclude(all, say.say(key)));
    }

    /** The drug ground rests on one conviction that may be a small marijuana possession. */
    private static boolean singleMarijuanaPossession(KnowledgeBase kb, List<ConvictionAnalysis> convictions, Ground drugGround) {
        if (drugGround.convictions().size() != 1) return false;
        return convictions.stream().filter(a -> a.conviction().id().equals(drugGround.convictions().get(0)))
                .anyMatch(a -> ControlledSubstanceGrounds.mayBeSmallMarijuanaPossession(kb, a));
    }
}
