package org.pcrnavigator.engine.vehicles.pc236_15;

import org.pcrnavigator.engine.vehicles.VehicleAssessment;
import org.pcrnavigator.engine.vehicles.VehicleContext;
import org.pcrnavigator.engine.vehicles.pc236_14.VictimVacatur;

/** Vacatur for victims of intimate-partner or sexual violence under PC 236.15: see {@link VictimVacatur}. */
public final class Pc236_15Vacatur {
    public static final String VEHICLE = "pc236_15";

    private Pc236_15Vacatur() {}

    public static VehicleAssessment assess(VehicleContext ctx) {
        return VictimVacatur.assess(ctx, VEHICLE, "ca.pc.236_15", "ca.pc.236_15", "ca.pc236_15.operative_date",
                "intimatePartnerViolenceVictim", "vehicles_record.pc236_15.unknown");
    }
}
