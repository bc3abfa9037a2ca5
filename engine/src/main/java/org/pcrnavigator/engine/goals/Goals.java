package org.pcrnavigator.engine.goals;

import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;

/** Decides each goal of the case format with its own rule; a goal without one yet says so, as unknown. */
public final class Goals {
    private Goals() {}

    public static Report.GoalResult decide(String goal, GoalInputs in) {
        return switch (goal) {
            case "avoid_deportability" -> AvoidRemovabilityGoals.avoidDeportability(in.grounds(), in.say());
            case "avoid_inadmissibility" -> AvoidRemovabilityGoals.avoidInadmissibility(in.grounds(), in.say());
            case "naturalization" -> Naturalization.decide(in.caseFile(), in.convictions(), in.grounds(), in.kb(), in.say());
            case "non_lpr_cancellation" -> Cancellation.nonLpr(in.caseFile(), in.convictions(), in.grounds(), in.say());
            case "lpr_cancellation" -> Cancellation.lpr(in.caseFile(), in.convictions(), in.grounds(), in.kb(), in.say());
            case "adjustment_of_status" -> AdjustmentOfStatus.decide(in.convictions(), in.grounds(), in.kb(), in.say());
            case "asylum" -> Asylum.decide(in);
            case "withholding_of_removal" -> WithholdingOfRemoval.decide(in);
            case "cat_deferral" -> CatDeferral.decide(in);
            case "daca" -> Daca.decide(in);
            case "tps" -> TemporaryProtectedStatus.decide(in);
            case "u_visa" -> UVisa.decide(in);
            case "t_visa" -> TVisa.decide(in);
            case "vawa_self_petition" -> VawaSelfPetition.decide(in);
            case "sijs" -> SpecialImmigrantJuvenile.decide(in);
            case "voluntary_departure" -> VoluntaryDeparture.decide(in);
            case "registry" -> Registry.decide(in);
            default -> notYetEvaluated(goal, in);
        };
    }

    private static Report.GoalResult notYetEvaluated(String goal, GoalInputs in) {
        return new Report.GoalResult(goal, "unknown", List.of(), in.say().finding("goal." + goal)
                .cite("us.ina.212_a_2", "us.ina.237_a_2").conclude(Result.UNKNOWN, in.say().say("goal.not_yet_evaluated")));
    }
}
