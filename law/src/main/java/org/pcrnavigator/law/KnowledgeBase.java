package org.pcrnavigator.law;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pcrnavigator.law.authority.Authority;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.parameter.Parameter;
import org.pcrnavigator.law.question.Wording;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.Statute;
import org.pcrnavigator.law.substance.Substance;

/**
 * The loaded knowledge base: authorities, offenses, parameters, questions, explanation sentences and
 * substances, looked up by id. Built once by {@link KnowledgeBaseLoader}; immutable and thread-safe, so
 * one instance serves every analysis.
 */
public final class KnowledgeBase {
    private final Map<String, Authority> authorities;
    private final List<Offense> offenses;
    private final Map<String, Parameter> parameters;
    private final Map<String, Wording> questions;
    private final Map<String, Wording> messages;
    private final Map<String, Substance> substancesByName;
    private final String version;
    private final Map<Statute, Charge.Form> slashForms;
    /** The entries that name each section (by their own subdivisions or as an alias), in catalog order. */
    private final Map<String, List<Offense>> bySection;
    /** Answers of {@link #offensesFor(Statute)} already given (immutable lists); a cache, not state. */
    private final Map<Statute, List<Offense>> offensesByStatute = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_STATUTES = 10_000;

    KnowledgeBase(Map<String, Authority> authorities, List<Offense> offenses, Map<String, Parameter> parameters,
                  Map<String, Wording> questions, Map<String, Wording> messages,
                  Map<String, Substance> substancesByName, Map<Statute, Charge.Form> slashForms, String version) {
        this.authorities = Map.copyOf(authorities);
        List<Offense> sorted = new ArrayList<>(offenses);
        sorted.sort(Comparator.comparing(Offense::id));
        this.offenses = List.copyOf(sorted);
        this.parameters = Map.copyOf(parameters);
        this.questions = Map.copyOf(questions);
        this.messages = Map.copyOf(messages);
        this.substancesByName = Map.copyOf(substancesByName);
        this.version = version;
        this.slashForms = Map.copyOf(slashForms);
        Map<String, List<Offense>> index = new java.util.HashMap<>();
        for (Offense o : this.offenses) {
            List<Statute> named = new ArrayList<>(o.covers());
            named.addAll(o.alsoMatches());
            for (Statute st : named) {
                List<Offense> list = index.computeIfAbsent(sectionKey(st), k -> new ArrayList<>());
                if (!list.contains(o)) list.add(o);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySection = Map.copyOf(index);
    }

    private static String sectionKey(Statute s) {
        return s.code().name() + " " + s.section().toLowerCase(Locale.ROOT);
    }

    /**
     * What a charge's slash notation means, from the notation table: an attempt, a conspiracy, an offense
     * with a prior, or (for a prefix the table does not list) the offense with its degree or punishment
     * section after the slash.
     */
    public Charge.Form formOf(Charge charge) {
        if (charge.prefix() == null) return Charge.Form.COMPLETED;
        Charge.Form f = slashForms.get(charge.prefix().sectionOnly());
        return f != null ? f : Charge.Form.DEGREE_OR_PUNISHMENT;
    }

    /** Identifies this knowledge base in reports: a digest of every file it was loaded from. */
    public String version() { return version; }

    public Authority authority(String id) {
        Authority a = authorities.get(id);
        if (a == null) throw new IllegalArgumentException("no authority '" + id + "' in the registry");
        return a;
    }

    public boolean hasAuthority(String id) { return authorities.containsKey(id); }

    public Collection<Authority> authorities() { return authorities.values(); }

    public List<Offense> offenses() { return offenses; }

    /**
     * The catalog entries that could describe a conviction under {@code statute}: the most specific entries
     * covering it (an entry for the whole section covers every subdivision, and then decides among them
     * itself, e.g. with {@code decider: subdivision}); where no entry covers it and it names no subdivision,
     * every entry of the section (the statute is divisible by subdivision and the record must choose).
     * Empty where the catalog lacks the section.
     */
    public List<Offense> offensesFor(Statute statute) {
        // A bulk run asks about the same few hundred statutes for every case: the answer depends on the statute
        // and the (immutable) catalog alone, so it is kept; the table is bounded so odd input cannot grow it.
        List<Offense> known = offensesByStatute.get(statute);
        if (known != null) return known;
        List<Offense> found = lookUpOffenses(statute);
        if (offensesByStatute.size() < MAX_REMEMBERED_STATUTES) offensesByStatute.putIfAbsent(statute, found);
        return found;
    }

    private List<Offense> lookUpOffenses(Statute statute) {
        List<Offense> best = new ArrayList<>();
        int bestDepth = -1;
        List<Offense> sectionEntries = new ArrayList<>();
        // Only the entries that name this section can match: look them up instead of scanning the catalog.
        for (Offense o : bySection.getOrDefault(sectionKey(statute), List.of())) {
            boolean sameSection = false;
            for (Statute c : o.covers()) {
                if (c.code() == statute.code() && c.section().equalsIgnoreCase(statute.section())) sameSection = true;
                if (statute.startsWith(c)) {
                    int depth = c.subdivisions().size();
                    if (depth > bestDepth) {
                        best.clear();
                        bestDepth = depth;
                    }
                    if (depth == bestDepth && !best.contains(o)) best.add(o);
                }
            }
            for (Statute alias : o.alsoMatches()) {
                if (statute.startsWith(alias) && !best.contains(o) && bestDepth <= alias.subdivisions().size()) {
                    if (alias.subdivisions().size() > bestDepth) {
                        best.clear();
                        bestDepth = alias.subdivisions().size();
                    }
                    best.add(o);
                }
            }
            if (sameSection) sectionEntries.add(o);
        }
        if (!best.isEmpty()) return List.copyOf(best);
        if (statute.subdivisions().isEmpty()) return List.copyOf(sectionEntries);
        return List.of();
    }

    /**
     * The catalog entries for a charge: the substantive offense of an attempt or conspiracy; the prefix's
     * own entry for an offense with a prior (PC 666/484) where the catalog has one; for degree notation
     * (PC 459/460(a)) the degree section's entry where the catalog has one, else the offense's.
     */
    public List<Offense> offensesFor(Charge charge) {
        switch (formOf(charge)) {
            case WITH_PRIOR -> {
                List<Offense> own = offensesFor(charge.prefix());
                return own.isEmpty() ? offensesFor(charge.offense()) : own;
            }
            case DEGREE_OR_PUNISHMENT -> {
                List<Offense> degree = offensesFor(charge.offense());
                return degree.isEmpty() ? offensesFor(charge.prefix()) : degree;
            }
            default -> {
                return offensesFor(charge.offense());
            }
        }
    }

    public Parameter parameter(String id) {
        Parameter p = parameters.get(id);
        if (p == null) throw new IllegalArgumentException("no parameter '" + id + "' in the knowledge base");
        return p;
    }

    public Collection<Parameter> parameters() { return parameters.values(); }

    /** The prompt for a fact path such as {@code conviction.counselAdvice}. */
    public Wording question(String fact) {
        Wording w = questions.get(fact);
        if (w == null) throw new IllegalArgumentException("no question for fact '" + fact + "' in the knowledge base");
        return w;
    }

    public Collection<Wording> questions() { return questions.values(); }

    /** An explanation sentence by key. */
    public Wording message(String key) {
        Wording w = messages.get(key);
        if (w == null) throw new IllegalArgumentException("no message '" + key + "' in the knowledge base");
        return w;
    }

    public Collection<Wording> messages() { return messages.values(); }

    /** The substance a record names, matched on name or alias regardless of case, or null. */
    public Substance substance(String named) {
        return substancesByName.get(named.trim().toLowerCase(Locale.ROOT));
    }

    public long substanceCount() {
        return substancesByName.values().stream().distinct().count();
    }
}
