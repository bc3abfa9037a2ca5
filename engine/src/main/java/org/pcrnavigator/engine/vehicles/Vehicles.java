package org.pcrnavigator.engine.vehicles;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.pc1016_5.Pc1016_5Vacatur;
import org.pcrnavigator.engine.vehicles.pc1473_7.Pc1473_7A1Vacatur;

/** Assesses every vehicle of the case format for one conviction, each with its own rule, in the format's order. */
public final class Vehicles {
    private Vehicles() {}

    public static List<VehicleAssessment> assess(VehicleContext ctx) {
        List<VehicleAssessment> out = new ArrayList<>();
        for (String v : CaseFileReader.VEHICLES) out.add(assess(v, ctx));
        return out;
    }

    static VehicleAssessment assess(String vehicle, VehicleContext ctx) {
        return switch (vehicle) {
            case "pc1473_7_a1" -> Pc1473_7A1Vacatur.assess(ctx);
            case "pc1016_5" -> Pc1016_5Vacatur.assess(ctx);
            default -> notYetEvaluated(vehicle, ctx);
        };
    }

    /** The remedy a vehicle gives when granted. */
    public static String remedy(String vehicle) {
        return switch (vehicle) {
            case "pc17b" -> "reduce_to_misdemeanor";
            case "pc18_5b", "pc1203_3", "pc1172_1", "pc1170_91" -> "reduce_sentence";
            case "pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_425", "pc1385", "pc1203_49", "pc1210_1" -> "dismiss";
            case "pc1170_18", "hs11361_8" -> "redesignate";
            default -> "vacate_conviction";
        };
    }

    private static VehicleAssessment notYetEvaluated(String vehicle, VehicleContext ctx) {
        Finding f = Finding.of("vehicle." + vehicle).conclude(Result.UNKNOWN, ctx.say().say("vehicle.not_yet_evaluated"));
        return new VehicleAssessment(vehicle, "unknown", "uncertain", remedy(vehicle), f, List.of());
    }
}
