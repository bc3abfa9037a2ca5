package org.pcrnavigator.engine.vehicles.pc1203_4a;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Decides whether dismissal under PC 1203.4a is open: a misdemeanor or infraction without probation, the
 * waiting period after judgment passed, the sentence complete and no current sentence on another case.
 * Rehabilitative: the immigration effect is PriorReliefEffect's for a granted 1203.4a order.
 */
public final class Pc1203_4aDismissal {
    public static final String VEHICLE = "pc1203_4a";
    public static final String RULE = "ca.pc.1203_4a";

    private Pc1203_4aDismissal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_4a").fact("level", c.level())
                .fact("judgmentDate", c.judgmentPending() ? "pending" : c.judgmentDate())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        if ("felony".equals(c.level())) return no(f, ctx, "vehicles_record.pc1203_4a.felony", effect);
        Result probation = RecordRelief.probationGranted(c);
        if (probation == Result.YES) return no(f, ctx, "vehicles_record.pc1203_4a.probation", effect);
        if (c.judgmentPending()) return no(f, ctx, "vehicles_record.pc1203_4a.judgment_pending", effect);
        long years = ctx.kb().parameter("ca.pc1203_4a.waiting_period_years").at(ctx.asOf()).asLong();
        Result waited = Result.UNKNOWN;
        LocalDate opens = null;
        if (c.judgmentDate() != null) {
            LocalDate earliest = c.judgmentDate().earliest().plusYears(years);
            opens = c.judgmentDate().latest().plusYears(years);
            f.fact("opens", opens);
            if (ctx.asOf().isBefore(earliest)) {
                return no(f.fact("opens", earliest), ctx, "vehicles_record.pc1203_4a.waiting", effect, "opens", earliest);
            }
            waited = ctx.asOf().isBefore(opens) ? Result.UNKNOWN : Result.YES;
        }
        if (c.inCriminalCustody() == Tri.YES) return no(f, ctx, "vehicles_record.pc1203_4a.serving", effect);
        String other = RecordRelief.otherCustody(ctx);
        if (other != null) {
            return no(f.fact("custodyOnOtherCase", other), ctx, "vehicles_record.other_custody", effect, "other", other);
        }
        Result open = Result.YES;
        if (c.disposition() == null) f.missing(c.factPath("disposition"));
        if (c.level() == null) f.missing(c.factPath("level"));
        if (probation == Result.UNKNOWN) f.missing(c.factPath("sentence.probationMonths"));
        if (waited == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
        if (c.inCriminalCustody() == Tri.UNKNOWN) f.missing(c.factPath("inCriminalCustody"));
        if (c.disposition() == null || c.level() == null || probation == Result.UNKNOWN || waited == Result.UNKNOWN
                || c.inCriminalCustody() == Tri.UNKNOWN) {
            open = Result.UNKNOWN;
        }
        Finding finding = open == Result.YES
                ? f.conclude(open, ctx.say().say("vehicles_record.pc1203_4a.available", "opens", opens))
                : f.conclude(open, ctx.say().say("vehicles_record.pc1203_4a.unknown"));
        return RecordRelief.assessment(VEHICLE, open, finding, effect, "dismiss", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, Object... args) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, args)), effect, "dismiss", null);
    }
}
