package org.pcrnavigator.law.offense;

import java.util.List;
import java.util.Map;

/**
 * How one consequence category applies to an offense, as the catalog states it: a fixed answer, a
 * threshold on the count's sentence or the victims' loss, or a choice the record of conviction makes.
 * Immutable.
 */
public sealed interface Rule {
    List<String> authorities();

    /** Our note on the rule (why, scope), or null. */
    String note();

    /** The answer does not depend on the conviction's facts. */
    record Fixed(Verdict verdict, String reason, String note, List<String> authorities) implements Rule {
        public Fixed { authorities = List.copyOf(authorities); }
    }

    /** An aggravated felony only with a term of imprisonment of a year or more on the count. */
    record SentenceAtLeastOneYear(String subparagraph, String note, List<String> authorities) implements Rule {
        public SentenceAtLeastOneYear { authorities = List.copyOf(authorities); }
    }

    /** An aggravated felony only where the loss to the victims exceeds $10,000. */
    record LossOverTenThousand(String subparagraph, String note, List<String> authorities) implements Rule {
        public LossOverTenThousand { authorities = List.copyOf(authorities); }
    }

    /** Depends on which alternative the record establishes; {@code decider} names the record fact. */
    record Divisible(String decider, Map<String, Rule> when, String note, List<String> authorities) implements Rule {
        public Divisible {
            when = Map.copyOf(when);
            authorities = List.copyOf(authorities);
        }
    }

    /**
     * Triggered if any of the rules is: an offense that is an aggravated felony two ways (a forgery with a
     * year imposed, or a fraud with a loss over $10,000) answers yes when either applies.
     */
    record AnyOf(List<Rule> rules, String note, List<String> authorities) implements Rule {
        public AnyOf {
            rules = List.copyOf(rules);
            authorities = List.copyOf(authorities);
        }
    }

    /** The fixed answers the catalog may give. */
    enum Verdict {
        YES, NO, UNSETTLED, ARGUABLY_NO;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
