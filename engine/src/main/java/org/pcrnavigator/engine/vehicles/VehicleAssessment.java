package org.pcrnavigator.engine.vehicles;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;

/**
 * What a post-conviction vehicle offers one conviction now: whether it is open, what it would change,
 * whether immigration law honours that change, and the explanation. Immutable.
 *
 * @param availability available | not_available | unknown
 * @param immigrationEffect effective | not_effective | uncertain
 * @param remedy vacate_conviction | vacate_sentence | reduce_to_misdemeanor | reduce_sentence | dismiss | redesignate
 * @param missingFacts facts whose answer could change the availability or what the motion can prove; kept
 *     each once, in first-seen order, where a rule reaches the same fact through two findings
 * @param availableUntil the last day the vehicle is open where a window closes it (an extension of the
 *     report format: PC 1018's six months, habeas until custody ends, PC 1473.6's year), or null
 */
public record VehicleAssessment(String vehicle, String availability, String immigrationEffect, String remedy,
                                Finding explanation, List<String> missingFacts, java.time.LocalDate availableUntil) {
    public VehicleAssessment {
        missingFacts = firstOfEach(missingFacts);
    }

    private static List<String> firstOfEach(List<String> facts) {
        if (facts.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(facts.size());
        for (String f : facts) if (!out.contains(f)) out.add(f);
        return List.copyOf(out);
    }

    /** An assessment with no closing window. */
    public VehicleAssessment(String vehicle, String availability, String immigrationEffect, String remedy, Finding explanation,
                             List<String> missingFacts) {
        this(vehicle, availability, immigrationEffect, remedy, explanation, missingFacts, null);
    }
}
