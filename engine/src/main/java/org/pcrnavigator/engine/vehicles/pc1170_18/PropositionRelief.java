package org.pcrnavigator.engine.vehicles.pc1170_18;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;
import org.pcrnavigator.law.offense.Level;

/**
 * Decides whether relief under a ballot measure that lowered offense levels (Proposition 47's PC 1170.18,
 * Proposition 64's HS 11361.8) is open: a conviction entered before the measure's date for an offense the
 * catalog shows reclassified on that date. The immigration effect is PriorReliefEffect's for such an order
 * already granted.
 */
public final class PropositionRelief {
    private PropositionRelief() {}

    /**
     * What distinguishes one measure from another.
     *
     * @param reclassifies whether a level change on the measure's date (before, after) is one the measure made
     * @param felonyOnly whether only a felony conviction can be reduced (Proposition 47)
     * @param messages the prefix of the measure's own sentences ({@code .available}, {@code .unknown}, {@code .not_felony})
     */
    public record Measure(String vehicle, String rule, String statute, String proposition, String effectiveParameter,
                   BiPredicate<Level, Level> reclassifies, boolean felonyOnly, String messages) {}

    /** Assesses {@code m}; {@code notes} are findings placed beneath the answer after the immigration effect. */
    public static VehicleAssessment assess(VehicleContext ctx, Measure m, Finding... notes) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, m.vehicle());
        LocalDate day = ctx.dateParameter(m.effectiveParameter());
        Finding.Builder f = ctx.say().finding(m.rule()).cite(m.statute(), m.proposition()).fact("effectiveDate", day)
                .fact("level", c.level()).fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate())
                .fact("inCriminalCustody", c.inCriminalCustody().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, m.vehicle(), f, true);
        if (stop != null) return RecordRelief.stopped(m.vehicle(), stop, effect, "redesignate");
        f.because(effect);
        for (Finding n : notes) f.because(n);
        ChangeInLaw.Change change = ChangeInLaw.on(ctx.kb(), c, day, m.reclassifies());
        f.fact("catalogChange", change.name().toLowerCase(java.util.Locale.ROOT));
        if (change == ChangeInLaw.Change.NONE) return no(m, f, ctx, "vehicles_record.change.not_reclassified", effect, day);
        Result before = RecordRelief.convictedBefore(c, day);
        if (before == Result.NO) return no(m, f, ctx, "vehicles_record.change.after", effect, day);
        if (m.felonyOnly() && c.level() != null && !"felony".equals(c.level())) {
            return no(m, f, ctx, m.messages() + ".not_felony", effect, day);
        }
        Result open = Result.YES;
        if (change == ChangeInLaw.Change.NOT_IN_CATALOG) {
            open = Result.UNKNOWN;
            f.because(ctx.say().finding(m.rule() + ".catalog").cite(m.proposition()).fact("statute", c.charge().display())
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.not_in_catalog", "date", day)));
        } else if (change == ChangeInLaw.Change.PARTIAL) {
            open = Result.UNKNOWN;
            f.because(ctx.say().finding(m.rule() + ".catalog")
                    .cite(m.proposition()).missing(c.factPath(ChangeInLaw.partialFact(ctx.kb(), c)))
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.change.partial", "date", day)));
        }
        if (before == Result.UNKNOWN) {
            open = Result.UNKNOWN;
            f.missing(c.factPath("pleaDate"));
        }
        if (m.felonyOnly() && c.level() == null) {
            open = Result.UNKNOWN;
            f.missing(c.factPath("level"));
        }
        String key = m.messages() + (open == Result.YES ? ".available" : ".unknown");
        return RecordRelief.assessment(m.vehicle(), open, f.conclude(open, ctx.say().say(key, "date", day)), effect, "redesignate", null);
    }

    private static VehicleAssessment no(Measure m, Finding.Builder f, VehicleContext ctx, String key, Finding effect, LocalDate day) {
        return RecordRelief.assessment(m.vehicle(), Result.NO, f.conclude(Result.NO, ctx.say().say(key, "date", day)), effect,
                "redesignate", null);
    }
}
