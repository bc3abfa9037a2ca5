package org.pcrnavigator.engine.vehicles.pc1203_43;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Decides whether withdrawal of a former deferred-entry-of-judgment plea under PC 1203.43 is open: the
 * statute in force, a completed DEJ (disposition {@code dej_completed}) granted on or after the statute's
 * first DEJ date (read from the plea date, since DEJ was granted on the plea). The withdrawal was designed
 * to meet Pickering, but its immigration effect is uncertain (ERRATA row 11): PriorReliefEffect decides it,
 * and the explanation points to PC 1473.7(a)(1) as the safer route.
 */
public final class Pc1203_43DejWithdrawal {
    public static final String VEHICLE = "pc1203_43";
    public static final String RULE = "ca.pc.1203_43";

    private Pc1203_43DejWithdrawal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        LocalDate operative = ctx.dateParameter("ca.pc1203_43.operative_date");
        LocalDate from = ctx.dateParameter("ca.pc1203_43.dej_granted_from");
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_43", "ca.stats.2015.ab1352").fact("disposition", c.disposition())
                .fact("pleaDate", c.pleaDate()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, false);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "vacate_conviction");
        Finding safer = ctx.say().finding("vehicles_record.pc1203_43.safer_route")
                .cite("ca.pc.1473_7", "guide.ilrc.calchart_update_2020_09")
                .conclude(Result.YES, ctx.say().say("vehicles_record.pc1203_43.safer_route"));
        f.because(effect).because(safer);
        if (ctx.asOf().isBefore(operative)) {
            return no(f, ctx, "vehicles_record.pc1203_43.not_in_force", effect, "date", operative);
        }
        if ("dej_pending".equals(c.disposition())) return no(f.cite("ca.pc.1000"), ctx, "vehicles_record.pc1203_43.dej_pending", effect);
        if (c.disposition() != null && !"dej_completed".equals(c.disposition())) {
            return no(f, ctx, "vehicles_record.pc1203_43.not_dej", effect, "disposition", c.disposition());
        }
        Result grantedFrom = c.pleaDate() == null ? Result.UNKNOWN : RecordRelief.onOrAfter(c.pleaDate(), from);
        if (grantedFrom == Result.NO) return no(f, ctx, "vehicles_record.pc1203_43.before_1997", effect, "date", from);
        Result open = Result.YES;
        if (c.disposition() == null) {
            f.missing(c.factPath("disposition"));
            open = Result.UNKNOWN;
        }
        if (grantedFrom == Result.UNKNOWN) {
            f.missing(c.factPath("pleaDate"));
            open = Result.UNKNOWN;
        }
        String key = open == Result.YES ? "vehicles_record.pc1203_43.available" : "vehicles_record.pc1203_43.unknown";
        return RecordRelief.assessment(VEHICLE, open, f.conclude(open, ctx.say().say(key, "date", from)), effect,
                "vacate_conviction", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, Object... args) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, args)), effect,
                "vacate_conviction", null);
    }
}
