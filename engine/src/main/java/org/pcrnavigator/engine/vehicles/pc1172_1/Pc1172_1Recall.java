package org.pcrnavigator.engine.vehicles.pc1172_1;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether recall and resentencing under PC 1172.1 can reach this conviction: a felony on which the
 * person was committed to state prison or to county jail under PC 1170(h), still being served. Only the
 * court on its own motion, corrections officials or the prosecutor may start it; the person can only ask
 * them to. A resentencing names no defect in the conviction, so immigration law disregards it (Thomas &
 * Thompson) unless an 8 CFR 1003.55 carve-out applies.
 */
public final class Pc1172_1Recall {
    public static final String VEHICLE = "pc1172_1";
    public static final String RULE = "ca.pc.1172_1";

    private Pc1172_1Recall() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1172_1").fact("level", c.level())
                .fact("statePrison", s.statePrison().id()).fact("impositionSuspended", s.impositionSuspended().id())
                .fact("executionSuspended", s.executionSuspended().id()).fact("inCriminalCustody", c.inCriminalCustody().id())
                .because(ctx.isConviction());
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction");
        Result felony;
        if (c.level() == null) {
            f.missing(c.factPath("level"));
            felony = Result.UNKNOWN;
        } else if (!c.level().equals("felony")) {
            return done(ctx, f, effect, Result.NO, "pc1172_1.not_felony");
        } else {
            felony = Result.YES;
        }
        // Committed: a state prison term not suspended, or a felony county-jail term (1170(h)) not suspended.
        if (s.impositionSuspended() == Tri.YES || s.executionSuspended() == Tri.YES) {
            return done(ctx, f, effect, Result.NO, "pc1172_1.probation");
        }
        Result committed;
        if (s.statePrison() == Tri.YES || (s.statePrison() == Tri.NO && s.impositionSuspended() == Tri.NO
                && s.executionSuspended() == Tri.NO)) {
            committed = s.statePrison() == Tri.YES && s.executionSuspended() == Tri.UNKNOWN ? Result.UNKNOWN : Result.YES;
        } else {
            committed = Result.UNKNOWN;
        }
        if (committed == Result.UNKNOWN) {
            if (s.statePrison() == Tri.UNKNOWN) f.missing(c.factPath("sentence.statePrison"));
            if (s.executionSuspended() == Tri.UNKNOWN) f.missing(c.factPath("sentence.executionSuspended"));
            if (s.impositionSuspended() == Tri.UNKNOWN && s.statePrison() != Tri.YES) f.missing(c.factPath("sentence.impositionSuspended"));
        }
        // Still serving it.
        if (c.inCriminalCustody() == Tri.NO || c.probationCompleted() == Tri.YES) {
            return done(ctx, f, effect, Result.NO, "pc1172_1.not_serving");
        }
        Result serving = Result.YES;
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            serving = Result.UNKNOWN;
        }
        Result open = felony.and(committed).and(serving);
        return done(ctx, f, effect, open, open == Result.YES ? "pc1172_1.available" : "pc1172_1.facts_unknown");
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key) {
        return SentenceChange.conclude(ctx, VEHICLE, f, effect, open, key);
    }
}
