package org.pcrnavigator.app.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.authority.Authority;

/**
 * A client's analysis as the analysis page shows it: the report, with the knowledge base at hand to
 * cite each authority in full. Adds no conclusions of its own.
 */
public record AnalysisView(String clientId, String clientName, Report report, KnowledgeBase kb) {
    /** The full citation of an authority id, marked where it is not verified. */
    public String citation(String id) {
        Authority a = kb.authority(id);
        return a.citation();
    }

    public String url(String id) { return kb.authority(id).url(); }

    public boolean verified(String id) { return kb.authority(id).verified(); }

    /** The goals in the order the page lists them: barred, at risk, unknown, clear. */
    public List<Report.GoalResult> goalsByUrgency() {
        List<Report.GoalResult> out = new ArrayList<>();
        for (String s : List.of("barred", "at_risk", "unknown", "clear")) {
            for (Report.GoalResult g : report.goals()) if (g.status().equals(s)) out.add(g);
        }
        for (Report.GoalResult g : report.goals()) if (!out.contains(g)) out.add(g);
        return out;
    }

    /** Every authority the report cites, in order of first citation. */
    public List<String> authoritiesCited() {
        Set<String> ids = new LinkedHashSet<>();
        for (Report.GoalResult g : report.goals()) collect(g.explanation(), ids);
        for (Report.GroundResult g : report.grounds()) collect(g.explanation(), ids);
        for (Report.ConvictionResult c : report.convictions()) {
            for (Report.CategoryResult k : c.consequences()) collect(k.explanation(), ids);
            c.vehicles().forEach(v -> collect(v.explanation(), ids));
        }
        return new ArrayList<>(ids);
    }

    private static void collect(Finding f, Set<String> ids) {
        if (f == null) return;
        ids.addAll(f.authorities());
        f.because().forEach(b -> collect(b, ids));
    }
}
