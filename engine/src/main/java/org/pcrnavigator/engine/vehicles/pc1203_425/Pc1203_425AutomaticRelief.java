package org.pcrnavigator.engine.vehicles.pc1203_425;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Automatic conviction relief under PC 1203.425: the Department of Justice grants it without a petition
 * once its records show the conditions. Not open while the sentence is being served; otherwise only the
 * DOJ record can show whether it has been or will be granted, so the answer is {@code unknown} with that
 * record asked for. Rehabilitative: the immigration effect is PriorReliefEffect's for a granted order.
 */
public final class Pc1203_425AutomaticRelief {
    public static final String VEHICLE = "pc1203_425";
    public static final String RULE = "ca.pc.1203_425";

    private Pc1203_425AutomaticRelief() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_425").fact("inCriminalCustody", c.inCriminalCustody().id())
                .fact("probationCompleted", c.probationCompleted().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        if (c.inCriminalCustody() == Tri.YES || c.probationCompleted() == Tri.NO) {
            return RecordRelief.assessment(VEHICLE, Result.NO,
                    f.conclude(Result.NO, ctx.say().say("vehicles_record.pc1203_425.serving")), effect, "dismiss", null);
        }
        if (c.inCriminalCustody() == Tri.UNKNOWN) f.missing(c.factPath("inCriminalCustody"));
        f.missing(c.factPath("automaticReliefRecord"));
        return RecordRelief.assessment(VEHICLE, Result.UNKNOWN,
                f.conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.pc1203_425.unknown")), effect, "dismiss", null);
    }
}
