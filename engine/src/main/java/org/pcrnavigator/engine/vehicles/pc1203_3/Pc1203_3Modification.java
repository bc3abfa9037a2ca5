package org.pcrnavigator.engine.vehicles.pc1203_3;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.Vehicles;

/**
 * Decides whether the court can still modify probation on this conviction under PC 1203.3 (for example a
 * 365-day jail condition to 364): only during probation, so probation must have been granted, be under way
 * (in criminal custody) and not completed (People v. Chavez). The modification names no defect, so
 * immigration law disregards it (Thomas & Thompson) unless an 8 CFR 1003.55 carve-out applies. Where the
 * grant date is known to the day, the window's end on the term as ordered is reported.
 */
public final class Pc1203_3Modification {
    public static final String VEHICLE = "pc1203_3";
    public static final String RULE = "ca.pc.1203_3";

    private Pc1203_3Modification() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_3").fact("probationMonths", s.probationMonths())
                .fact("probationCompleted", c.probationCompleted().id()).fact("inCriminalCustody", c.inCriminalCustody().id())
                .because(ctx.isConviction());
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction", null);
        // Probation granted on this count?
        Result granted;
        if (s.probationMonths() != null) granted = Result.of(s.probationMonths() > 0);
        else if (s.statePrison() == Tri.YES && s.executionSuspended() == Tri.NO) granted = Result.NO;
        else granted = Result.UNKNOWN;
        if (granted == Result.NO) return done(ctx, f, effect, Result.NO, "pc1203_3.no_probation", null);
        if (granted == Result.UNKNOWN) f.missing(c.factPath("sentence.probationMonths"));
        f.cite("cal.chavez_2018");
        if (c.probationCompleted() == Tri.YES) return done(ctx, f, effect, Result.NO, "pc1203_3.probation_over", null);
        if (c.inCriminalCustody() == Tri.NO) return done(ctx, f, effect, Result.NO, "pc1203_3.not_on_probation", null);
        Result during = Result.YES;
        if (c.probationCompleted() == Tri.UNKNOWN) {
            f.missing(c.factPath("probationCompleted"));
            during = Result.UNKNOWN;
        }
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            during = Result.UNKNOWN;
        }
        Result open = granted.and(during);
        // The last day of probation on the term as ordered, where the grant date (the judgment) is exact.
        LocalDate until = null;
        if (c.judgmentDate() != null && c.judgmentDate().exact() != null && s.probationMonths() != null && s.probationMonths() > 0) {
            until = c.judgmentDate().exact().plusMonths(s.probationMonths()).minusDays(1);
            f.fact("probationEnds", until);
        }
        if (open == Result.YES) {
            return done(ctx, f, effect, open, until == null ? "pc1203_3.available" : "pc1203_3.available_until", until);
        }
        return done(ctx, f, effect, open, "pc1203_3.facts_unknown", until);
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key, LocalDate until) {
        Finding finding = f.because(effect).conclude(open, ctx.say().say(key, "date", until));
        return SentenceChange.result(VEHICLE, Vehicles.remedy(VEHICLE), finding, effect, List.of(),
                open == Result.NO ? null : until);
    }
}
