package org.pcrnavigator.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.drafting.paper.Paper;
import org.pcrnavigator.drafting.paper.Paper.Block;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.authority.Authority;

/**
 * Builds the papers of one filing packet from the vehicle's template and the engine's explanation tree:
 * the notice of motion, the memorandum (an argument for each element the tree holds, with the tree's
 * authorities), the client's declaration (English, and a Spanish reading copy when asked), the proposed
 * order (the subdivision and the defect found) and the proof of service. No legal judgement is made here:
 * which elements, whether each is shown and what is cited all come from the report.
 */
final class PacketComposer {
    /** A paper and the stem of its file name. */
    record Named(String stem, Paper paper) {}

    private final KnowledgeBase kb;
    private final Templates common;
    private final Templates vehicle;
    private final Templates commonEs;
    private final Templates vehicleEs;

    PacketComposer(KnowledgeBase kb, Templates common, Templates vehicle, Templates commonEs, Templates vehicleEs) {
        this.kb = kb;
        this.common = common;
        this.vehicle = vehicle;
        this.commonEs = commonEs;
        this.vehicleEs = vehicleEs;
    }

    List<Named> compose(DraftRequest r, Conviction c, Report.ConvictionResult cr, VehicleAssessment va) {
        Vars v = Vars.of(r.caseFile(), c, cr.statute(), r.attorney(), "en", common, vehicle);
        addTreeFacts(v, va.explanation(), vehicle);
        String id = va.vehicle();
        List<Named> out = new ArrayList<>();
        out.add(new Named(id + "-motion", motion(v)));
        out.add(new Named(id + "-memorandum", memo(v, r.report(), cr, va)));
        out.add(new Named(id + "-declaration", declaration(v, common, vehicle, Paper.Kind.PLEADING)));
        if (r.lang().equals("es")) {
            Vars es = Vars.of(r.caseFile(), c, cr.statute(), r.attorney(), "es", commonEs, vehicleEs);
            addTreeFacts(es, va.explanation(), vehicleEs);
            out.add(new Named(id + "-declaration-es", declaration(es, commonEs, vehicleEs, Paper.Kind.LETTER)));
        }
        out.add(new Named(id + "-proposed-order", order(v)));
        out.add(new Named(id + "-proof-of-service", proof(v)));
        return out;
    }

    /**
     * The facts every finding of the tree used (e.g. counselAdvice), and the defect the vehicle's template
     * words for them: the error named in the order is the one the engine's finding rests on.
     */
    private static void addTreeFacts(Vars v, Finding root, Templates t) {
        List<Finding> all = new ArrayList<>();
        flatten(root, all);
        JsonNode defects = t.node("defects");
        for (Finding f : all) {
            f.facts().forEach((k, val) -> {
                if (defects.has(k) && t.has("defects", k, val) && !v.has("defect")) v.put("defect", v.fill(t.text("defects", k, val)));
                if (!v.has(k)) v.putFact(k, val);
            });
        }
    }

    private static void flatten(Finding f, List<Finding> out) {
        out.add(f);
        for (Finding b : f.because()) flatten(b, out);
    }

    private Paper.Caption caption(Vars v, String title) {
        Vars withTitle = v;
        List<String> right = new ArrayList<>();
        for (String line : common.texts("caption", "right")) right.add(line.equals("{title}") ? Paper.BOLD + title + Paper.BOLD : withTitle.fill(line));
        return new Paper.Caption(v.fillAll(common.texts("attorney")), v.fillAll(common.texts("court")),
                v.fillAll(common.texts("caption", "left")), right);
    }

    private Paper pleading(Vars v, String kind, List<Block> body) {
        String title = v.fill(vehicle.text("titles", kind));
        String footer = v.fill(vehicle.has("footers", kind) ? vehicle.text("footers", kind) : common.text(kind, "title"));
        return new Paper(Paper.Kind.PLEADING, footer, caption(v, title), body);
    }

