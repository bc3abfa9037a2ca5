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
        // A builder hands over a private copy (Frozen); anything else is copied, so no caller can change a finding.
        if (facts.isEmpty()) facts = Map.of();
        else if (!(facts instanceof Frozen)) facts = new Frozen(new LinkedHashMap<>(facts));
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

    /**
     * The facts of a finding: an unmodifiable view of a map that nothing else holds, in the order the facts
     * were given. Its own type lets the constructor tell a builder's hand-over from a caller's map.
     */
    private static final class Frozen extends java.util.AbstractMap<String, String> {
        private final Map<String, String> facts;

        Frozen(LinkedHashMap<String, String> facts) { this.facts = facts; }

        @Override public Set<Entry<String, String>> entrySet() { return Collections.unmodifiableMap(facts).entrySet(); }

        @Override public String get(Object key) { return facts.get(key); }

        @Override public boolean containsKey(Object key) { return facts.containsKey(key); }

        @Override public int size() { return facts.size(); }
    }

    /**
     * Strings in first-seen order without repeats. Most findings cite a handful of authorities and miss a
     * fact or two: a list scan is cheaper there than a hash set, which is built only once the list grows.
     */
    private static final class Ordered {
        private static final int SCAN = 12;
        private final List<String> items = new ArrayList<>();
        private Set<String> index;

        void add(String s) {
            if (index != null) {
                if (index.add(s)) items.add(s);
                return;
            }
            if (items.contains(s)) return;
            items.add(s);
            if (items.size() > SCAN) index = new java.util.HashSet<>(items);
        }

        List<String> toList() { return items.isEmpty() ? List.of() : List.copyOf(items); }
    }

    /** Starts a finding for {@code rule}. */
    public static Builder of(String rule) { return new Builder(rule); }

    /** Collects a finding's parts; the explanation sentence comes from the knowledge base. */
    public static final class Builder {
        private final String rule;
        private LinkedHashMap<String, String> facts = new LinkedHashMap<>();
        private boolean factsHandedOver;   // the map now belongs to a finding: copy it before another fact goes in
        // First-seen order, each once, where many sub-findings cite the same authorities.
        private final Ordered authorities = new Ordered();
        private final List<Finding> because = new ArrayList<>();
        private final Ordered missing = new Ordered();

        private Builder(String rule) { this.rule = rule; }

        public Builder fact(String name, Object value) {
            if (factsHandedOver) {
                facts = new LinkedHashMap<>(facts);
                factsHandedOver = false;
            }
            facts.put(name, value == null ? "unknown" : String.valueOf(value));
            return this;
        }

        public Builder cite(List<String> ids) {
            for (String id : ids) authorities.add(id);
            return this;
        }

        public Builder cite(String... ids) {
            for (String id : ids) authorities.add(java.util.Objects.requireNonNull(id));
            return this;
        }

        public Builder because(Finding f) {
            if (f != null) because.add(f);
            return this;
        }

        public Builder missing(String factPath) {
            missing.add(factPath);
            return this;
        }

        public Finding conclude(Result result, String text) {
            Map<String, String> handed = facts.isEmpty() ? Map.of() : new Frozen(facts);
            factsHandedOver = true;
            return new Finding(rule, result, text, handed, authorities.toList(), because, missing.toList());
        }
    }
}
