package org.pcrnavigator.engine.vehicles.pc236_14;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * The shape PC 236.14 and 236.15 share: a vacatur, in force from its operative date, for a nonviolent offense
 * that was a direct result of the person's victimization. The case file holds no victimization fact, so an
 * open statute answers {@code unknown} with that fact asked. Immigration effect: PriorReliefEffect's for the
 * granted order (uncertain: BIA treatment unconfirmed).
 */
public final class VictimVacatur {
    private VictimVacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx, String vehicle, String rule, String statute, String operativeParameter,
                                           String victimFact, String unknownKey) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, vehicle);
        LocalDate operative = ctx.dateParameter(operativeParameter);
        Finding.Builder f = ctx.say().finding(rule).cite(statute).fact("operativeDate", operative).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, vehicle, f, false);
        if (stop != null) return RecordRelief.stopped(vehicle, stop, effect, "vacate_conviction");
        f.because(effect);
        if (ctx.asOf().isBefore(operative)) {
            return RecordRelief.assessment(vehicle, Result.NO, f.conclude(Result.NO,
                    ctx.say().say("vehicles_record.victim.not_in_force", "vehicle", display(statute), "date", operative)),
                    effect, "vacate_conviction", null);
        }
        f.missing(c.factPath(victimFact));
        return RecordRelief.assessment(vehicle, Result.UNKNOWN, f.conclude(Result.UNKNOWN, ctx.say().say(unknownKey)), effect,
                "vacate_conviction", null);
    }

    /** {@code ca.pc.236_14} as {@code PC 236.14}. */
    static String display(String authority) {
        String[] p = authority.split("\\.");
        return p[1].toUpperCase(java.util.Locale.ROOT) + " " + p[2].replace('_', '.');
    }
}
