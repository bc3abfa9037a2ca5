package org.pcrnavigator.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * Renders a {@link Report} as the {@code pcr-analysis/1} JSON of the case format, full (with explanation
 * trees and prompts) or brief (every result value, no explanations). Stateless and thread-safe.
 */
public final class JsonReport {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private JsonReport() {}

    public static String render(Report r, boolean brief, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(toMap(r, brief));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }

    public static Map<String, Object> toMap(Report r, boolean brief) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", Report.FORMAT);
        if (r.caseId() != null) m.put("caseId", r.caseId());
        m.put("asOf", r.asOf().toString());
        m.put("lawVersion", r.lawVersion());
        List<Object> convictions = new ArrayList<>();
        for (Report.ConvictionResult c : r.convictions()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("statute", c.statute());
            cm.put("isConviction", c.isConviction().result().id());
            if (!brief) cm.put("isConvictionExplanation", tree(c.isConviction()));
            cm.put("sentence", withExplanation(Map.of("result", c.sentence().result().id()), c.sentence(), brief));
            cm.put("potentialSentence", withExplanation(Map.of("oneYearOrMore", c.potentialSentence().result().id()),
                    c.potentialSentence(), brief));
            List<Object> cons = new ArrayList<>();
            for (Report.CategoryResult cr : c.consequences()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("category", cr.category());
                x.put("result", cr.explanation().result().id());
                if (cr.governmentReading() != null) x.put("resultWhereGovernmentMustProve", cr.governmentReading().result().id());
                if (!brief) x.put("explanation", tree(cr.explanation()));
                cons.add(x);
            }
            cm.put("consequences", cons);
            List<Object> vehicles = new ArrayList<>();
            for (VehicleAssessment v : c.vehicles()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("vehicle", v.vehicle());
                x.put("availability", v.availability());
                x.put("immigrationEffect", v.immigrationEffect());
                x.put("remedy", v.remedy());
                if (v.availableUntil() != null) x.put("availableUntil", v.availableUntil().toString());
                if (!brief) x.put("explanation", tree(v.explanation()));
                x.put("missingFacts", v.missingFacts());
                vehicles.add(x);
            }
            cm.put("vehicles", vehicles);
            List<Object> relief = new ArrayList<>();
            for (Report.PriorReliefResult p : c.priorRelief()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("type", p.type());
                x.put("immigrationEffect", p.immigrationEffect());
                if (!brief) x.put("explanation", tree(p.explanation()));
                relief.add(x);
            }
            cm.put("priorRelief", relief);
            convictions.add(cm);
        }
        m.put("convictions", convictions);
        List<Object> grounds = new ArrayList<>();
        for (Report.GroundResult g : r.grounds()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("ground", g.ground());
            x.put("result", g.result());
            x.put("convictions", g.convictions());
            if (!brief) x.put("explanation", tree(g.explanation()));
            grounds.add(x);
        }
        m.put("grounds", grounds);
        List<Object> goals = new ArrayList<>();
        for (Report.GoalResult g : r.goals()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("goal", g.goal());
            x.put("status", g.status());
            x.put("blockers", g.blockers());
            if (!brief) x.put("explanation", tree(g.explanation()));
            goals.add(x);
        }
        m.put("goals", goals);
        List<Object> plan = new ArrayList<>();
        for (Report.PlanStep p : r.plan()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("conviction", p.conviction());
            x.put("fix", p.fix());
            if (p.alternative() != null) x.put("alternative", p.alternative());
            x.put("unblocks", p.unblocks());
            if (!p.improves().isEmpty()) x.put("improves", p.improves());
            x.put("vehicles", p.vehicles());
            plan.add(x);
        }
        m.put("plan", plan);
        List<Object> questions = new ArrayList<>();
        for (Report.Question q : r.questions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fact", q.fact());
            if (!brief) x.put("prompt", q.prompt());
            x.put("affects", q.affects());
            questions.add(x);
        }
        m.put("questions", questions);
        return m;
    }

    private static Map<String, Object> withExplanation(Map<String, Object> base, Finding f, boolean brief) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        if (!brief) m.put("explanation", tree(f));
        return m;
    }

    /** The explanation tree of the case format: rule, result, text, facts, authorities, because. */
    public static Map<String, Object> tree(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("result", f.result().id());
        m.put("text", f.text());
        m.put("facts", f.facts());
        m.put("authorities", f.authorities());
        List<Object> because = new ArrayList<>();
        for (Finding b : f.because()) because.add(tree(b));
        m.put("because", because);
        if (!f.missingFacts().isEmpty()) m.put("missingFacts", f.missingFacts());
        return m;
    }
}
