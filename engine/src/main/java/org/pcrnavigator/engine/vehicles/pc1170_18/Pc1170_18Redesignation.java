package org.pcrnavigator.engine.vehicles.pc1170_18;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;
import org.pcrnavigator.law.offense.Level;

/**
 * Decides whether Proposition 47 resentencing or redesignation (PC 1170.18) is open: a felony conviction
 * entered before the measure's date for an offense the catalog shows going from felony or wobbler to
 * misdemeanor on that date. The immigration effect is PriorReliefEffect's for a granted 1170.18 order:
 * not effective for a pre-Prop 47 conviction (Diaz; Velasquez-Rios), uncertain for a wobbler.
 */
public final class Pc1170_18Redesignation {
    public static final String VEHICLE = "pc1170_18";
    public static final String RULE = "ca.pc.1170_18";
    static final String EFFECTIVE = "prior_relief.prop47.effective_date";

    private Pc1170_18Redesignation() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        LocalDate day = ctx.dateParameter(EFFECTIVE);
        Finding.Builder f = Finding.of(RULE).cite("ca.pc.1170_18", "ca.prop.47_2014").fact("effectiveDate", day)
                .fact("level", c.level()).fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "redesignate");
        f.because(effect);
        ChangeInLaw.Change change = ChangeInLaw.on(ctx.kb(), c, day,
                (before, after) -> (before == Level.FELONY || before == Level.WOBBLER) && after == Level.MISDEMEANOR);
        f.fact("catalogChange", change.name().toLowerCase(java.util.Locale.ROOT));
        if (change == ChangeInLaw.Change.NONE) return no(f, ctx, "vehicles_record.change.not_reclassified", effect, day);
        Result before = RecordRelief.convictedBefore(c, day);
        if (before == Result.NO) return no(f, ctx, "vehicles_record.change.after", effect, day);
        if (c.level() != null && !"felony".equals(c.level())) return no(f, ctx, "vehicles_record.pc1170_18.not_felony", effect, day);
        Result open = Result.YES;
        String key = "vehicles_record.pc1170_18.available";
        Finding.Builder why = null;
        if (change == ChangeInLaw.Change.NOT_IN_CATALOG) {
            open = Result.UNKNOWN;
            why = Finding.of(RULE + ".catalog").cite("ca.prop.47_2014");
            why.fact("statute", c.charge().display());
            f.because(why.conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.not_in_catalog", "date", day)));
        } else if (change == ChangeInLaw.Change.PARTIAL) {
            open = Result.UNKNOWN;
            f.because(Finding.of(RULE + ".catalog").cite("ca.prop.47_2014").missing(c.factPath(ChangeInLaw.partialFact(ctx.kb(), c)))
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.partial", "date", day)));
        }
        if (before == Result.UNKNOWN) {
            open = Result.UNKNOWN;
            f.missing(c.factPath("pleaDate"));
        }
        if (c.level() == null) {
            open = Result.UNKNOWN;
            f.missing(c.factPath("level"));
        }
        if (open != Result.YES) key = "vehicles_record.pc1170_18.unknown";
        return RecordRelief.assessment(VEHICLE, open, f.conclude(open, ctx.say().say(key, "date", day)), effect, "redesignate", null);
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect, LocalDate day) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key, "date", day)), effect,
                "redesignate", null);
    }
}
