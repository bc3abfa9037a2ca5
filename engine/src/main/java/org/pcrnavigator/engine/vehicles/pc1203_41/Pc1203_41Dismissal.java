package org.pcrnavigator.engine.vehicles.pc1203_41;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Decides whether dismissal under PC 1203.41 could be open: a felony sentenced on or after the Realignment
 * date to county jail under PC 1170(h) (no probation, no state prison), the sentence complete. The waiting
 * period runs from completion, which the case file does not record, so a case that meets every condition
 * the file can show is {@code unknown} with that date asked. Rehabilitative: the immigration effect is
 * PriorReliefEffect's for a granted 1203.41 order.
 */
public final class Pc1203_41Dismissal {
    public static final String VEHICLE = "pc1203_41";
    public static final String RULE = "ca.pc.1203_41";

    private Pc1203_41Dismissal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        LocalDate realignment = ctx.dateParameter("ca.realignment.first_sentence_date");
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_41", "ca.stats.2011.ab109").fact("level", c.level())
                .fact("judgmentDate", c.judgmentDate()).fact("statePrison", RecordRelief.statePrison(c).id())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        if (c.level() != null && !"felony".equals(c.level())) return no(f, ctx, "vehicles_record.pc1203_41.not_felony", effect);
        Result probation = RecordRelief.probationGranted(c);
        if (probation == Result.YES) return no(f, ctx, "vehicles_record.pc1203_41.probation", effect);
        Result afterRealignment = c.judgmentDate() == null ? Result.UNKNOWN : RecordRelief.onOrAfter(c.judgmentDate(), realignment);
        if (afterRealignment == Result.NO) {
            return no(f, ctx, "vehicles_record.pc1203_41.pre_realignment", effect, "date", realignment);
        }
        if (c.inCriminalCustody() == Tri.YES) return no(f, ctx, "vehicles_record.pc1203_41.serving", effect);
        String other = RecordRelief.otherCustody(ctx);
        if (other != null) {
            return no(f.fact("custodyOnOtherCase", other), ctx, "vehicles_record.other_custody", effect, "other", other);
        }
        Tri prison = RecordRelief.statePrison(c);
        if (prison == Tri.YES) {
            f.missing(c.factPath("realignmentEligible"));
            return RecordRelief.assessment(VEHICLE, Result.UNKNOWN,
                    f.conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.pc1203_41.state_prison")), effect, "dismiss", null);
        }
        boolean shown = c.disposition() != null && c.level() != null && probation == Result.NO
                && afterRealignment == Result.YES && prison == Tri.NO && c.inCriminalCustody() == Tri.NO;
        if (c.disposition() == null) f.missing(c.factPath("disposition"));
        if (c.level() == null) f.missing(c.factPath("level"));
        if (probation == Result.UNKNOWN) f.missing(c.factPath("sentence.probationMonths"));
        if (afterRealignment == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
        if (prison == Tri.UNKNOWN) f.missing(c.factPath("sentence.statePrison"));
        if (c.inCriminalCustody() == Tri.UNKNOWN) f.missing(c.factPath("inCriminalCustody"));
        f.missing(c.factPath("sentenceCompletedDate"));
        String key = shown ? "vehicles_record.pc1203_41.wait_unknown" : "vehicles_record.pc1203_41.unknown";
        return RecordRelief.assessment(VEHICLE, Result.UNKNOWN,
                f.conclude(Result.UNKNOWN, ctx.say().say(key, "date", realignment)), effect, "dismiss", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, Object... args) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, args)), effect, "dismiss", null);
    }
}
