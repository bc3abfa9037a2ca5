package org.pcrnavigator.engine.vehicles.pc236_14;

import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;

/** Vacatur for human-trafficking victims under PC 236.14: see {@link VictimVacatur}. */
public final class Pc236_14Vacatur {
    public static final String VEHICLE = "pc236_14";

    private Pc236_14Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        return VictimVacatur.assess(ctx, VEHICLE, "ca.pc.236_14", "ca.pc.236_14", "ca.pc236_14.operative_date",
                "traffickingVictim", "vehicles_record.pc236_14.unknown");
    }
}
