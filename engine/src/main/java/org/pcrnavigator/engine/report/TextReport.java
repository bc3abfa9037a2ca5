package org.pcrnavigator.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.authority.Authority;

/**
 * Renders a {@link Report} as a short memo for a lawyer: each conviction's consequences and vehicles with
 * the reason for each, the questions still open, and the authorities cited in full. With {@code explain},
 * every explanation tree is printed indented. Stateless and thread-safe.
 */
public final class TextReport {
    private TextReport() {}

    public static String render(Report r, KnowledgeBase kb, boolean explain) {
        StringBuilder s = new StringBuilder();
        Set<String> cited = new LinkedHashSet<>();
        s.append("PCR Navigator analysis").append(r.caseId() == null ? "" : " — " + r.caseId()).append('\n');
        s.append("As of ").append(r.asOf()).append(" · knowledge base ").append(r.lawVersion()).append('\n');
        s.append("A tool for practitioners: it does not replace counsel's judgement. \"Unsettled\" is a risk, not a safe result.\n");
        for (Report.ConvictionResult c : r.convictions()) {
            s.append('\n').append("Conviction ").append(c.id()).append(": ").append(c.statute()).append('\n');
            line(s, "  Conviction for immigration purposes", c.isConviction(), cited, explain);
            line(s, "  A year or more imposed on the count", c.sentence(), cited, explain);
            line(s, "  A year or more could be imposed", c.potentialSentence(), cited, explain);
            s.append("  Consequences:\n");
            for (Report.CategoryResult cr : c.consequences()) {
                line(s, "    " + cr.category().replace('_', ' '), cr.explanation(), cited, explain);
                if (cr.governmentReading() != null) {
                    line(s, "      where the government must prove it", cr.governmentReading(), cited, false);
                }
            }
            List<VehicleAssessment> open = new ArrayList<>();
            List<VehicleAssessment> closed = new ArrayList<>();
            List<VehicleAssessment> notEvaluated = new ArrayList<>();
            for (VehicleAssessment v : c.vehicles()) {
                if (v.explanation().rule().startsWith("vehicle.")) notEvaluated.add(v);
                else if (v.availability().equals("not_available")) closed.add(v);
                else open.add(v);
            }
            s.append("  Vehicles:\n");
            for (VehicleAssessment v : open) {
                line(s, "    " + v.vehicle() + " (" + v.availability().replace('_', ' ') + "; " + v.remedy().replace('_', ' ')
                        + "; immigration effect " + v.immigrationEffect().replace('_', ' ') + ")", v.explanation(), cited, explain);
            }
            for (VehicleAssessment v : closed) line(s, "    " + v.vehicle() + " (not available)", v.explanation(), cited, explain);
            if (!notEvaluated.isEmpty()) {
                List<String> ids = new ArrayList<>();
                for (VehicleAssessment v : notEvaluated) ids.add(v.vehicle());
                s.append("    Not yet evaluated by this version: ").append(String.join(", ", ids)).append('\n');
            }
            for (Report.PriorReliefResult p : c.priorRelief()) {
                line(s, "  Prior relief " + p.type() + " (" + p.immigrationEffect() + ")", p.explanation(), cited, explain);
            }
        }
        if (!r.grounds().isEmpty()) {
            s.append("\nGrounds of removability:\n");
            List<String> notTriggered = new ArrayList<>();
            for (Report.GroundResult g : r.grounds()) {
                if (g.result().equals("no")) {
                    notTriggered.add(kb.message("ground.name." + g.ground()).in(r.language()));
                    collect(g.explanation(), cited);
                    continue;
                }
                line(s, "  " + kb.message("ground.name." + g.ground()).in(r.language()) + (g.convictions().isEmpty() ? "" : " (" + String.join(", ", g.convictions()) + ")"),
                        g.explanation(), cited, explain);
            }
            if (!notTriggered.isEmpty()) {
                s.append("  Not triggered:\n");
                for (String n : notTriggered) s.append("    ").append(n).append('\n');
            }
        }
        if (!r.goals().isEmpty()) {
            s.append("\nGoals:\n");
            for (Report.GoalResult g : r.goals()) line(s, "  " + g.goal().replace('_', ' ') + ": " + g.status(), g.explanation(), cited, explain);
        }
        if (!r.plan().isEmpty()) {
            s.append("\nPlan (each fix checked by analysing the case as it would leave it; vehicles best first):\n");
            for (Report.PlanStep p : r.plan()) {
                s.append("  ").append(p.conviction()).append(": ").append(p.fix().equals("re_plead") ? "re-plead" : p.fix().replace('_', ' '))
                        .append(p.alternative() != null ? " to " + p.alternative() : "")
                        .append(p.unblocks().isEmpty() ? "" : " — clears " + String.join(", ", p.unblocks()).replace('_', ' '))
                        .append(p.improves().isEmpty() ? "" : " — lowers the risk to " + String.join(", ", p.improves()).replace('_', ' '))
                        .append(p.vehicles().isEmpty() ? "; no evaluated vehicle delivers it yet" : "; vehicles: " + String.join(", ", p.vehicles()))
                        .append('\n');
            }
        }
        if (!r.questions().isEmpty()) {
            s.append("\nQuestions that could change a conclusion (most decisive first):\n");
            int i = 1;
            for (Report.Question q : r.questions()) {
                s.append(String.format("  %d. %s%n     (%s; affects %s)%n", i++, q.prompt(), q.fact(), String.join(", ", q.affects())));
            }
        }
        s.append("\nAuthorities cited:\n");
        for (String id : cited) {
            Authority a = kb.authority(id);
            s.append("  [").append(id).append("] ").append(a.citation());
            if (!a.verified()) s.append(" (citation not verified)");
            s.append('\n');
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, Finding f, Set<String> cited, boolean explain) {
        collect(f, cited);
        s.append(label).append(": ").append(f.result().id().toUpperCase()).append(" — ").append(f.text());
        if (!f.authorities().isEmpty()) s.append(" [").append(String.join("; ", f.authorities())).append(']');
        s.append('\n');
        if (explain) {
            for (Finding b : f.because()) tree(s, b, label.length() - label.stripLeading().length() + 4);
        }
    }

    private static void tree(StringBuilder s, Finding f, int indent) {
        s.append(" ".repeat(indent)).append("- ").append(f.rule()).append(": ").append(f.result().id()).append(" — ").append(f.text());
        if (!f.authorities().isEmpty()) s.append(" [").append(String.join("; ", f.authorities())).append(']');
        s.append('\n');
        for (Finding b : f.because()) tree(s, b, indent + 2);
    }

    private static void collect(Finding f, Set<String> cited) {
        cited.addAll(f.authorities());
        for (Finding b : f.because()) collect(b, cited);
    }
}
