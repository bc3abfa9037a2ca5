package org.pcrnavigator.engine.vehicles;

import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;

/**
 * What a post-conviction vehicle offers one conviction now: whether it is open, what it would change,
 * whether immigration law honours that change, and the explanation. Immutable.
 *
 * @param availability available | not_available | unknown
 * @param immigrationEffect effective | not_effective | uncertain
 * @param remedy vacate_conviction | vacate_sentence | reduce_to_misdemeanor | reduce_sentence | dismiss | redesignate
 * @param missingFacts facts whose answer could change the availability or what the motion can prove
 */
public record VehicleAssessment(String vehicle, String availability, String immigrationEffect, String remedy,
                                Finding explanation, List<String> missingFacts) {
    public VehicleAssessment {
        missingFacts = List.copyOf(missingFacts);
    }
}