    private Paper motion(Vars v) {
        List<Block> b = new ArrayList<>();
        List<String> paras = vehicle.texts("motion");
        for (int i = 0; i < paras.size(); i++) b.add(i == 0 ? new Paper.Plain(v.fill(paras.get(i))) : new Paper.Para(v.fill(paras.get(i))));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(common.texts("signature"))));
        return pleading(v, "motion", b);
    }

    private Paper memo(Vars v, Report report, Report.ConvictionResult cr, VehicleAssessment va) {
        List<Block> b = new ArrayList<>();
        b.add(new Paper.Heading("I. " + common.text("memo", "introduction_heading")));
        b.add(new Paper.Para(v.fill(vehicle.text("memo", "introduction"))));
        b.add(new Paper.Heading("II. " + common.text("memo", "facts_heading")));
        b.add(new Paper.Para(v.fill(common.text("memo", "fact_plea"))));
        if (v.has("sentence")) b.add(new Paper.Para(v.fill(common.text("memo", "fact_sentence"))));
        b.add(new Paper.Para(v.fill(common.text("memo", "fact_person"))));
        if (v.has("family")) b.add(new Paper.Para(v.fill(common.text("memo", "fact_family"))));
        if (v.has("employment")) b.add(new Paper.Para(v.fill(common.text("memo", "fact_employment"))));
        if (v.has("rehabilitation")) b.add(new Paper.Para(v.fill(common.text("memo", "fact_rehabilitation"))));
        List<String> cats = new ArrayList<>();
        for (Report.CategoryResult cat : cr.consequences()) {
            if (cat.explanation().result() == Result.YES) {
                String w = Vars.word(common, "category", cat.category());
                cats.add(w != null ? w : cat.category());
            }
        }
        if (!cats.isEmpty()) {
            Vars cv = copyWith(v, "consequences", joinAnd(cats));
            b.add(new Paper.Para(cv.fill(common.text("memo", "fact_consequences"))));
        }
        for (Report.GoalResult g : report.goals()) {
            String status = Vars.word(common, "goalStatus", g.status());
            if (status == null || !g.blockers().contains(cr.id())) continue;
            Vars gv = copyWith(v, "goalStatus", status);
            gv.put("goal", g.goal().replace('_', ' '));
            b.add(new Paper.Para(gv.fill(common.text("memo", "fact_goal"))));
        }
        b.add(new Paper.Heading("III. " + common.text("memo", "argument_heading")));
        char letter = 'A';
        b.add(new Paper.Heading(letter++ + ". " + common.text("memo", "law_heading")));
        b.add(new Paper.Para(v.fill(vehicle.text("memo", "law"))));
        for (String id : va.explanation().authorities()) b.add(new Paper.Plain(authorityLine(id)));
        String prefix = va.explanation().rule() + ".";
        for (Finding e : va.explanation().because()) {
            if (!e.rule().startsWith(prefix)) continue; // the tree's other children are premises (e.g. that there is a conviction)
            Vars ev = copy(v);
            e.facts().forEach(ev::putFact);
            String heading = vehicle.has("elements", e.rule(), "heading") ? ev.fill(vehicle.text("elements", e.rule(), "heading")) : e.rule();
            b.add(new Paper.Heading(letter++ + ". " + heading));
            String key = e.result().id();
            if (vehicle.has("elements", e.rule(), key)) {
                b.add(new Paper.Para(ev.fill(vehicle.text("elements", e.rule(), key)) + citations(e)));
            } else {
                Vars ov = copyWith(v, "result", e.result().id());
                ov.put("finding", e.text());
                b.add(new Paper.Para(ov.fill(common.text("memo", "element_open"))));
            }
        }
        b.add(new Paper.Heading("IV. " + common.text("memo", "conclusion_heading")));
        b.add(new Paper.Para(v.fill(vehicle.text("memo", "conclusion"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(common.texts("signature"))));
        return pleading(v, "memo", b);
    }

    private Paper declaration(Vars v, Templates com, Templates veh, Paper.Kind kind) {
        List<Block> b = new ArrayList<>();
        String title = v.fill(veh.text("titles", "declaration"));
        if (kind == Paper.Kind.LETTER) {
            b.add(new Paper.Heading(title));
            b.add(new Paper.Plain(v.fill(com.text("declaration", "reading_copy"))));
            b.add(new Paper.Blank());
        }
        b.add(new Paper.Plain(v.fill(com.text("declaration", "opening"))));
        int n = 1;
        for (JsonNode p : veh.node("declaration")) {
            String text;
            if (p.isTextual()) {
                text = p.asText();
            } else {
                String fact = p.path("choice").asText();
                String value = v.has(fact) ? v.get(fact) : "unknown";
                text = p.has(value) ? p.path(value).asText() : p.path("unknown").asText();
            }
            b.add(new Paper.Para(n++ + ". " + v.fill(text)));
        }
        b.add(new Paper.Para(v.fill(com.text("declaration", "jurat"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(com.texts("declaration", "signature"))));
        if (kind == Paper.Kind.LETTER) return new Paper(kind, title, null, b);
        return pleading(v, "declaration", b);
    }

    private Paper order(Vars v) {
        List<Block> b = new ArrayList<>();
        b.add(new Paper.Para(v.fill(vehicle.text("order", "opening"))));
        for (String f : vehicle.texts("order", "findings")) b.add(new Paper.Para(v.fill(f)));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(common.texts("order", "signature"))));
        return pleading(v, "order", b);
    }

    private Paper proof(Vars v) {
        List<String> docs = new ArrayList<>();
        for (String k : List.of("motion", "memo", "declaration", "order")) docs.add(v.fill(vehicle.text("titles", k)));
        Vars pv = copyWith(v, "documents", String.join("; ", docs));
        List<Block> b = new ArrayList<>();
        for (String p : common.texts("proof", "paragraphs")) b.add(new Paper.Para(pv.fill(p)));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(pv.fillAll(common.texts("proof", "signature"))));
        return new Paper(Paper.Kind.PLEADING, v.fill(vehicle.text("footers", "proof")), caption(v, common.text("proof", "title")), b);
    }

    /** "(See A; B.)" for the finding's authorities, each as the knowledge base cites it. */
    private String citations(Finding f) {
        if (f.authorities().isEmpty()) return "";
        List<String> cites = new ArrayList<>();
        for (String id : f.authorities()) cites.add(cite(id));
        return " (See " + String.join("; ", cites) + ".)";
    }

    private String cite(String id) {
        Authority a = kb.authority(id);
        return a.verified() ? a.citation() : a.citation() + " " + Paper.blank(common.text("unverified"));
    }

    private String authorityLine(String id) {
        Authority a = kb.authority(id);
        String holding = a.holding() == null ? "" : a.holding().strip();
        if (holding.endsWith(".")) holding = holding.substring(0, holding.length() - 1);
        String citation = cite(id);
        String h = holding;
        return Templates.fill(common.text("memo", "authority_line"), n -> n.equals("citation") ? citation : h);
    }

    private String joinAnd(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + common.text("words", "list_and") + items.get(items.size() - 1);
    }

    private static Vars copy(Vars v) { return v.copy(); }

    private static Vars copyWith(Vars v, String name, String value) { return v.copy().put(name, value); }
}
