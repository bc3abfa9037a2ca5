package org.pcrnavigator.engine.vehicles.pc1170_18;

import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
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

    private static final PropositionRelief.Measure PROP_47 = new PropositionRelief.Measure(VEHICLE, RULE, "ca.pc.1170_18",
            "ca.prop.47_2014", EFFECTIVE,
            (before, after) -> (before == Level.FELONY || before == Level.WOBBLER) && after == Level.MISDEMEANOR,
            true, "vehicles_record.pc1170_18");

    private Pc1170_18Redesignation() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        return PropositionRelief.assess(ctx, PROP_47);
    }
}
