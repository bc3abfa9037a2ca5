package org.pcrnavigator.engine.vehicles.pc1473_7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.NewEvidence;
import org.pcrnavigator.engine.casefile.PriorRelief;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.relief.PriorReliefEffect;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.Availability;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to vacate under PC 1473.7(a)(2) (newly discovered evidence of actual innocence)
 * is open now: the statute in force, a conviction, the movant out of criminal custody on it, and new
 * evidence of innocence on file. The motion must be brought without undue delay after discovery, a
 * judgment the court makes, so no fixed closing day is computed. Whether immigration law honours the
 * vacatur is decided as for a granted (a)(2) order ({@link PriorReliefEffect}): uncertain after
 * De Jesus-Platon.
 */
public final class Pc1473_7A2Vacatur {
    public static final String VEHICLE = "pc1473_7_a2";
    public static final String RULE = "ca.pc.1473_7.a_2";

    private Pc1473_7A2Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        NewEvidence ev = c.newEvidence();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1473_7").fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("newEvidence", ev == null ? null : ev.kind()).fact("discoveredDate", ev == null ? null : ev.discoveredDate())
                .because(ctx.isConviction());
        Report.PriorReliefResult grant = grantEffect(ctx, VEHICLE);
        String effect = grant.immigrationEffect();
        f.because(grant.explanation());
        List<String> missing = new ArrayList<>();
        LocalDate operative = ctx.dateParameter("ca.pc1473_7.operative_date");
        if (ctx.asOf().isBefore(operative)) {
            return result(f.cite("ca.stats.2016.ab813").conclude(Result.NO,
                    ctx.say().say("pc1473_7.not_yet_in_force", "date", operative)), "not_available", effect, missing);
        }
        if (ctx.isConviction().result() == Result.NO) {
            return result(f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", effect, missing);
        }
        if (c.inCriminalCustody() == Tri.YES) {
            f.cite("ca.stats.2018.ab2867", "calapp.cruz_lopez_2018", "ca.pc.1473");
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_7_a2.in_custody")), "not_available", effect, missing);
        }
        if (ev != null && "none".equals(ev.kind())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_7_a2.no_new_evidence")), "not_available", effect, missing);
        }
        if (ev != null && ev.kind() != null && !"innocence".equals(ev.kind())) {
            return result(f.conclude(Result.NO, ctx.say().say("pc1473_7_a2.other_evidence", "kind", ev.kind())),
                    "not_available", effect, missing);
        }
        Result open = Result.YES;
        String key = "pc1473_7_a2.available";
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            open = Result.UNKNOWN;
            key = "pc1473_7_a2.custody_unknown";
        }
        if (ev == null || ev.kind() == null) {
            f.missing(c.factPath("newEvidence.kind"));
            if (open == Result.YES) key = "pc1473_7_a2.evidence_unknown";
            open = Result.UNKNOWN;
        }
        // Undue delay runs from discovery: the date is what the court weighs, so it is worth asking.
        // Asked only once evidence is on file: the date matters only then.
        if (ev != null && ev.discoveredDate() == null) missing.add(c.factPath("newEvidence.discoveredDate"));
        if (Availability.deniedBefore(c, VEHICLE, f) != null && open == Result.YES) {
            open = Result.UNSETTLED;
            key = "pc1473_7_a2.successive";
        }
        String availability = Availability.word(open);
        Finding finding = f.conclude(open, ctx.say().say(key));
        missing.addAll(0, finding.missingFacts());
        return result(finding, availability, effect, missing);
    }

    /**
     * The immigration effect a grant of {@code vehicle} would have: the decision {@link PriorReliefEffect}
     * makes for such an order already granted (the same law: Pickering, De Jesus-Platon).
     */
    static Report.PriorReliefResult grantEffect(VehicleContext ctx, String vehicle) {
        return PriorReliefEffect.decide(ctx.conviction(), new PriorRelief(vehicle, null, null, null, Tri.UNKNOWN),
                ctx.caseFile(), ctx.kb(), ctx.say());
    }

    private static VehicleAssessment result(Finding f, String availability, String effect, List<String> missing) {
        return new VehicleAssessment(VEHICLE, availability, effect, "vacate_conviction", f, missing);
    }
}
