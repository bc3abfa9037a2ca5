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
        List<String> cats = new ArrayList<>();
        for (Report.CategoryResult cat : cr.consequences()) {
            if (cat.explanation().result() == Result.YES) {
                String w = Vars.word(common, "category", cat.category());
                cats.add(w != null ? w : cat.category());
            }
        }
        if (!cats.isEmpty()) v.put("consequences", joinAnd(cats));
        String id = va.vehicle();
        // A vehicle the engine finds open only if facts still missing are established: say so on the first
        // page of the motion and the memorandum, where counsel cannot miss it.
        Paper.Block warning = null;
        if (!va.availability().equals("available")) {
            Vars wv = copyWith(v, "availability", va.availability().replace('_', ' '));
            wv.put("finding", va.explanation().text());
            warning = new Paper.Para(wv.fill(common.text("memo", "vehicle_open")));
        }
        List<Named> out = new ArrayList<>();
        out.add(new Named(id + "-motion", withWarning(motion(v), warning)));
        out.add(new Named(id + "-memorandum", withWarning(memo(v, r.report(), cr, va), warning)));
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
    static void addTreeFacts(Vars v, Finding root, Templates t) {
        List<Finding> all = new ArrayList<>();
        flatten(root, all);
        for (Finding f : all) f.facts().forEach((k, val) -> { if (!v.has(k)) v.putFact(k, val); });
        var names = t.node("defects").fieldNames();
        while (names.hasNext() && !v.has("defect")) {
            String fact = names.next();
            String value = v.get(fact);
            if (value != null && t.has("defects", fact, value)) v.put("defect", v.fill(t.text("defects", fact, value)));
        }
    }

    /**
     * The paragraphs of a template list: each entry is a text, or a choice on a fact
     * ({@code choice: counselAdvice} with a text per value and {@code unknown} for a missing fact; a value
     * with no text and no {@code unknown} entry leaves the paragraph out).
     */
    static List<String> paragraphs(JsonNode list, Vars v) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : list) {
            if (p.isTextual()) {
                out.add(v.fill(p.asText()));
                continue;
            }
            String text = choose(p, v);
            if (text != null) out.add(text);
        }
        return out;
    }

    /**
     * A text, or a choice on a fact: the entry for the fact's value, else {@code other} for a value the
     * choice does not list, else {@code unknown} (also used for a missing fact); null where none applies.
     */
    static String choose(JsonNode p, Vars v) {
        if (p.isTextual()) return v.fill(p.asText());
        String fact = p.path("choice").asText();
        String value = v.get(fact);
        JsonNode text = value != null && p.has(value) ? p.path(value)
                : value != null && p.has("other") ? p.path("other") : p.path("unknown");
        return text.isTextual() ? v.fill(text.asText()) : null;
    }

    private static void flatten(Finding f, List<Finding> out) {
        out.add(f);
        for (Finding b : f.because()) flatten(b, out);
    }

    private Paper.Caption caption(Vars v, String title) {
        List<String> right = new ArrayList<>();
        for (String line : common.texts("caption", "right")) right.add(line.equals("{title}") ? Paper.BOLD + title + Paper.BOLD : v.fill(line));
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
        List<String> paras = paragraphs(vehicle.node("motion"), v);
        for (int i = 0; i < paras.size(); i++) b.add(i == 0 ? new Paper.Plain(paras.get(i)) : new Paper.Para(paras.get(i)));
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
        if (v.has("consequences")) b.add(new Paper.Para(v.fill(common.text("memo", "fact_consequences"))));
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
        Finding root = va.explanation();
        String prefix = root.rule() + ".";
        // The elements argued are the findings under the vehicle's rule that the template names; a vehicle
        // whose rule has no such findings is argued as one element, the rule itself. Other findings under
        // the rule that are not shown (a catalog gap, say) become notes to counsel.
        List<Finding> elements = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (Finding e : root.because()) {
            if (!e.rule().startsWith(prefix)) continue; // premises such as that there is a conviction
            if (vehicle.has("elements", e.rule())) elements.add(e);
            else if (e.result() != Result.YES) notes.add(e);
        }
        if (elements.isEmpty()) elements.add(root);
        for (Finding e : elements) {
            Vars ev = v.copy();
            e.facts().forEach(ev::putFact);
            if (!vehicle.has("elements", e.rule(), "heading")) {
                throw new IllegalStateException("template " + vehicle.name() + " has no heading for element " + e.rule());
            }
            b.add(new Paper.Heading(letter++ + ". " + ev.fill(vehicle.text("elements", e.rule(), "heading"))));
            JsonNode argued = vehicle.node("elements", e.rule(), e.result().id());
            if (argued.isTextual()) {
                b.add(new Paper.Para(ev.fill(argued.asText()) + citations(e)));
            } else if (argued.isArray()) {
                for (JsonNode part : argued) {
                    if (part.has("heading")) b.add(new Paper.Heading(ev.fill(part.path("heading").asText())));
                    String text = choose(part.path("text"), ev);
                    if (text != null) b.add(new Paper.Para(text));
                }
                String cites = citations(e);
                if (!cites.isEmpty()) b.add(new Paper.Para(cites.strip()));
            } else {
                b.add(new Paper.Para(note(v, e)));
            }
        }
        for (Finding e : notes) b.add(new Paper.Para(note(v, e)));
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
        for (String p : paragraphs(veh.node("declaration"), v)) b.add(new Paper.Para(n++ + ". " + p));
        b.add(new Paper.Para(v.fill(com.text("declaration", "jurat"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(com.texts("declaration", "signature"))));
        if (kind == Paper.Kind.LETTER) return new Paper(kind, title, null, b);
        return pleading(v, "declaration", b);
    }

    private Paper order(Vars v) {
        List<Block> b = new ArrayList<>();
        b.add(new Paper.Para(v.fill(vehicle.text("order", "opening"))));
        for (String f : paragraphs(vehicle.node("order", "findings"), v)) b.add(new Paper.Para(f));
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

    private static Paper withWarning(Paper p, Paper.Block warning) {
        if (warning == null) return p;
        List<Block> body = new ArrayList<>();
        body.add(warning);
        body.addAll(p.body());
        return new Paper(p.kind(), p.footerTitle(), p.caption(), body);
    }

    /** The note to counsel for an element the engine did not find shown, with its reason. */
    private String note(Vars v, Finding e) {
        Vars ov = copyWith(v, "result", e.result().id());
        ov.put("finding", e.text());
        return ov.fill(common.text("memo", "element_open"));
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

    private String joinAnd(List<String> items) { return Vars.joinAnd(items, common.text("words", "list_and")); }

    private static Vars copyWith(Vars v, String name, String value) { return v.copy().put(name, value); }
}
