package org.pcrnavigator.engine.vehicles.pc1170_91;

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
 * Decides whether a veteran can petition under PC 1170.91(b) to recall a felony sentence he or she is
 * still serving, where a service-related condition was not weighed at sentencing. Military service comes
 * from the case's equities; the condition and what the sentencing court considered are elements the
 * petition must show, asked as {@code serviceRelatedCondition} (the case format holds no field for them). Resentencing
 * names no defect in the conviction, so immigration law disregards it (Thomas & Thompson) unless an
 * 8 CFR 1003.55 carve-out applies.
 */
public final class Pc1170_91VeteranResentencing {
    public static final String VEHICLE = "pc1170_91";
    public static final String RULE = "ca.pc.1170_91.b";

    private Pc1170_91VeteranResentencing() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Tri military = ctx.caseFile().equities().militaryService();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1170_91").fact("militaryService", military.id())
                .fact("level", c.level()).fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("impositionSuspended", s.impositionSuspended().id()).because(ctx.isConviction());
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction");
        if (military == Tri.NO) return done(ctx, f, effect, Result.NO, "pc1170_91.not_veteran");
        if (c.level() != null && !c.level().equals("felony")) return done(ctx, f, effect, Result.NO, "pc1170_91.not_felony");
        if (s.impositionSuspended() == Tri.YES) return done(ctx, f, effect, Result.NO, "pc1170_91.no_sentence");
        if (c.inCriminalCustody() == Tri.NO || c.probationCompleted() == Tri.YES) {
            return done(ctx, f, effect, Result.NO, "pc1170_91.not_serving");
        }
        Result open = Result.YES;
        if (military == Tri.UNKNOWN) {
            f.missing("equities.militaryService");
            open = Result.UNKNOWN;
        }
        if (c.level() == null) {
            f.missing(c.factPath("level"));
            open = Result.UNKNOWN;
        }
        if (s.impositionSuspended() == Tri.UNKNOWN) {
            f.missing(c.factPath("sentence.impositionSuspended"));
            open = Result.UNKNOWN;
        }
        if (c.inCriminalCustody() == Tri.UNKNOWN) {
            f.missing(c.factPath("inCriminalCustody"));
            open = Result.UNKNOWN;
        }
        return done(ctx, f, effect, open, open == Result.YES ? "pc1170_91.available" : "pc1170_91.facts_unknown");
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key) {
        Finding finding = f.because(effect).conclude(open, ctx.say().say(key));
        // What the petition must show and the case format cannot hold: the condition, and that sentencing did not weigh it.
        List<String> elements = open == Result.NO ? List.of() : List.of(ctx.conviction().factPath("serviceRelatedCondition"));
        return SentenceChange.result(VEHICLE, Vehicles.remedy(VEHICLE), finding, effect, elements, null);
    }
}
