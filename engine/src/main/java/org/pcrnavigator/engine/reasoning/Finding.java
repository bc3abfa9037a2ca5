package org.pcrnavigator.engine.reasoning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<String> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Finding f, List<String> out) {
        for (String m : f.missingFacts) if (!out.contains(m)) out.add(m);
        for (Finding b : f.because) collect(b, out);
    }

    /** Starts a finding for {@code rule}. */
    public static Builder of(String rule) { return new Builder(rule); }

    /** Collects a finding's parts; the explanation sentence comes from the knowledge base. */
    public static final class Builder {
        private final String rule;
        private final Map<String, String> facts = new LinkedHashMap<>();
        private final List<String> authorities = new ArrayList<>();
        private final List<Finding> because = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();

        private Builder(String rule) { this.rule = rule; }

        public Builder fact(String name, Object value) {
            facts.put(name, value == null ? "unknown" : String.valueOf(value));
            return this;
        }

        public Builder cite(List<String> ids) {
            for (String id : ids) if (!authorities.contains(id)) authorities.add(id);
            return this;
        }

        public Builder cite(String... ids) { return cite(List.of(ids)); }

        public Builder because(Finding f) {
            if (f != null) because.add(f);
            return this;
        }

        public Builder missing(String factPath) {
            if (!missing.contains(factPath)) missing.add(factPath);
            return this;
        }

        public Finding conclude(Result result, String text) {
            return new Finding(rule, result, text, facts, authorities, because, missing);
        }
    }
}
