package org.pcrnavigator.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.pcrnavigator.drafting.paper.Paper;
import org.pcrnavigator.drafting.paper.PleadingDocx;
import org.pcrnavigator.drafting.paper.PleadingPdf;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * Drafts court papers from what the engine concluded: the filing packet of a vehicle on California pleading
 * paper (PDF and DOCX). Templates and fonts are read once, in the constructor; after that a Drafter is
 * immutable and safe to share between threads (the web workbench keeps one).
 */
public final class Drafter {
    /** The vehicles with a packet template, in the report format's order. */
    static final List<String> PACKET_VEHICLES = List.of("pc1473_7_a1", "pc1016_5", "pc1018", "pc17b", "pc1203_43", "pc1170_18", "hs11361_8");

    private final KnowledgeBase kb;
    private final Templates commonEn;
    private final Templates commonEs;
    private final Map<String, Templates> vehiclesEn = new LinkedHashMap<>();
    private final Map<String, Templates> vehiclesEs = new LinkedHashMap<>();
    private final Templates letters;
    private final Map<String, Templates> client = new LinkedHashMap<>();

    public Drafter(KnowledgeBase kb) {
        this.kb = kb;
        this.commonEn = Templates.load("common", "en");
        this.commonEs = Templates.load("common", "es");
        for (String v : PACKET_VEHICLES) {
            vehiclesEn.put(v, Templates.load("vehicles/" + v, "en"));
            vehiclesEs.put(v, Templates.load("vehicles/" + v, "es"));
        }
        this.letters = Templates.load("letters", "en");
        client.put("en", Templates.load("client", "en"));
        client.put("es", Templates.load("client", "es"));
        org.pcrnavigator.drafting.paper.Typeface.REGULAR.has('a'); // read the fonts now, not on the first request
    }

    /**
     * The filing packet for one conviction and vehicle: notice of motion and motion, memorandum of points
     * and authorities, the client's declaration (and a Spanish reading copy when {@code lang} is "es"),
     * proposed order and proof of service, each as PDF and DOCX.
     *
     * @throws IllegalArgumentException for an unknown conviction, a vehicle without a template, or a
     *     vehicle the report found not available for this conviction
     */
    public List<DraftFile> packet(DraftRequest r) {
        return files(papers(r));
    }

    /** The papers of a packet before rendering: what the golden text and the tests read. */
    List<PacketComposer.Named> papers(DraftRequest r) {
        Conviction c = conviction(r.caseFile(), r.convictionId());
        Report.ConvictionResult cr = convictionResult(r.report(), r.convictionId());
        VehicleAssessment va = openVehicle(r, cr);
        return new PacketComposer(kb, commonEn, vehiclesEn.get(r.vehicleId()), commonEs, vehiclesEs.get(r.vehicleId()))
                .compose(r, c, cr, va);
    }

