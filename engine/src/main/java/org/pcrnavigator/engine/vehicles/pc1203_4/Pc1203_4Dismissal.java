package org.pcrnavigator.engine.vehicles.pc1203_4;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether dismissal under PC 1203.4 is open: a judgment with probation granted, probation
 * completed, and no current sentence on another case. A rehabilitative set-aside: immigration law keeps
 * the conviction (Roldan; Murillo-Espinoza) apart from the Lujan-Armendariz window, which
 * {@link RecordRelief#grantedEffect} takes from PriorReliefEffect.
 */
public final class Pc1203_4Dismissal {
    public static final String VEHICLE = "pc1203_4";
    public static final String RULE = "ca.pc.1203_4";

    private Pc1203_4Dismissal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_4").fact("probationCompleted", c.probationCompleted().id())
                .fact("probationGranted", RecordRelief.probationGranted(c).id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        Result probation = RecordRelief.probationGranted(c);
        if (probation == Result.NO) {
            return done(f.conclude(Result.NO, ctx.say().say("vehicles_record.pc1203_4.no_probation")), Result.NO, effect);
        }
        if (c.probationCompleted() == Tri.NO) {
            f.cite("ca.pc.1203_3");
            return done(f.conclude(Result.NO, ctx.say().say("vehicles_record.pc1203_4.on_probation")), Result.NO, effect);
        }
        String other = RecordRelief.otherCustody(ctx);
        if (other != null) {
            return done(f.fact("custodyOnOtherCase", other)
                    .conclude(Result.NO, ctx.say().say("vehicles_record.other_custody", "other", other)), Result.NO, effect);
        }
        Result open = Result.YES;
        if (c.disposition() == null) {
            f.missing(c.factPath("disposition"));
            open = Result.UNKNOWN;
        }
        if (probation == Result.UNKNOWN) {
            f.missing(c.factPath("sentence.probationMonths"));
            open = Result.UNKNOWN;
        }
        if (c.probationCompleted() == Tri.UNKNOWN) {
            f.missing(c.factPath("probationCompleted"));
            open = Result.UNKNOWN;
        }
        String key = open == Result.YES ? "vehicles_record.pc1203_4.available" : "vehicles_record.pc1203_4.unknown";
        return done(f.conclude(open, ctx.say().say(key)), open, effect);
    }

    private static VehicleAssessment done(Finding finding, Result open, Finding effect) {
        return RecordRelief.assessment(VEHICLE, open, finding, effect, "dismiss", null);
    }
}
