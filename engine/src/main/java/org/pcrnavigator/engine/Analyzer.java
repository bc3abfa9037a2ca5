package org.pcrnavigator.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.consequences.Burden;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.consequences.OffenseClassifier;
import org.pcrnavigator.engine.conviction.ConvictionForImmigration;
import org.pcrnavigator.engine.conviction.PotentialSentence;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.goals.GoalInputs;
import org.pcrnavigator.engine.goals.Goals;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.grounds.Ground;
import org.pcrnavigator.engine.grounds.GroundContext;
import org.pcrnavigator.engine.grounds.Grounds;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.plan.Planner;
import org.pcrnavigator.engine.relief.PriorReliefEffect;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.Vehicles;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;

/**
 * Analyses a case: for each conviction whether it is one for immigration purposes, its sentence and
 * potential sentence, each consequence category and the vehicles; then the person-level grounds and the
 * goals they decide; then the questions whose answers could
 * change a conclusion, most decisive first. A pure function of the case and the knowledge base: no I/O,
 * no clock, no shared state. Thread-safe.
 */
public final class Analyzer {
    private final KnowledgeBase kb;

    public Analyzer(KnowledgeBase kb) { this.kb = kb; }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** The full analysis, with the relief plan. */
    public Report analyze(CaseFile cf, String language) {
        Report r = analyzeWithoutPlan(cf, language);
        List<Report.PlanStep> plan = Planner.plan(cf, r, kb, hypothetical -> analyzeWithoutPlan(hypothetical, language));
        return new Report(r.caseId(), r.asOf(), r.lawVersion(), r.language(), r.convictions(), r.grounds(), r.goals(), plan,
                r.questions());
    }

    /** The analysis without the plan: what the planner runs on each case a fix would leave. */
    public Report analyzeWithoutPlan(CaseFile cf, String language) {
        return analyzeWithoutPlan(cf, language, true);
    }

    /**
     * The same, for a brief report where {@code sentences} is false: every result is the same, and the
     * explanation and question texts are left empty instead of being written and thrown away.
     */
    public Report analyzeWithoutPlan(CaseFile cf, String language, boolean sentences) {
        Explainer say = new Explainer(kb, language, sentences);
        OffenseClassifier classifier = new OffenseClassifier(kb, say, cf.asOf(), Burden.APPLICANT);
        OffenseClassifier forGovernment = new OffenseClassifier(kb, say, cf.asOf(), Burden.GOVERNMENT);
        List<Report.ConvictionResult> results = new ArrayList<>();
        List<ConvictionAnalysis> analyses = new ArrayList<>();
        for (Conviction c : cf.convictions()) {
            List<Report.PriorReliefResult> relief = new ArrayList<>();
            for (var r : c.priorRelief()) relief.add(PriorReliefEffect.decide(c, r, cf, kb, say));
            Finding isConviction = vacated(ConvictionForImmigration.decide(c, say), relief, say);
            CatalogMatch.Match match = CatalogMatch.find(kb, c);
            SentenceImposed.Term term = SentenceImposed.decide(c, kb.parameter("us.sentence_one_year_days").at(cf.asOf()).asLong(), say);
            PotentialSentence.Potential potential = PotentialSentence.decide(c, kb, match, cf.asOf(), say);
            List<Report.CategoryResult> consequences = new ArrayList<>();
            Map<Category, Finding> byCategory = new java.util.EnumMap<>(Category.class);
            Map<Category, Finding> byCategoryForGovernment = new java.util.EnumMap<>(Category.class);
            boolean burdenCanMatter = OffenseClassifier.burdenCanMatter(c);
            for (Category cat : Category.values()) {
                Finding f = classifier.classify(c, cat, match, term);
                Finding g = burdenCanMatter ? forGovernment.classify(c, cat, match, term) : f;
                if (isConviction.result() == Result.NO) {
                    f = notAConviction(cat, f, isConviction, say);
                    g = f;
                }
                consequences.add(new Report.CategoryResult(cat.id(), f, g.result() == f.result() ? null : g));
                byCategory.put(cat, f);
                byCategoryForGovernment.put(cat, g);
            }
            analyses.add(new ConvictionAnalysis(c, isConviction, term, potential, byCategory, byCategoryForGovernment));
            VehicleContext ctx = new VehicleContext(cf, c, isConviction, kb, say);
            List<VehicleAssessment> vehicles = Vehicles.assess(ctx);
            results.add(new Report.ConvictionResult(c.id(), c.charge().display(), isConviction, term.finding(), potential.finding(),
                    consequences, vehicles, relief));
        }
        List<Ground> decided = Grounds.decide(new GroundContext(cf, analyses, kb, say));
        List<Report.GroundResult> grounds = new ArrayList<>();
        for (Ground g : decided) grounds.add(new Report.GroundResult(g.id(), g.result().id(), g.convictions(), g.explanation()));
        GoalInputs goalInputs = new GoalInputs(cf, analyses, decided, kb, say);
        List<Report.GoalResult> goals = new ArrayList<>();
        for (String g : goalsFor(cf)) goals.add(Goals.decide(g, goalInputs));
        return new Report(cf.id(), cf.asOf(), kb.version(), language, results, grounds, goals, List.of(),
                questions(results, grounds, goals, say, cf));
    }

