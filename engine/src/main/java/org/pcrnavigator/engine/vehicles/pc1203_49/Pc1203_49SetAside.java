package org.pcrnavigator.engine.vehicles.pc1203_49;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1203_4.RecordRelief;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.time.Timeline;

/**
 * Decides whether the PC 1203.49 set-aside for trafficking victims could be open: a prostitution offense
 * (read from the catalog's prostitution category), probation completed, and victimization, which the case
 * file never shows, so the best answer is {@code unknown} with it asked. Rehabilitative: the immigration
 * effect is PriorReliefEffect's for a granted 1203.49 order.
 */
public final class Pc1203_49SetAside {
    public static final String VEHICLE = "pc1203_49";
    public static final String RULE = "ca.pc.1203_49";

    private Pc1203_49SetAside() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = RecordRelief.grantedEffect(ctx, VEHICLE);
        Result prostitution = prostitutionOffense(ctx, c);
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1203_49").fact("prostitutionOffense", prostitution.id())
                .fact("probationCompleted", c.probationCompleted().id()).because(ctx.isConviction());
        Finding stop = RecordRelief.foreclosed(ctx, VEHICLE, f, true);
        if (stop != null) return RecordRelief.stopped(VEHICLE, stop, effect, "dismiss");
        f.because(effect).because(RecordRelief.stillHelps(ctx));
        if (prostitution == Result.NO) return no(f, ctx, "vehicles_record.pc1203_49.not_prostitution", effect);
        if (c.probationCompleted() == Tri.NO) return no(f, ctx, "vehicles_record.pc1203_49.on_probation", effect);
        if (prostitution == Result.UNKNOWN) {
            f.because(ctx.say().finding(RULE + ".category").cite("ca.pc.1203_49")
                    .conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.pc1203_49.category_unknown")));
        }
        if (c.probationCompleted() == Tri.UNKNOWN) f.missing(c.factPath("probationCompleted"));
        f.missing(c.factPath("traffickingVictim"));
        return RecordRelief.assessment(VEHICLE, Result.UNKNOWN,
                f.conclude(Result.UNKNOWN, ctx.say().say("vehicles_record.pc1203_49.unknown")), effect, "dismiss", null);
    }

    /**
     * Whether the catalog treats the offense as a prostitution offense: NO where every matching entry's
     * prostitution rules are a fixed no; YES where any says anything else (yes, or unsettled for the
     * conduct-based federal ground, as for PC 647(b)): the offense is about prostitution even where the
     * immigration ground is in doubt; UNKNOWN where the catalog lacks the offense or the category.
     */
    static Result prostitutionOffense(VehicleContext ctx, Conviction c) {
        CatalogMatch.Match m = CatalogMatch.find(ctx.kb(), c);
        if (!m.found()) return Result.UNKNOWN;
        boolean allNo = true;
        for (Offense o : m.entries()) {
            Timeline<Rule> rules = o.consequences().get(Category.PROSTITUTION);
            if (rules == null) return Result.UNKNOWN;
            for (Timeline.Entry<Rule> e : rules.entries()) {
                if (!(e.value() instanceof Rule.Fixed fixed) || fixed.verdict() != Rule.Verdict.NO) allNo = false;
            }
        }
        return allNo ? Result.NO : Result.YES;
    }

    private static VehicleAssessment no(Finding.Builder f, VehicleContext ctx, String key, Finding effect) {
        return RecordRelief.assessment(VEHICLE, Result.NO, f.conclude(Result.NO, ctx.say().say(key)), effect, "dismiss", null);
    }
}
