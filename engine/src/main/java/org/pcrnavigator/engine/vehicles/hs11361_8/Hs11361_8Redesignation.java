package org.pcrnavigator.engine.vehicles.hs11361_8;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1170_18.ChangeInLaw;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;

/**
 * Decides whether Proposition 64 relief (HS 11361.8: recall, dismissal, resentencing or redesignation) is
 * open: a conviction entered before the measure's date for a cannabis offense the catalog shows falling to
 * a lower level on that date. The immigration effect is PriorReliefEffect's for a granted 11361.8 order
 * (Prado v. Barr).
 */
public final class Hs11361_8Redesignation {
    public static final String VEHICLE = "hs11361_8";
    public static final String RULE = "ca.hs.11361_8";
    static final String EFFECTIVE = "prior_relief.prop64.effective_date";

    private Hs11361_8Redesignation() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        LocalDate day = ctx.dateParameter(EFFECTIVE);
        Finding.Builder f = Finding.of(RULE).cite("ca.hs.11361_8", "ca.prop.64_2016").fact("effectiveDate", day)
                .fact("level", c.level()).fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "redesignate");
        Finding route = Finding.of(RULE + ".better_route").cite("ca9.prado_v_barr_2019", "ca.pc.1473_7")
                .conclude(Result.YES, ctx.say().say("vehicles_record.hs11361_8.better_route"));
        f.because(effect).because(route);
        ChangeInLaw.Change change = ChangeInLaw.on(ctx.kb(), c, day,
                (before, after) -> ChangeInLaw.rank(after) < ChangeInLaw.rank(before));
        f.fact("catalogChange", change.name().toLowerCase(java.util.Locale.ROOT));
        if (change == ChangeInLaw.Change.NONE) return no(f, ctx, "vehicles_record.change.not_reclassified", effect, day);
        Result before = RecordRelief.convictedBefore(c, day);
        if (before == Result.NO) return no(f, ctx, "vehicles_record.change.after", effect, day);
        Result open = Result.YES;
        if (change == ChangeInLaw.Change.NOT_IN_CATALOG) {
            open = Result.UNKNOWN;
            f.because(Finding.of(RULE + ".catalog").cite("ca.prop.64_2016").fact("statute", c.charge().display())
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.not_in_catalog", "date", day)));
        } else if (change == ChangeInLaw.Change.PARTIAL) {
            open = Result.UNKNOWN;
            f.because(Finding.of(RULE + ".catalog").cite("ca.prop.64_2016").missing(c.factPath(ChangeInLaw.partialFact(ctx.kb(), c)))
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.partial", "date", day)));
        }
        if (before == Result.UNKNOWN) {
            open = Result.UNKNOWN;
            f.missing(c.factPath("pleaDate"));
        }
        String key = open == Result.YES ? "vehicles_record.hs11361_8.available" : "vehicles_record.hs11361_8.unknown";
        return RecordRelief.assessment(VEHICLE, open, f.conclude(open, ctx.say().say(key, "date", day)), effect, "redesignate", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, LocalDate day) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, "date", day)), effect,
                "redesignate", null);
    }
}
