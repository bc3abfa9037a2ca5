package org.pcrnavigator.engine.vehicles.pc1385;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/**
 * Decides whether the court can still dismiss this count in furtherance of justice under PC 1385, and
 * what that would be worth. Before judgment (sentencing pending, nothing ordered), a dismissal leaves no
 * formal judgment and no punishment, so no conviction under INA 101(a)(48)(A). Where probation was granted
 * with imposition suspended, the court keeps the power until probation ends (People v. Chavez), but the
 * plea plus probation is already a conviction, and a dismissal for equity rather than a legal defect does
 * not remove it (Pickering; Roldan). After judgment, the power to dismiss the conviction is gone.
 */
public final class Pc1385Dismissal {
    public static final String VEHICLE = "pc1385";
    public static final String RULE = "ca.pc.1385";

    private Pc1385Dismissal() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Sentence s = c.sentence() == null ? Sentence.UNKNOWN : c.sentence();
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1385", "cal.chavez_2018")
                .fact("judgmentDate", c.judgmentPending() ? "pending" : c.judgmentDate())
                .fact("impositionSuspended", s.impositionSuspended().id()).fact("probationCompleted", c.probationCompleted().id())
                .because(ctx.isConviction());
        Finding.Builder e = ctx.say().finding(RULE + ".immigration_effect").cite("us.ina.101_a_48", "bia.pickering_2003");
        if (ctx.isConviction().result() == Result.NO) {
            return done(ctx, f, e.conclude(Result.NO, ctx.say().say("pc1385.effect_no_conviction")), Result.NO, "vehicle.no_conviction");
        }
        Finding notEffective = e.cite("bia.roldan_1999").conclude(Result.NO, ctx.say().say("pc1385.effect_after_restraint"));
        if (c.judgmentPending()) {
            Finding effective = ctx.say().finding(RULE + ".immigration_effect").cite("us.ina.101_a_48", "bia.pickering_2003")
                    .conclude(Result.YES, ctx.say().say("pc1385.effect_before_judgment"));
            return done(ctx, f, effective, Result.YES, "pc1385.before_judgment");
        }
        if (s.impositionSuspended() == Tri.YES) {
            if (c.probationCompleted() == Tri.YES) return done(ctx, f, notEffective, Result.NO, "pc1385.probation_over");
            if (c.probationCompleted() == Tri.UNKNOWN) {
                f.missing(c.factPath("probationCompleted"));
                return done(ctx, f, notEffective, Result.UNKNOWN, "pc1385.probation_unknown");
            }
            return done(ctx, f, notEffective, Result.YES, "pc1385.during_probation");
        }
        if (c.judgmentDate() != null || s.impositionSuspended() == Tri.NO) {
            return done(ctx, f, notEffective, Result.NO, "pc1385.after_judgment");
        }
        f.missing(c.factPath("sentence.impositionSuspended"));
        Finding unknown = ctx.say().finding(RULE + ".immigration_effect").cite("us.ina.101_a_48", "bia.pickering_2003", "bia.roldan_1999")
                .conclude(Result.UNKNOWN, ctx.say().say("pc1385.effect_unknown"));
        return done(ctx, f, unknown, Result.UNKNOWN, "pc1385.judgment_unknown");
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key) {
        return SentenceChange.conclude(ctx, VEHICLE, f, effect, open, key);
    }
}
