package org.pcrnavigator.engine.vehicles.pc1203_42;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Decides whether dismissal under PC 1203.42 could be open: a felony state-prison sentence pronounced
 * before the Realignment date, for an offense Realignment would have sent to county jail under PC 1170(h),
 * the sentence complete and a waiting period passed. The case file records neither 1170(h) eligibility
 * nor the completion date, so the best answer is {@code unknown} with both asked. Rehabilitative: the
 * immigration effect is PriorReliefEffect's for a granted 1203.42 order.
 */
public final class Pc1203_42Dismissal {
    public static final String VEHICLE = "pc1203_42";
    public static final String RULE = "ca.pc.1203_42";

    private Pc1203_42Dismissal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        LocalDate realignment = ctx.dateParameter("ca.realignment.first_sentence_date");
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_42", "ca.stats.2011.ab109").fact("level", c.level())
                .fact("judgmentDate", c.judgmentDate()).fact("statePrison", RecordRelief.statePrison(c).id())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        if (c.level() != null && !"felony".equals(c.level())) return no(f, ctx, "vehicles_record.pc1203_42.not_felony", effect);
        Result probation = RecordRelief.probationGranted(c);
        if (probation == Result.YES) return no(f, ctx, "vehicles_record.pc1203_42.probation", effect);
        Tri prison = RecordRelief.statePrison(c);
        if (prison == Tri.NO) return no(f, ctx, "vehicles_record.pc1203_42.not_prison", effect);
        Result afterRealignment = c.judgmentDate() == null ? Result.UNKNOWN : RecordRelief.onOrAfter(c.judgmentDate(), realignment);
        if (afterRealignment == Result.YES) {
            return no(f, ctx, "vehicles_record.pc1203_42.after_realignment", effect, "date", realignment);
        }
        if (c.inCriminalCustody() == Tri.YES) return no(f, ctx, "vehicles_record.pc1203_42.serving", effect);
        String other = RecordRelief.otherCustody(ctx);
        if (other != null) {
            return no(f.fact("custodyOnOtherCase", other), ctx, "vehicles_record.other_custody", effect, "other", other);
        }
        if (c.disposition() == null) f.missing(c.factPath("disposition"));
        if (c.level() == null) f.missing(c.factPath("level"));
        if (prison == Tri.UNKNOWN) f.missing(c.factPath("sentence.statePrison"));
        if (afterRealignment == Result.UNKNOWN) f.missing(c.factPath("judgmentDate"));
        if (c.inCriminalCustody() == Tri.UNKNOWN) f.missing(c.factPath("inCriminalCustody"));
        f.missing(c.factPath("realignmentEligible")).missing(c.factPath("sentenceCompletedDate"));
        return RecordRelief.assessment(VEHICLE, Result.UNKNOWN,
                f.conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.pc1203_42.unknown", "date", realignment)), effect, "dismiss", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, Object... args) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, args)), effect, "dismiss", null);
    }
}
