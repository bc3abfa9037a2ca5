package org.pcrnavigator.drafting;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.drafting.paper.Paper;
import org.pcrnavigator.drafting.paper.Paper.Block;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.authority.Authority;

/**
 * Builds the letters: the records requests a case file calls for, the memorandum for the immigration court
 * on a vacatur, and the plain-language letter to the client. Like the packets, they only render the case
 * file and the report: which consequences, which goals, which plan and which authorities come from there.
 */
final class LetterComposer {
    private final KnowledgeBase kb;
    private final Templates common;
    private final Templates letters;

    LetterComposer(KnowledgeBase kb, Templates common, Templates letters) {
        this.kb = kb;
        this.common = common;
        this.letters = letters;
    }

    /**
     * One letter to the court clerk and one to prior defense counsel for each conviction; one each to the
     * California DOJ and the FBI; a FOIA request to USCIS; and one to EOIR unless the file says the client
     * has never been in removal proceedings.
     */
    List<PacketComposer.Named> recordsRequests(CaseFile cf, Report report, Attorney a) {
        List<PacketComposer.Named> out = new ArrayList<>();
        for (Conviction c : cf.convictions()) {
            Vars v = vars(cf, c, statute(report, c), a);
            out.add(new PacketComposer.Named("records-clerk-" + c.id(), letter(v, "clerk")));
            out.add(new PacketComposer.Named("records-counsel-" + c.id(), letter(v, "counsel")));
        }
        Vars v = vars(cf, null, null, a);
        out.add(new PacketComposer.Named("records-doj", letter(v, "doj")));
        out.add(new PacketComposer.Named("records-fbi", letter(v, "fbi")));
        out.add(new PacketComposer.Named("records-foia-uscis", letter(v, "foia_uscis")));
        if (!"none".equals(cf.immigration().removalProceedings())) {
            out.add(new PacketComposer.Named("records-foia-eoir", letter(v, "foia_eoir")));
        }
        return out;
    }

    private Vars vars(CaseFile cf, Conviction c, String statute, Attorney a) {
        return Vars.of(cf, c, statute, a, "en", common, letters);
    }

    private static String statute(Report report, Conviction c) {
        for (Report.ConvictionResult r : report.convictions()) if (r.id().equals(c.id())) return r.statute();
        return c.charge() == null ? null : c.charge().display();
    }

