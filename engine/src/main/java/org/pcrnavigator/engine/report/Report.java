package org.pcrnavigator.engine.report;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * The analysis of one case, in the shape of the {@code pcr-analysis/1} report. Immutable.
 */
public record Report(String caseId, LocalDate asOf, String lawVersion, String language, List<ConvictionResult> convictions,
                     List<GroundResult> grounds, List<GoalResult> goals, List<PlanStep> plan, List<Question> questions) {
    public static final String FORMAT = "pcr-analysis/1";

    public Report {
        convictions = List.copyOf(convictions);
        grounds = List.copyOf(grounds);
        goals = List.copyOf(goals);
        plan = List.copyOf(plan);
        questions = List.copyOf(questions);
    }

    /**
     * One conviction's results. {@code sentence} and {@code potentialSentence} extend the report format:
     * the term on the count (INA 101(a)(48)(B)) and whether a year or more could be imposed.
     */
    public record ConvictionResult(String id, String statute, Finding isConviction, Finding sentence,
                                   Finding potentialSentence, List<CategoryResult> consequences,
                                   List<VehicleAssessment> vehicles, List<PriorReliefResult> priorRelief) {
        public ConvictionResult {
            consequences = List.copyOf(consequences);
            vehicles = List.copyOf(vehicles);
            priorRelief = List.copyOf(priorRelief);
        }
    }

    /**
     * One category of one conviction. {@code governmentReading} is set only where the government's burden
     * reads the record differently (Pereida v. Wilkinson): then the explanation is the applicant's reading.
     */
    public record CategoryResult(String category, Finding explanation, Finding governmentReading) {}

    public record PriorReliefResult(String type, String immigrationEffect, Finding explanation) {}

    public record GroundResult(String ground, String result, List<String> convictions, Finding explanation) {
        public GroundResult { convictions = List.copyOf(convictions); }
    }

    public record GoalResult(String goal, String status, List<String> blockers, Finding explanation) {
        public GoalResult { blockers = List.copyOf(blockers); }
    }

    /**
     * A fix for one conviction: what it changes ({@code fix}: vacate_conviction, reduce_sentence,
     * reduce_to_misdemeanor or re_plead), the goals it would unblock, found by analysing the case as the
     * fix would leave it (clear afterwards), and the vehicles that deliver it, best first. Extensions of the
     * report format: {@code alternative} names the safer plea of a re_plead, else null; {@code improves}
     * lists the goals the fix makes less blocked without clearing them (barred to at risk).
     */
    public record PlanStep(String conviction, String fix, String alternative, List<String> unblocks, List<String> improves,
                           List<String> vehicles) {
        public PlanStep {
            unblocks = List.copyOf(unblocks);
            improves = List.copyOf(improves);
            vehicles = List.copyOf(vehicles);
        }
    }

    /** A fact still needed, the prompt that asks for it, and the conclusions its answer could change. */
    public record Question(String fact, String prompt, List<String> affects) {
        public Question { affects = List.copyOf(affects); }
    }
}
