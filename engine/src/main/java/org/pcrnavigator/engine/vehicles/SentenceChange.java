package org.pcrnavigator.engine.vehicles;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.PriorMotion;
import org.pcrnavigator.engine.casefile.PriorRelief;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.relief.PriorReliefEffect;

/**
 * Shared by the vehicles that change a sentence or a level without naming a legal defect (PC 17(b),
 * 18.5(b), 1203.3, 1172.1, 1170.91, 1172.6): what the order would be worth in immigration law is what
 * {@link PriorReliefEffect} decides for the same order once granted, so this asks it about the order the
 * motion would produce (filed now, or on the filing date of a pending motion of the same kind; naming no
 * defect; reliance at the plea not shown in the file). No reasoning is duplicated here.
 */
public final class SentenceChange {
    private SentenceChange() {}

    /** The immigration effect of the order {@code vehicle} would produce, as PriorReliefEffect reads it. */
    public static Finding effect(VehicleContext ctx, String vehicle) {
        Conviction c = ctx.conviction();
        PartialDate filed = PartialDate.of(ctx.asOf());
        for (PriorMotion m : c.priorMotions()) {
            if (vehicle.equals(m.vehicle()) && "pending".equals(m.result()) && m.filedDate() != null) filed = m.filedDate();
        }
        PriorRelief order = new PriorRelief(vehicle, null, filed, "none", Tri.UNKNOWN);
        return PriorReliefEffect.decide(c, order, ctx.caseFile(), ctx.kb(), ctx.say()).explanation();
    }

    /** The report's word for an effect finding. */
    public static String effectWord(Finding effect) { return PriorReliefEffect.effect(effect.result()); }

    /** The report's word for an availability result: unsettled law leaves the motion open to try. */
    public static String availability(Result open) { return org.pcrnavigator.engine.vehicles.Availability.word(open); }

    /** Whether relief of this type was already granted on the conviction. */
    public static boolean alreadyGranted(Conviction c, String vehicle) {
        return c.priorRelief().stream().anyMatch(r -> vehicle.equals(r.type()));
    }

    /**
     * Concludes a vehicle's finding on the sentence {@code key}, with the effect beneath it, asking nothing
     * beyond the tree's own missing facts and closing on no date.
     */
    public static VehicleAssessment conclude(VehicleContext ctx, String vehicle, Finding.Builder f, Finding effect, Result open,
                                             String key) {
        Finding finding = f.because(effect).conclude(open, ctx.say().say(key));
        return result(vehicle, Vehicles.remedy(vehicle), finding, effect, List.of(), null);
    }

    /**
     * The assessment. The explanation is the availability finding, with the effect finding beneath it; the
     * missing facts are those of the whole tree, then {@code extra} (elements the movant must prove); none
     * where the vehicle is closed.
     */
    public static VehicleAssessment result(String vehicle, String remedy, Finding explanation, Finding effect, List<String> extra,
                                           java.time.LocalDate until) {
        // A closed vehicle asks nothing: no answer could open it.
        List<String> missing = new ArrayList<>();
        if (explanation.result() != Result.NO) {
            missing.addAll(explanation.allMissingFacts());
            missing.addAll(extra);
        }
        return new VehicleAssessment(vehicle, availability(explanation.result()), effectWord(effect), remedy, explanation,
                missing, until);
    }
}
