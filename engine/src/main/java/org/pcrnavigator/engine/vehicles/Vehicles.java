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
            case "pc1473_7_a2" -> org.pcrnavigator.engine.vehicles.pc1473_7.Pc1473_7A2Vacatur.assess(ctx);
            case "pc1473_7_a3" -> org.pcrnavigator.engine.vehicles.pc1473_7.Pc1473_7A3Vacatur.assess(ctx);
            case "pc1473_6" -> org.pcrnavigator.engine.vehicles.pc1473_6.Pc1473_6Vacatur.assess(ctx);
            case "coram_nobis" -> org.pcrnavigator.engine.vehicles.coram_nobis.CoramNobis.assess(ctx);
            case "habeas" -> org.pcrnavigator.engine.vehicles.habeas.StateHabeas.assess(ctx);
            case "pc1018" -> org.pcrnavigator.engine.vehicles.pc1018.Pc1018PleaWithdrawal.assess(ctx);
            case "pc1203_4" -> org.pcrnavigator.engine.vehicles.pc1203_4.Pc1203_4Dismissal.assess(ctx);
            case "pc1203_4a" -> org.pcrnavigator.engine.vehicles.pc1203_4a.Pc1203_4aDismissal.assess(ctx);
            case "pc1203_41" -> org.pcrnavigator.engine.vehicles.pc1203_41.Pc1203_41Dismissal.assess(ctx);
            case "pc1203_42" -> org.pcrnavigator.engine.vehicles.pc1203_42.Pc1203_42Dismissal.assess(ctx);
            case "pc1203_425" -> org.pcrnavigator.engine.vehicles.pc1203_425.Pc1203_425AutomaticRelief.assess(ctx);
            case "pc1203_43" -> org.pcrnavigator.engine.vehicles.pc1203_43.Pc1203_43DejWithdrawal.assess(ctx);
            case "pc1170_18" -> org.pcrnavigator.engine.vehicles.pc1170_18.Pc1170_18Redesignation.assess(ctx);
            case "hs11361_8" -> org.pcrnavigator.engine.vehicles.hs11361_8.Hs11361_8Redesignation.assess(ctx);
            case "pc236_14" -> org.pcrnavigator.engine.vehicles.pc236_14.Pc236_14Vacatur.assess(ctx);
            case "pc236_15" -> org.pcrnavigator.engine.vehicles.pc236_15.Pc236_15Vacatur.assess(ctx);
            case "pc1203_49" -> org.pcrnavigator.engine.vehicles.pc1203_49.Pc1203_49SetAside.assess(ctx);
            case "pc17b" -> org.pcrnavigator.engine.vehicles.pc17b.Pc17bReduction.assess(ctx);
            case "pc18_5b" -> org.pcrnavigator.engine.vehicles.pc18_5b.Pc18_5bResentencing.assess(ctx);
            case "pc1203_3" -> org.pcrnavigator.engine.vehicles.pc1203_3.Pc1203_3Modification.assess(ctx);
            case "pc1172_1" -> org.pcrnavigator.engine.vehicles.pc1172_1.Pc1172_1Recall.assess(ctx);
            case "pc1385" -> org.pcrnavigator.engine.vehicles.pc1385.Pc1385Dismissal.assess(ctx);
            case "pc1170_91" -> org.pcrnavigator.engine.vehicles.pc1170_91.Pc1170_91VeteranResentencing.assess(ctx);
            case "pc1172_6" -> org.pcrnavigator.engine.vehicles.pc1172_6.Pc1172_6Resentencing.assess(ctx);
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
        Finding f = ctx.say().finding("vehicle." + vehicle).conclude(Result.UNKNOWN, ctx.say().say("vehicle.not_yet_evaluated"));
        return new VehicleAssessment(vehicle, "unknown", "uncertain", remedy(vehicle), f, List.of());
    }
}
