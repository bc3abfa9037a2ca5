package org.pcrnavigator.engine.vehicles.pc1473_7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.Availability;
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
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1473_7").fact("inCriminalCustody", c.inCriminalCustody().id())
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
        if (Availability.deniedBefore(c, VEHICLE, f) != null && open == Result.YES) {
            open = Result.UNSETTLED;
            key = "pc1473_7.successive";
        }
        // What the movant must prove: error and prejudice (Vivar); each missing fact is worth asking.
        f.cite("cal.vivar_2021", "bia.pickering_2003", "bia.de_jesus_platon_2025");
        f.because(error(ctx, c)).because(prejudice(ctx, c)).because(timeliness(ctx));
        if (c.counselAdvice() == null) missing.add(c.factPath("counselAdvice"));
        if (c.immigrationConcernAtPlea() == Tri.UNKNOWN) missing.add(c.factPath("immigrationConcernAtPlea"));
        if (ctx.caseFile().equities().yearsInUnitedStates() == null) missing.add("equities.yearsInUnitedStates");
        String availability = Availability.word(open);
        Finding finding = f.conclude(open, ctx.say().say(key));
        missing.addAll(0, finding.missingFacts());
        return result(ctx, finding, availability, effect, missing);
    }

    /**
     * The first element, a prejudicial error about immigration consequences: what counsel said shows it,
     * and the evidence that usually proves it. Ineffective assistance is not required.
     */
    private static Finding error(VehicleContext ctx, Conviction c) {
        Finding.Builder f = ctx.say().finding(RULE + ".error")
                .cite("ca.pc.1473_7", "ca.stats.2018.ab2867").fact("counselAdvice", c.counselAdvice());
        if (c.counselAdvice() == null) {
            return f.conclude(Result.UNKNOWN, ctx.say().say("pc1473_7.error_unknown"));
        }
        if (c.counselAdvice().equals("accurate")) {
            return f.conclude(Result.UNSETTLED, ctx.say().say("pc1473_7.error_accurate"));
        }
        return f.conclude(Result.YES, ctx.say().say("pc1473_7.error_shown", "advice", c.counselAdvice()));
    }

    /** The second element, prejudice: a reasonable probability of rejecting the plea, shown by contemporaneous evidence and ties. */
    private static Finding prejudice(VehicleContext ctx, Conviction c) {
        Finding.Builder f = ctx.say().finding(RULE + ".prejudice").cite("cal.vivar_2021", "cal.espinoza_2023")
                .fact("immigrationConcernAtPlea", c.immigrationConcernAtPlea().id())
                .fact("yearsInUnitedStates", ctx.caseFile().equities().yearsInUnitedStates());
        return switch (c.immigrationConcernAtPlea()) {
            case YES -> f.conclude(Result.YES, ctx.say().say("pc1473_7.prejudice_shown"));
            case NO -> f.conclude(Result.UNSETTLED, ctx.say().say("pc1473_7.prejudice_weak"));
            case UNKNOWN -> f.conclude(Result.UNKNOWN, ctx.say().say("pc1473_7.prejudice_unknown"));
        };
    }

    /**
     * Timeliness: a motion is deemed timely while the movant is out of custody; the court may deny it only for
     * want of reasonable diligence after the later of a notice to appear and a final removal order, and
     * even then has discretion (People v. Perez). Hurry once either has issued.
     */
    private static Finding timeliness(VehicleContext ctx) {
        var imm = ctx.caseFile().immigration();
        var later = imm.removalOrderFinalDate() != null ? imm.removalOrderFinalDate() : imm.noticeToAppearDate();
        Finding.Builder f = ctx.say().finding(RULE + ".timeliness").cite("ca.pc.1473_7", "calapp.perez_2021")
                .fact("noticeToAppearDate", imm.noticeToAppearDate()).fact("removalOrderFinalDate", imm.removalOrderFinalDate());
        if (later == null) return f.conclude(Result.YES, ctx.say().say("pc1473_7.timely_no_notice"));
        return f.conclude(Result.UNSETTLED, ctx.say().say("pc1473_7.diligence_runs", "date", later));
    }

    private static VehicleAssessment result(VehicleContext ctx, Finding f, String availability, String effect, List<String> missing) {
        return new VehicleAssessment(VEHICLE, availability, effect, "vacate_conviction", f, missing);
    }
}
