package org.pcrnavigator.engine.vehicles.hs11361_8;

import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc1170_18.ChangeInLaw;
import org.pcrnavigator.engine.vehicles.pc1170_18.PropositionRelief;

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

    private static final PropositionRelief.Measure PROP_64 = new PropositionRelief.Measure(VEHICLE, RULE, "ca.hs.11361_8",
            "ca.prop.64_2016", EFFECTIVE, (before, after) -> ChangeInLaw.rank(after) < ChangeInLaw.rank(before),
            false, "vehicles_record.hs11361_8");

    private Hs11361_8Redesignation() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        // Prado v. Barr: redesignation does not count, so 1473.7(a)(1) or habeas is the better route.
        Finding route = ctx.say().finding(RULE + ".better_route").cite("ca9.prado_v_barr_2019", "ca.pc.1473_7")
                .conclude(Result.YES, ctx.say().say("vehicles_record.hs11361_8.better_route"));
        return PropositionRelief.assess(ctx, PROP_64, route);
    }
}