    /**
     * A conviction vacated by relief that immigration law honours is no longer a conviction: it drops out
     * of the grounds and goals. Relief of uncertain effect leaves it in, as a risk.
     */
    private static Finding vacated(Finding isConviction, List<Report.PriorReliefResult> relief, Explainer say) {
        for (Report.PriorReliefResult r : relief) {
            if (r.immigrationEffect().equals("effective") && Vehicles.remedy(r.type()).equals("vacate_conviction")) {
                return say.finding("us.ina.101_a_48_A.vacated").because(isConviction).because(r.explanation())
                        .cite("bia.pickering_2003").cite(r.explanation().authorities())
                        .conclude(Result.NO, say.say("conviction.vacated", "type", r.type()));
            }
        }
        return isConviction;
    }

    /** The case's goals; where it names none, the two that every noncitizen has. */
    private static List<String> goalsFor(CaseFile cf) {
        if (!cf.goals().isEmpty()) return cf.goals();
        if ("citizen".equals(cf.immigration().status())) return List.of();
        return List.of("avoid_deportability", "avoid_inadmissibility");
    }

    private static Finding notAConviction(Category cat, Finding classified, Finding isConviction, Explainer say) {
        return say.finding(OffenseClassifier.ruleId(cat) + ".no_conviction").because(isConviction).cite(isConviction.authorities())
                .fact("offenseClassification", classified.result().id())
                .conclude(Result.NO, say.say("classify.no_conviction"));
    }

    /** Each missing fact whose answer could change a conclusion, ordered by how many it could change. */
    private List<Report.Question> questions(List<Report.ConvictionResult> results, List<Report.GroundResult> grounds,
                                            List<Report.GoalResult> goals, Explainer say, CaseFile cf) {
        Map<String, List<String>> affects = new LinkedHashMap<>();
        for (Report.GoalResult g : goals) note(affects, g.explanation(), null, g.goal());
        for (Report.GroundResult g : grounds) note(affects, g.explanation(), null, g.ground());
        for (Report.ConvictionResult r : results) {
            note(affects, r.isConviction(), r.id(), "isConviction");
            note(affects, r.potentialSentence(), r.id(), "potentialSentence");
            for (Report.CategoryResult c : r.consequences()) note(affects, c.explanation(), r.id(), c.category());
            for (Report.PriorReliefResult p : r.priorRelief()) note(affects, p.explanation(), r.id(), "priorRelief." + p.type());
            for (VehicleAssessment v : r.vehicles()) {
                if (v.availability().equals("not_available") || v.missingFacts().isEmpty()) continue;
                String conclusion = r.id() + "." + v.vehicle();
                for (String m : v.missingFacts()) affects.computeIfAbsent(m, k -> new ArrayList<>()).add(conclusion);
            }
        }
        // Most decisive first: a fact that decides a goal outranks one that decides only a ground, a
        // category or a vehicle; among equals, the one that decides more conclusions. Each question's rank
        // is counted once, not at every comparison.
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : affects.entrySet()) {
            long decidedGoals = 0;
            for (String a : e.getValue()) if (CaseFileReader.GOALS.contains(a)) decidedGoals++;
            ranked.add(new Ranked(new Report.Question(e.getKey(), prompt(e.getKey(), say, cf), e.getValue()), decidedGoals,
                    e.getValue().size()));
        }
        ranked.sort(MOST_DECISIVE_FIRST);
        List<Report.Question> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) out.add(r.q());
        return out;
    }

    private record Ranked(Report.Question q, long goals, int affected) {}

    private static final java.util.Comparator<Ranked> MOST_DECISIVE_FIRST =
            java.util.Comparator.comparingLong(Ranked::goals).thenComparingInt(Ranked::affected).reversed();

    /** Notes the conclusion {@code owner.part} (or {@code part} where there is no owner) against each fact it awaits. */
    private static void note(Map<String, List<String>> affects, Finding f, String owner, String part) {
        // A settled yes or no cannot be changed by a missing fact; an unknown or unsettled conclusion can
        // (an at-risk goal may turn barred, or clear, once the fact is in). Most are settled: the name is
        // written only for the others.
        if (f.result() != Result.UNKNOWN && f.result() != Result.UNSETTLED) return;
        List<String> missing = f.allMissingFacts();
        if (missing.isEmpty()) return;   // unsettled law awaits no fact
        String conclusion = owner == null ? part : owner + "." + part;
        for (String m : missing) {
            List<String> list = affects.computeIfAbsent(m, k -> new ArrayList<>());
            if (!list.contains(conclusion)) list.add(conclusion);
        }
    }

    private String prompt(String fact, Explainer say, CaseFile cf) {
        if (!say.sentences()) return "";   // a brief report carries no prompts
        String template = fact;
        Map<String, String> args = new LinkedHashMap<>();
        if (fact.startsWith("convictions.")) {
            String rest = fact.substring("convictions.".length());
            String id = rest.substring(0, rest.indexOf('.'));
            template = "conviction." + rest.substring(id.length() + 1);
            args.put("conviction", id);
            for (Conviction c : cf.convictions()) if (c.id().equals(id)) args.put("statute", c.charge().display());
        }
        return kb.question(template).format(say.language(), args);
    }
}
