package org.pcrnavigator.engine.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One node of an explanation tree: the rule that decided, its result, the sentence that says why, the
 * facts it used, the authorities it rests on and the findings beneath it. Every rule returns one.
 * Immutable.
 *
 * @param missingFacts fact paths (e.g. {@code convictions.c1.counselAdvice}) whose answer could change
 *     this finding; each becomes a question
 */
public record Finding(String rule, Result result, String text, Map<String, String> facts, List<String> authorities,
                      List<Finding> because, List<String> missingFacts) {
    public Finding {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        authorities = List.copyOf(authorities);
        because = List.copyOf(because);
        missingFacts = List.copyOf(missingFacts);
    }

    /** Every missing fact of this finding and those beneath it, in tree order, without repeats. */
    public List<String> allMissingFacts() {
        Set<String> out = new LinkedHashSet<>();
        collect(this, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new ArrayList<>(out);
    }

    private static void collect(Finding f, Set<String> out, Set<Finding> seen) {
        // Trees share subtrees (a goal rests on grounds that rest on the same categories): a subtree seen
        // before has nothing new to add, so the order and the result are as a full walk gives them.
        if (!seen.add(f)) return;
        out.addAll(f.missingFacts);
        for (Finding b : f.because) collect(b, out, seen);
    }

    /** Starts a finding for {@code rule}. */
    public static Builder of(String rule) { return new Builder(rule); }

    /** Collects a finding's parts; the explanation sentence comes from the knowledge base. */
    public static final class Builder {
        private final String rule;
        private final Map<String, String> facts = new LinkedHashMap<>();
        // Sets keep first-seen order and make "cite once" cheap where many sub-findings cite the same authorities.
        private final Set<String> authorities = new LinkedHashSet<>();
        private final List<Finding> because = new ArrayList<>();
        private final Set<String> missing = new LinkedHashSet<>();

        private Builder(String rule) { this.rule = rule; }

        public Builder fact(String name, Object value) {
            facts.put(name, value == null ? "unknown" : String.valueOf(value));
            return this;
        }

        public Builder cite(List<String> ids) {
            authorities.addAll(ids);
            return this;
        }

        public Builder cite(String... ids) { return cite(List.of(ids)); }

        public Builder because(Finding f) {
            if (f != null) because.add(f);
            return this;
        }

        public Builder missing(String factPath) {
            missing.add(factPath);
            return this;
        }

        public Finding conclude(Result result, String text) {
            return new Finding(rule, result, text, facts, List.copyOf(authorities), because, List.copyOf(missing));
        }
    }
}
