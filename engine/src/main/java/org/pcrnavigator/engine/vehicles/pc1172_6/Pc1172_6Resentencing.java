package org.pcrnavigator.engine.vehicles.pc1172_6;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.SentenceChange;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.Vehicles;
import org.pcrnavigator.law.statute.Charge;

/**
 * Decides whether a petition under PC 1172.6 (former 1170.95) can reach this conviction: in force from its
 * operative date, for the offenses the knowledge base lists on the evaluation date (murder; attempted
 * murder and manslaughter from SB 775). Whether the conviction rested, or by plea could have rested, on an
 * imputed-malice theory decides the petition and the case format cannot show it, so a listed offense is
 * answered {@code unknown} with the reason and the question {@code imputedMaliceTheory}. The immigration effect of a grant is unsettled (PriorReliefEffect).
 */
public final class Pc1172_6Resentencing {
    public static final String VEHICLE = "pc1172_6";
    public static final String RULE = "ca.pc.1172_6";

    private Pc1172_6Resentencing() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        Conviction c = ctx.conviction();
        Finding effect = SentenceChange.effect(ctx, VEHICLE);
        LocalDate operative = ctx.dateParameter("ca.pc1172_6.operative_date");
        Finding.Builder f = ctx.say().finding(RULE).cite("ca.pc.1172_6").fact("statute", c.charge().display()).because(ctx.isConviction());
        if (ctx.asOf().isBefore(operative)) return done(ctx, f, effect, Result.NO, "pc1172_6.not_yet_in_force", "date", operative);
        if (ctx.isConviction().result() == Result.NO) return done(ctx, f, effect, Result.NO, "vehicle.no_conviction");
        var listed = ctx.kb().parameter("ca.pc1172_6.eligible_offenses").at(ctx.asOf());
        f.cite(listed.authorities());
        String names = String.join(", ", listed.asStatutes().stream().map(Charge::display).toList());
        if (listed.asStatutes().stream().noneMatch(l -> matches(l, c.charge()))) {
            return done(ctx, f, effect, Result.NO, "pc1172_6.not_listed", "statutes", names);
        }
        boolean denied = c.priorMotions().stream().anyMatch(m -> VEHICLE.equals(m.vehicle()) && "denied".equals(m.result()));
        f.fact("earlierPetitionDenied", denied).missing(c.factPath("imputedMaliceTheory"));
        return done(ctx, f, effect, Result.UNKNOWN, denied ? "pc1172_6.successive" : "pc1172_6.theory_unknown", "statutes", names);
    }

    /** Whether a conviction's charge falls under a listed one: the same slash form, each section covering the other's. */
    static boolean matches(Charge listed, Charge conviction) {
        if ((listed.prefix() == null) != (conviction.prefix() == null)) return false;
        if (listed.prefix() != null && !conviction.prefix().startsWith(listed.prefix())) return false;
        return conviction.offense().startsWith(listed.offense());
    }

    private static VehicleAssessment done(VehicleContext ctx, Finding.Builder f, Finding effect, Result open, String key, Object... args) {
        Finding finding = f.because(effect).conclude(open, ctx.say().say(key, args));
        return SentenceChange.result(VEHICLE, Vehicles.remedy(VEHICLE), finding, effect, List.of(), null);
    }
}