    /** The request's vehicle, which must have a template and not be found closed for the conviction. */
    private VehicleAssessment openVehicle(DraftRequest r, Report.ConvictionResult cr) {
        List<String> draftable = draftableVehicles(r.report(), r.convictionId());
        if (r.vehicleId() == null || !vehiclesEn.containsKey(r.vehicleId())) {
            throw new IllegalArgumentException("no packet template for vehicle '" + r.vehicleId() + "'; templates exist for: "
                    + String.join(", ", vehiclesEn.keySet()) + " (draftable for " + r.convictionId() + ": "
                    + (draftable.isEmpty() ? "none" : String.join(", ", draftable)) + ")");
        }
        VehicleAssessment va = cr.vehicles().stream().filter(x -> x.vehicle().equals(r.vehicleId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no assessment of " + r.vehicleId() + " for " + r.convictionId()));
        if (va.availability().equals("not_available")) {
            throw new IllegalArgumentException("vehicle " + r.vehicleId() + " is not available for conviction " + r.convictionId()
                    + ": " + va.explanation().text() + " (draftable: " + (draftable.isEmpty() ? "none" : String.join(", ", draftable)) + ")");
        }
        return va;
    }

    /**
     * Records requests, each a letter ready to sign (PDF and DOCX): for each conviction the superior court
     * clerk (docket, minute orders, plea form, charging document, the reporter's name) and prior defense
     * counsel's file; the California DOJ record review; the FBI Identity History Summary; FOIA requests for
     * the immigration file to USCIS and, unless the file says there were never removal proceedings, EOIR.
     * The letters go to agencies and are in English.
     */
    public List<DraftFile> recordsRequests(CaseFile cf, Report report, Attorney a) {
        return files(new LetterComposer(kb, commonEn, letters).recordsRequests(cf, report, a == null ? Attorney.NONE : a));
    }

    /**
     * The memorandum for the immigration court that the conviction was vacated for a legal defect, with the
     * vehicle tree's authorities and the order to attach as Exhibit A (in English).
     *
     * @throws IllegalArgumentException as {@link #packet}, and for a vehicle that does not vacate the conviction
     */
    public List<DraftFile> immigrationMemo(DraftRequest r) {
        Conviction c = conviction(r.caseFile(), r.convictionId());
        Report.ConvictionResult cr = convictionResult(r.report(), r.convictionId());
        VehicleAssessment va = openVehicle(r, cr);
        Paper memo = new LetterComposer(kb, commonEn, letters).immigrationMemo(r, c, cr, va, vehiclesEn.get(r.vehicleId()));
        return files(List.of(new PacketComposer.Named(va.vehicle() + "-immigration-memo", memo)));
    }

    /**
     * The plain-language letter to the client in {@code lang} ("en" or "es"): what the analysis found, the
     * plan, what happens next and the open questions. The questions are the report's, so the report must have
     * been analysed in the same language.
     */
    public List<DraftFile> clientLetter(CaseFile cf, Report report, Attorney a, String lang) {
        Templates t = client.get(lang);
        if (t == null) throw new IllegalArgumentException("lang must be en or es, not '" + lang + "'");
        if (!report.language().equals(lang)) {
            throw new IllegalArgumentException("the report is in '" + report.language() + "'; analyse the case in '" + lang
                    + "' for a client letter in that language (its questions come from the report)");
        }
        Paper letter = LetterComposer.clientLetter(cf, report, a == null ? Attorney.NONE : a, lang.equals("es") ? commonEs : commonEn, t);
        return files(List.of(new PacketComposer.Named("client-letter-" + lang, letter)));
    }

    /**
     * The vehicles of a conviction that have a packet template and that the report does not find closed
     * (available or still unknown), in the report's order: what the drafts page offers.
     *
     * @throws IllegalArgumentException for an unknown conviction id
     */
    public List<String> draftableVehicles(Report report, String convictionId) {
        List<String> out = new ArrayList<>();
        for (VehicleAssessment v : convictionResult(report, convictionId).vehicles()) {
            if (vehiclesEn.containsKey(v.vehicle()) && !v.availability().equals("not_available")) out.add(v.vehicle());
        }
        return out;
    }

    private static List<DraftFile> files(List<PacketComposer.Named> papers) {
        List<DraftFile> out = new ArrayList<>();
        for (PacketComposer.Named n : papers) {
            out.add(new DraftFile(n.stem() + ".pdf", DraftFile.PDF, PleadingPdf.render(n.paper())));
            out.add(new DraftFile(n.stem() + ".docx", DraftFile.DOCX, PleadingDocx.render(n.paper())));
        }
        return out;
    }

    private static Conviction conviction(org.pcrnavigator.engine.casefile.CaseFile cf, String id) {
        for (Conviction c : cf.convictions()) if (c.id().equals(id)) return c;
        throw new IllegalArgumentException("no conviction '" + id + "' in case " + cf.id() + "; convictions: "
                + String.join(", ", cf.convictions().stream().map(Conviction::id).toList()));
    }

    private static Report.ConvictionResult convictionResult(Report report, String id) {
        for (Report.ConvictionResult c : report.convictions()) if (c.id().equals(id)) return c;
        throw new IllegalArgumentException("no conviction '" + id + "' in the report of case " + report.caseId() + "; convictions: "
                + String.join(", ", report.convictions().stream().map(Report.ConvictionResult::id).toList()));
    }

    static Paper paperOf(List<PacketComposer.Named> papers, String stemSuffix) {
        for (PacketComposer.Named n : papers) if (n.stem().endsWith(stemSuffix)) return n.paper();
        throw new IllegalArgumentException("no paper " + stemSuffix);
    }
}