    private Paper letter(Vars v, String kind) {
        List<Block> b = new ArrayList<>(head(v, letters));
        for (String t : letters.texts("requests", kind, "to")) b.add(new Paper.Plain(v.fill(t)));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(Paper.BOLD + "Re: " + v.fill(letters.text("requests", kind, "re")) + Paper.BOLD));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain("Dear Sir or Madam:"));
        b.add(new Paper.Blank());
        for (String p : letters.texts("requests", kind, "body")) {
            b.add(new Paper.Plain(v.fill(p)));
            b.add(new Paper.Blank());
        }
        b.add(new Paper.Signature(v.fillAll(letters.texts("closing"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(v.fill(letters.text("requests", kind, "enclosure"))));
        return new Paper(Paper.Kind.LETTER, v.fill(letters.text("requests", kind, "re")), null, b);
    }

    private static List<Block> head(Vars v, Templates t) {
        List<Block> b = new ArrayList<>();
        for (String l : v.fillAll(t.texts("letterhead"))) b.add(new Paper.Plain(l));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(v.fill("{letterDate}")));
        b.add(new Paper.Blank());
        return b;
    }

    /**
     * The memorandum for the immigration court that a conviction was vacated for a legal defect, with the
     * vehicle tree's authorities. Only for a vehicle that vacates the conviction; where the report finds its
     * immigration effect anything but effective, a note to counsel heads the memorandum.
     */
    Paper immigrationMemo(DraftRequest r, Conviction c, Report.ConvictionResult cr, VehicleAssessment va, Templates vehicle) {
        if (!va.remedy().equals("vacate_conviction")) {
            throw new IllegalArgumentException("an immigration-court memorandum on a vacatur needs a vehicle that vacates the conviction; "
                    + va.vehicle() + " would " + va.remedy().replace('_', ' '));
        }
        Vars v = Vars.of(r.caseFile(), c, cr.statute(), r.attorney(), "en", common, letters, vehicle);
        if (letters.has("vehicleName", va.vehicle())) v.put("vehicleName", letters.text("vehicleName", va.vehicle()));
        PacketComposer.addTreeFacts(v, va.explanation(), vehicle);
        List<Block> b = new ArrayList<>(head(v, letters));
        for (String l : v.fillAll(letters.texts("immigration_memo", "caption"))) b.add(l.isEmpty() ? new Paper.Blank() : new Paper.Plain(l));
        b.add(new Paper.Blank());
        b.add(new Paper.Heading(v.fill(letters.text("immigration_memo", "title"))));
        if (!va.immigrationEffect().equals("effective")) {
            Vars ev = v.copy().put("effect", va.immigrationEffect().replace('_', ' '));
            ev.put("effectReason", effectReason(va.explanation()));
            b.add(new Paper.Para(ev.fill(letters.text("immigration_memo", "not_effective"))));
        }
        for (String p : letters.texts("immigration_memo", "paragraphs")) b.add(new Paper.Para(v.fill(p)));
        b.add(new Paper.Blank());
        List<String> cited = new ArrayList<>();
        collect(va.explanation(), cited);
        for (String id : cited) {
            Authority a = kb.authority(id);
            String line = a.citation() + (a.verified() ? "" : " " + Paper.blank(common.text("unverified")));
            b.add(new Paper.Plain(line));
        }
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(v.fillAll(letters.texts("immigration_memo", "signature"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(v.fill(letters.text("immigration_memo", "exhibit"))));
        return new Paper(Paper.Kind.LETTER, letters.text("immigration_memo", "footer"), null, b);
    }

    /** The sentence of the finding under the vehicle that decides its immigration effect, or the vehicle's own. */
    private static String effectReason(Finding root) {
        for (Finding f : root.because()) if (f.rule().startsWith("prior_relief.") && !f.text().isBlank()) return f.text();
        return root.text();
    }

    private static void collect(Finding f, List<String> out) {
        for (String a : f.authorities()) if (!out.contains(a)) out.add(a);
        for (Finding b : f.because()) collect(b, out);
    }

    /**
     * The plain-language letter: each conviction's consequences, each goal's status, the plan's steps with
     * their vehicles, what happens next and the report's open questions (in the report's language, so pass
     * a report analysed in the letter's language).
     */
    static Paper clientLetter(CaseFile cf, Report report, Attorney a, Templates common, Templates client) {
        Vars base = Vars.of(cf, null, null, a, report.language(), common, client);
        List<Block> b = new ArrayList<>(head(base, client));
        b.add(new Paper.Plain(Paper.BOLD + client.text("re") + Paper.BOLD));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(base.fill(client.text("salutation"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Plain(base.fill(client.text("intro"))));
        b.add(new Paper.Blank());
        b.add(new Paper.Heading(client.text("found_heading")));
        b.add(new Paper.Blank());
        String and = client.text("words", "list_and");
        for (Report.ConvictionResult cr : report.convictions()) {
            Conviction c = cf.convictions().stream().filter(x -> x.id().equals(cr.id())).findFirst().orElse(null);
            Vars v = Vars.of(cf, c, cr.statute(), a, report.language(), common, client);
            List<String> cats = new ArrayList<>();
            for (Report.CategoryResult cat : cr.consequences()) {
                if (cat.explanation().result() == Result.YES) cats.add(word(client, "category", cat.category()));
            }
            if (cats.isEmpty()) b.add(new Paper.Plain(v.fill(client.text("conviction_none"))));
            else b.add(new Paper.Plain(v.copy().put("consequences", Vars.joinAnd(cats, and)).fill(client.text("conviction"))));
            b.add(new Paper.Blank());
        }
        for (Report.GoalResult g : report.goals()) {
            String status = client.has("goal", g.status()) ? g.status() : "unknown";
            b.add(new Paper.Plain(base.copy().put("goal", word(client, "goal", g.goal())).fill(client.text("goal", status))));
            b.add(new Paper.Blank());
        }
        b.add(new Paper.Heading(client.text("plan_heading")));
        b.add(new Paper.Blank());
        if (report.plan().isEmpty()) {
            b.add(new Paper.Plain(client.text("plan_none")));
            b.add(new Paper.Blank());
        }
        for (Report.PlanStep p : report.plan()) {
            String statute = report.convictions().stream().filter(x -> x.id().equals(p.conviction())).map(Report.ConvictionResult::statute).findFirst().orElse(p.conviction());
            Vars v = base.copy().put("statute", statute).put("fix", word(client, "fix", p.fix()));
            v.putText("alternative", p.alternative() == null ? "" : Templates.fill(client.text("words", "alternative"), n -> p.alternative()));
            List<String> vehicles = new ArrayList<>();
            for (String id : p.vehicles()) vehicles.add(word(client, "vehicle", id));
            v.put("vehicles", vehicles.isEmpty() ? "—" : String.join("; ", vehicles));
            List<String> helps = new ArrayList<>();
            for (String gid : p.unblocks()) helps.add(word(client, "goal", gid));
            for (String gid : p.improves()) helps.add(word(client, "goal", gid));
            v.put("helps", Vars.joinAnd(helps, and));
            b.add(new Paper.Plain(v.fill(client.text("plan_step"))));
            b.add(new Paper.Blank());
        }
        b.add(new Paper.Heading(client.text("next_heading")));
        b.add(new Paper.Blank());
        for (String n : client.texts("next")) {
            b.add(new Paper.Plain(n));
            b.add(new Paper.Blank());
        }
        if (!report.questions().isEmpty()) {
            b.add(new Paper.Heading(client.text("questions_heading")));
            b.add(new Paper.Blank());
            b.add(new Paper.Plain(client.text("questions_intro")));
            b.add(new Paper.Blank());
            int i = 1;
            for (Report.Question q : report.questions()) {
                b.add(new Paper.Plain(i++ + ". " + q.prompt()));
                b.add(new Paper.Blank());
            }
        }
        b.add(new Paper.Plain(client.text("closing_line")));
        b.add(new Paper.Blank());
        b.add(new Paper.Signature(base.fillAll(client.texts("closing"))));
        return new Paper(Paper.Kind.LETTER, client.text("re"), null, b);
    }

    /** The template's plain word for an id, or the id itself (underscores as spaces) where it has none. */
    private static String word(Templates t, String group, String id) {
        return t.has("words", group, id) ? t.text("words", group, id) : id.replace('_', ' ');
    }
}
