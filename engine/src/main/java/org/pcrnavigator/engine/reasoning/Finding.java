package org.pcrnavigator.engine.reasoning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One node of an explanation tree: the rule that decided, its result, the sentence that says why, the
 * facts it used, the authorities it rests on and the findings beneath it (a brief report's findings keep
 * no facts or authorities: see {@link #brief}). Every rule returns one. Immutable.
 *
 * @param missingFacts fact paths (e.g. {@code convictions.c1.counselAdvice}) whose answer could change
 *     this finding; each becomes a question
 */
public record Finding(String rule, Result result, String text, Map<String, String> facts, List<String> authorities,
                      List<Finding> because, List<String> missingFacts) {
    public Finding {
        // A builder hands over a private copy (Frozen); anything else is copied, so no caller can change a finding.
        if (facts.isEmpty()) facts = Map.of();
        else if (!(facts instanceof Frozen)) facts = Frozen.copyOf(facts);
        // Lists a builder hands over (Sealed) are already private and immutable; anything else is copied.
        if (!(authorities instanceof Cited)) authorities = Sealed.copyOf(authorities);
        because = Sealed.copyOf(because);
        missingFacts = Sealed.copyOf(missingFacts);
        List<String> all = inTree(missingFacts, because);
        if (!all.isEmpty()) missingFacts = new Missing(missingFacts, all);
    }

    /** Every missing fact of this finding and those beneath it, in tree order, without repeats. Unmodifiable. */
    public List<String> allMissingFacts() { return missingFacts instanceof Missing m ? m.inTree : List.of(); }

    /**
     * The missing facts of a tree in preorder, each once: this finding's own, then each sub-finding's (already
     * gathered when it was made). Asked of every vehicle, ground, goal and open category, gathering them once
     * here costs less than walking the shared subtrees at each asking; most trees miss nothing and allocate nothing.
     */
    private static List<String> inTree(List<String> own, List<Finding> because) {
        List<String> only = own.size() > 1 ? distinct(own) : own;
        Ordered merged = null;
        for (int i = 0, n = because.size(); i < n; i++) {
            List<String> below = because.get(i).allMissingFacts();
            if (below.isEmpty()) continue;
            if (merged == null) {
                if (only.isEmpty()) {
                    only = below;
                    continue;
                }
                merged = new Ordered();
                for (String m : only) merged.add(m);
            }
            for (String m : below) merged.add(m);
        }
        return merged == null ? only : merged.toList();
    }

    private static List<String> distinct(List<String> list) {
        Ordered o = new Ordered();
        for (String s : list) o.add(s);
        return o.toList();
    }

    /**
     * A finding's own missing facts (what the list holds, compares and prints as) with those of the whole tree
     * beneath it, gathered when the finding was made. Only findings that miss something below carry one.
     */
    private static final class Missing extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final List<String> own;
        private final List<String> inTree;

        Missing(List<String> own, List<String> inTree) {
            this.own = own;
            this.inTree = inTree;
        }

        @Override public String get(int i) { return own.get(i); }

        @Override public int size() { return own.size(); }
    }

    /**
     * The facts of a finding: an unmodifiable view of a map that nothing else holds, in the order the facts
     * were given. Its own type lets the constructor tell a builder's hand-over from a caller's map.
     */
    private static final class Frozen extends java.util.AbstractMap<String, String> {
        // Names and values side by side: a finding has a handful of facts, where a scan beats a hash table.
        // A value is kept as given when it is immutable and written the same each time (see text): many
        // facts are never read (the relief plan analyses the case once for each fix and reads only results),
        // so they are not written out until they are.
        private final String[] names;
        private final Object[] values;
        private final int size;

        Frozen(String[] names, Object[] values, int size) {
            this.names = names;
            this.values = values;
            this.size = size;
        }

        static Frozen copyOf(Map<String, String> facts) {
            String[] n = new String[facts.size()];
            String[] v = new String[facts.size()];
            int i = 0;
            for (Entry<String, String> e : facts.entrySet()) {
                n[i] = e.getKey();
                v[i++] = e.getValue();
            }
            return new Frozen(n, v, i);
        }

        private int indexOf(Object name) {
            for (int i = 0; i < size; i++) if (java.util.Objects.equals(names[i], name)) return i;
            return -1;
        }

        @Override public String get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : text(values[i]);
        }

        @Override public boolean containsKey(Object key) { return indexOf(key) >= 0; }

        @Override public int size() { return size; }

        @Override public Set<Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override public int size() { return size; }

                @Override public java.util.Iterator<Entry<String, String>> iterator() {
                    return new java.util.Iterator<>() {
                        int i;

                        @Override public boolean hasNext() { return i < size; }

                        @Override public Entry<String, String> next() {
                            if (i >= size) throw new java.util.NoSuchElementException();
                            Entry<String, String> e = new SimpleImmutableEntry<>(names[i], text(values[i]));
                            i++;
                            return e;
                        }
                    };
                }
            };
        }
    }

    /** A fact's value as a finding states it: {@code unknown} where there is none. */
    private static String text(Object value) { return value == null ? "unknown" : value.toString(); }

    /**
     * Whether a value may be kept and written later: only types that cannot change and whose text is fixed,
     * so the fact reads the same whenever it is read. Anything else is written when given.
     */
    private static boolean keepsItsText(Object value) {
        return value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Boolean || value instanceof java.time.LocalDate
                || value instanceof org.pcrnavigator.engine.casefile.PartialDate || value instanceof Enum<?>;
    }

    /**
     * Strings in first-seen order without repeats. Most findings cite a handful of authorities and miss a
     * fact or two: a list scan is cheaper there than a hash set, which is built only once the list grows.
     */
    private static final class Ordered {
        private static final int SCAN = 12;
        private final Growing<String> items = new Growing<>();
        private Set<String> index;

        void add(String s) {
            java.util.Objects.requireNonNull(s);
            if (index != null) {
                if (index.add(s)) items.add(s);
                return;
            }
            if (scanFinds(s)) return;
            items.add(s);
            if (items.size > SCAN) index = new java.util.HashSet<>(items.toList());
        }

        /**
         * Whether the list holds {@code s}. The same few ids are cited again and again, mostly as the same
         * instance, so identity is tried first; fact paths are made afresh for each finding, and comparing
         * their text is cheaper than hashing it.
         */
        private boolean scanFinds(String s) {
            Object[] items = this.items.items;
            int size = this.items.size;
            for (int i = 0; i < size; i++) if (items[i] == s) return true;
            for (int i = 0; i < size; i++) if (s.equals(items[i])) return true;
            return false;
        }

        List<String> toList() { return items.toList(); }
    }

    /**
     * A list a builder grows and then hands to a finding without a copy: once handed over, the next addition
     * copies the array first, so a finding never changes.
     */
    private static final class Growing<T> {
        private static final Object[] NONE = {};
        private Object[] items = NONE;   // most findings have no sub-findings or missing facts: nothing allocated for them
        private int size;
        private boolean handedOver;

        void add(T t) {
            if (handedOver || size == items.length) {
                items = java.util.Arrays.copyOf(items, size == items.length ? Math.max(4, size * 2) : items.length);
                handedOver = false;
            }
            items[size++] = t;
        }


        List<T> toList() {
            if (size == 0) return List.of();
            handedOver = true;
            return new Sealed<>(items, size);
        }
    }

    /** An immutable list over an array that nothing else will change; its own type tells the constructor so. */
    private static final class Sealed<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final Object[] items;
        private final int size;

        Sealed(Object[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @SuppressWarnings("unchecked")
        static <T> List<T> copyOf(List<T> list) {
            if (list instanceof Sealed<T>) return list;
            if (list instanceof Missing m) return (List<T>) m.own;   // a finding's own missing facts, re-gathered for the new tree
            return list.isEmpty() ? List.of() : List.copyOf(list);   // most findings hand over empty lists
        }

        @SuppressWarnings("unchecked")
        @Override public T get(int i) {
            java.util.Objects.checkIndex(i, size);
            return (T) items[i];
        }

        @Override public int size() { return size; }
    }

    /**
     * A finding's authorities: each id once, in first-seen order, as read; kept as cited (repeats and all) until
     * first read. Many findings' authorities are never read (the relief plan's analyses of each fix read only
     * results), and dropping repeats as ids were cited cost a sixth of a bulk run's analysis before brief
     * findings. A finding that cites another's authorities takes them as cited too: dropping repeats from the
     * whole gives the same ids in the same order.
     */
    private static final class Cited extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final List<String> asCited;
        // Made at the first read. A racy write of an immutable list (its fields are final), so a thread sees either
        // none, and makes the same list again, or all of one.
        private List<String> distinct;

        Cited(List<String> asCited) { this.asCited = asCited; }

        private List<String> distinct() {
            List<String> d = distinct;
            if (d == null) {
                d = Finding.distinct(asCited);
                distinct = d;
            }
            return d;
        }

        @Override public String get(int i) { return distinct().get(i); }

        @Override public int size() { return distinct().size(); }
    }

    /** Starts a finding for {@code rule}. */
    public static Builder of(String rule) { return new Builder(rule, true); }

    /**
     * Starts a finding for {@code rule} in a brief report, which prints each conclusion's result and the facts it
     * awaits, never its facts or authorities: the finding keeps its result, sentence, sub-findings and missing
     * facts, and the facts and authorities given to it are dropped. Recording them was a third of a bulk run's
     * analysis. No rule may read another finding's facts or authorities to decide (a rule that needs a value a
     * sub-rule worked out gets it beside the finding): a brief report's results must be the full report's.
     */
    public static Builder brief(String rule) { return new Builder(rule, false); }

    /** Collects a finding's parts; the explanation sentence comes from the knowledge base. */
    public static final class Builder {
        private final String rule;
        private final boolean whole;   // false for a brief report's finding: facts and authorities are dropped
        private static final String[] NO_FACTS = {};
        private String[] factNames = NO_FACTS;
        private static final Object[] NO_VALUES = {};
        private Object[] factValues = NO_VALUES;
        private int factCount;
        private boolean factsHandedOver;   // the arrays now belong to a finding: copy them before another fact goes in
        // First-seen order, each once, where many sub-findings cite the same authorities. Made at the first
        // addition: many findings have no sub-findings or missing facts, and a bulk run makes millions.
        private Growing<String> authorities;   // as cited, repeats and all (see Cited)
        private Growing<Finding> because;
        private Ordered missing;

        private Builder(String rule, boolean whole) {
            this.rule = rule;
            this.whole = whole;
        }

        public Builder fact(String name, Object value) {
            if (!whole) return this;
            Object v = keepsItsText(value) ? value : text(value);
            if (factsHandedOver || factCount == factNames.length) {
                int capacity = factCount == factNames.length ? Math.max(4, factCount * 2) : factNames.length;
                factNames = java.util.Arrays.copyOf(factNames, capacity);
                factValues = java.util.Arrays.copyOf(factValues, capacity);
                factsHandedOver = false;
            }
            // A fact given again keeps its place and takes the new value, as in a map.
            for (int i = 0; i < factCount; i++) {
                if (java.util.Objects.equals(factNames[i], name)) {
                    factValues[i] = v;
                    return this;
                }
            }
            factNames[factCount] = name;
            factValues[factCount++] = v;
            return this;
        }

        public Builder cite(List<String> ids) {
            if (!whole || ids.isEmpty()) return this;
            if (authorities == null) authorities = new Growing<>();
            List<String> given = ids instanceof Cited c ? c.asCited : ids;   // another finding's, taken as it cited them
            for (int i = 0, n = given.size(); i < n; i++) authorities.add(java.util.Objects.requireNonNull(given.get(i)));
            return this;
        }

        public Builder cite(String... ids) {
            if (!whole) return this;
            if (authorities == null) authorities = new Growing<>();
            for (String id : ids) authorities.add(java.util.Objects.requireNonNull(id));
            return this;
        }

        public Builder because(Finding f) {
            if (f == null) return this;
            if (because == null) because = new Growing<>();
            because.add(f);
            return this;
        }

        public Builder missing(String factPath) {
            if (missing == null) missing = new Ordered();
            missing.add(factPath);
            return this;
        }

        public Finding conclude(Result result, String text) {
            Map<String, String> handed = factCount == 0 ? Map.of() : new Frozen(factNames, factValues, factCount);
            factsHandedOver = true;
            return new Finding(rule, result, text, handed, authorities == null ? List.of() : new Cited(authorities.toList()),
                    because == null ? List.of() : because.toList(), missing == null ? List.of() : missing.toList());
        }
    }
}
