package org.pcrnavigator.engine.goals;

import java.util.List;
import org.pcrnavigator.engine.grounds.ConvictionAnalysis;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * What the asylum and withholding goals share about one conviction: whether it counts, whether it is (or may
 * be) an aggravated felony, and the case-by-case risk that any conviction carries of being found a
 * particularly serious crime (Matter of N-A-M-; Delgado v. Holder). A conviction that is not one for
 * immigration purposes carries no risk; one whose status is unknown leaves the answer unknown.
 */
final class ParticularlySeriousCrime {
    private ParticularlySeriousCrime() {}

    /** The case-by-case risk: unsettled for every conviction that counts (or may), never "no" for one that does. */
    static Result caseByCase(ConvictionAnalysis a) {
        return a.isConviction().result().and(Result.UNSETTLED);
    }

    /** The aggravated-felony result, counting only a conviction for immigration purposes. */
    static Result aggravatedFelony(ConvictionAnalysis a) {
        return a.counts(Category.AGGRAVATED_FELONY);
    }

    /**
     * True where the conviction is (or may be) both an aggravated felony and a controlled-substance offense:
     * a drug-trafficking aggravated felony under INA 101(a)(43)(B), the class Matter of Y-L- presumes
     * particularly serious.
     */
    static boolean mayBeDrugTrafficking(ConvictionAnalysis a) {
        return aggravatedFelony(a).isRisk() && a.counts(Category.CONTROLLED_SUBSTANCE).isRisk();
    }

    static String label(ConvictionAnalysis a) {
        return a.conviction().id() + " (" + a.conviction().charge().display() + ")";
    }

    /** A conviction whose status for immigration purposes is unknown: the answer waits on that. */
    static Finding notKnownToCount(String rule, ConvictionAnalysis a, Explainer say) {
        return say.finding(rule).because(a.isConviction()).cite(a.isConviction().authorities())
                .conclude(Result.UNKNOWN, say.say("goal.protection.psc.conviction_unknown", "conviction", label(a)));
    }

    static String join(List<String> ids) { return String.join(", ", ids); }
}
