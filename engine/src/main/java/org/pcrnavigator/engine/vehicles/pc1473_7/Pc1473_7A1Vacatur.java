package org.pcrnavigator.engine.vehicles.pc1473_7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether a motion to vacate under PC 1473.7(a)(1) (prejudicial error damaging the ability to
 * understand, defend against or knowingly accept immigration consequences) is open now: the statute in
 * force, the movant out of criminal custody on this conviction, and, for a conviction after trial, the
 * 2022 extension. Its vacatur rests on a legal defect, so immigration law honours it when the order names
 * (a)(1) and the error found.
 */
public final class Pc1473_7A1Vacatur {
    public static final String VEHICLE = "pc1473_7_a1";
    public static final String RULE = "ca.pc.1473_7.a_1";

    private Pc1473_7A1Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding.Builder f = Finding.of(RULE).cite("ca.pc.1473_7").fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("plea", c.plea()).because(ctx.isConviction());
        List<String> missing = new ArrayList<>();
        String effect = "effective";
        LocalDate operative = ctx.dateParameter("ca.pc1473_7.operative_date");
        if (ctx.asOf().isBefore(operative)) {
            return result(ctx, f.cite("ca.stats.2016.ab813").conclude(Result.NO,
                    ctx.say().say("pc1473_7.not_yet_in_force", "date", operative)), "not_available", effect, missing);
        }
        if (ctx.isConviction().result() == Result.NO) {
            return result(ctx, f.conclude(Result.NO, ctx.say().say("vehicle.no_conviction")), "not_available", effect, missing);
        }
        if (c.inCriminalCustody() == Tri.YES) {
            f.cite("ca.stats.2018.ab2867", "calapp.cruz_lopez_2018", "ca.pc.1473");
            return result(ctx, f.conclude(Result.NO, ctx.say().say("pc1473_7.in_custody")), "not_available", effect, missing);
        }
        Result open = Result.YES;
        String key = "pc1473_7.available";
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            open = Result.UNKNOWN;
            key = "pc1473_7.custody_unknown";
        }
        if ("trial".equals(c.plea())) {
            LocalDate trialFrom = ctx.dateParameter("ca.pc1473_7.a1_trial_convictions_from");
            f.cite("ca.stats.2021.ab1259");
            if (ctx.asOf().isBefore(trialFrom)) {
                return result(ctx, f.conclude(Result.NO, ctx.say().say("pc1473_7.trial_not_yet", "date", trialFrom)),
                        "not_available", effect, missing);
            }
        }
        for (var m : c.priorMotions()) {
            if (VEHICLE.equals(m.vehicle()) && "denied".equals(m.result())) {
                f.cite("cal.espinoza_2023").fact("priorMotion", "denied " + m.filedDate());
                if (open == Result.YES) {
                    open = Result.UNSETTLED;
                    key = "pc1473_7.successive";
                }
            }
        }
        // What the movant must prove: error and prejudice (Vivar); each missing fact is worth asking.
        f.cite("cal.vivar_2021", "bia.pickering_2003", "bia.de_jesus_platon_2025");
        if (c.counselAdvice() == null) missing.add(c.factPath("counselAdvice"));
        if (c.immigrationConcernAtPlea() == Tri.UNKNOWN) missing.add(c.factPath("immigrationConcernAtPlea"));
        if (ctx.caseFile().equities().yearsInUnitedStates() == null) missing.add("equities.yearsInUnitedStates");
        String availability = switch (open) {
            case YES -> "available";
            case NO -> "not_available";
            default -> "unknown";
        };
        if (open == Result.UNSETTLED) availability = "available";
        Finding finding = f.conclude(open, ctx.say().say(key));
        missing.addAll(0, finding.missingFacts());
        return result(ctx, finding, availability, effect, missing);
    }

    private static VehicleAssessment result(VehicleContext ctx, Finding f, String availability, String effect, List<String> missing) {
        return new VehicleAssessment(VEHICLE, availability, effect, "vacate_conviction", f, missing.stream().distinct().toList());
    }
}
