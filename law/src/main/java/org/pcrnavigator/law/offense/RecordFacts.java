package org.pcrnavigator.law.offense;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record facts of the case format (what the record of conviction establishes) and the words each
 * enumerated one takes. The catalog's divisible rules and the case-file reader share this vocabulary, so
 * a rule can never wait for a value the reader would never produce. {@code conduct} extends the format:
 * the act the plea admits, which divides the drug-sale statutes.
 */
public final class RecordFacts {
    private RecordFacts() {}

    /** Every record-fact key, in the format's order. */
    public static final List<String> KEYS = List.of("substance", "victimRelationship", "victimAge", "victimIsMinor",
            "lossAmount", "weapon", "entryIntent", "structure", "subdivision", "conduct");

    /** The words an enumerated record fact takes (the value {@code silent} is always allowed besides). */
    public static final Map<String, Set<String>> VALUES = Map.of(
            "victimRelationship", Set.of("spouse", "former_spouse", "cohabitant", "co_parent", "dating", "family", "none"),
            "victimIsMinor", Set.of("yes", "no"),
            "weapon", Set.of("firearm", "ammunition", "other", "none"),
            "structure", Set.of("residence", "commercial", "vehicle"),
            "conduct", Set.of("possess", "possess_for_sale", "sell", "offer_to_sell", "transport", "transport_for_sale",
                    "give_away", "furnish", "administer", "manufacture", "cultivate", "import", "use"));

    /** The keys a divisible rule's {@code when} map uses for {@code decider}, or null where any word goes. */
    public static Set<String> whenKeys(String decider) {
        if (decider.equals("substance")) return Set.of("federally_controlled", "not_federally_controlled");
        return VALUES.get(decider);
    }
}
