package org.pcrnavigator.engine.vehicles.pc1473_6;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.NewEvidence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.FilingWindow;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to vacate a judgment under PC 1473.6 (newly discovered evidence of fraud, false
 * testimony or fabricated evidence by a government official) is open now: a judgment, the movant no longer
 * imprisoned or restrained on it (probation and parole are restraint), new evidence of official misconduct
 * on file, and the motion filed within the window after discovery (availableUntil). A vacatur for official
 * fraud or fabricated evidence rests on a substantive defect (Pickering), so it counts when the order
 * states the ground found.
 */
public final class Pc1473_6Vacatur {
    public static final String VEHICLE = "pc1473_6";
    public static final String RULE = "ca.pc.1473_6";

    private Pc1473_6Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        NewEvidence ev = c.newEvidence();
        long months = ctx.kb().parameter("ca.pc1473_6.filing_window_months").at(ctx.asOf()).asLong();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1473_6", "bia.pickering_2003", "bia.azrag_2024")
                .fact("inCriminalCustody", c.inCriminalCustody().id()).fact("newEvidence", ev == null ? null : ev.kind())
                .fact("discoveredDate", ev == null ? null : ev.discoveredDate()).because(ctx.isConviction());
        List<String> missing = new ArrayList<>();
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", missing, null);
        }
        if (c.judgmentPending()) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_6.no_judgment")), "not_available", missing, null);
        }
        if (c.inCriminalCustody() == Tri.YES) {
            f.cite("calapp.cruz_lopez_2018", "ca.pc.1473");
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_6.in_custody")), "not_available", missing, null);
        }
        if (ev != null && "none".equals(ev.kind())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_6.no_new_evidence")), "not_available", missing, null);
        }
        if (ev != null && ev.kind() != null && !"official_misconduct".equals(ev.kind())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_6.other_evidence", "kind", ev.kind())),
                    "not_available", missing, null);
        }
        LocalDate until = null;
        Result window = Result.UNKNOWN;
        Finding.Builder w = ctx.say().finding(RULE + ".window").cite("ca.pc.1473_6").fact("months", months);
        Finding windowFinding;
        if (ev == null || ev.discoveredDate() == null) {
            // The date is asked once evidence is on file; before that, the kind is the question.
            if (ev != null) w.missing(c.factPath("newEvidence.discoveredDate"));
            windowFinding = w.conclude(Result.UNKNOWN, ctx.say().say("pc1473_6.discovery_unknown", "months", months));
        } else {
            FilingWindow fw = FilingWindow.of(ev.discoveredDate(), months, ctx.asOf());
            w.fact("discoveredDate", ev.discoveredDate()).fact("lastDay", fw.earliestLastDay());
            window = fw.open();
            if (window == Result.NO) {
                windowFinding = w.conclude(Result.NO, ctx.say().say("pc1473_6.window_closed", "months", months,
                        "discovered", ev.discoveredDate(), "until", fw.latestLastDay()));
                return result(f.because(windowFinding).conclude(Result.NO, windowFinding.text()), "not_available", missing, null);
            }
            if (window == Result.YES) {
                until = fw.lastDay();
                windowFinding = w.conclude(Result.YES, ctx.say().say("pc1473_6.window_open", "months", months,
                        "discovered", ev.discoveredDate(), "until", until));
            } else {
                windowFinding = w.missing(c.factPath("newEvidence.discoveredDate")).conclude(Result.UNKNOWN,
                        ctx.say().say("pc1473_6.window_straddles", "months", months, "discovered", ev.discoveredDate(),
                                "from", fw.earliestLastDay(), "to", fw.latestLastDay()));
            }
        }
        f.because(windowFinding);
        Result open = window;
        String key = "pc1473_6.available";
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            open = open.and(Result.UNKNOWN);
        }
        if (ev == null || ev.kind() == null) {
            f.missing(c.factPath("newEvidence.kind"));
            open = open.and(Result.UNKNOWN);
        }
        // The window's last day still holds while other facts are asked.
        if (open != Result.YES) key = "pc1473_6.facts_unknown";
        String availability = open == Result.YES ? "available" : "unknown";
        Finding finding = f.conclude(open, ctx.say().say(key, "months", months));
        missing.addAll(0, finding.allMissingFacts());
        return result(finding, availability, missing, until);
    }

    private static VehicleAssessment result(Finding f, String availability, List<String> missing, LocalDate until) {
        return new VehicleAssessment(VEHICLE, availability, "effective", "vacate_conviction", f, missing, until);
    }
}
