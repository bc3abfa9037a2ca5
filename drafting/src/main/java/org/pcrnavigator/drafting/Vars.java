package org.pcrnavigator.drafting;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pcrnavigator.drafting.paper.Paper;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.Sentence;

/**
 * The values a template's placeholders take for one case and conviction, in one language. A fact the case
 * file lacks has no value, and filling a template turns it into a marked blank with the template's wording
 * for it: the papers never carry an invented fact. Mutable while it is built, then only read.
 */
final class Vars {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> blanks = new HashMap<>();
    private final String lang;

    Vars(String lang, Templates... wording) {
        this.lang = lang;
        for (Templates t : wording) if (t != null) t.collectBlanks(blanks);
    }

    Vars put(String name, Object value) {
        if (value == null) return this;
        String s = String.valueOf(value).strip();
        if (!s.isEmpty()) values.put(name, s);
        return this;
    }

    /** Puts a text as it is, even empty or with edge spaces: wording already composed from a template. */
    Vars putText(String name, String text) {
        if (text != null) values.put(name, text);
        return this;
    }

    /** Puts a fact of an explanation finding, where "unknown" (the finding's word for a null fact) is missing. */
    Vars putFact(String name, String value) {
        return value == null || value.equals("unknown") || value.equals("null") ? this : put(name, value);
    }

    String get(String name) { return values.get(name); }

    /** An independent copy, to add values for one paragraph. */
    Vars copy() {
        Vars v = new Vars(lang);
        v.values.putAll(values);
        v.blanks.putAll(blanks);
        return v;
    }

    boolean has(String name) { return values.containsKey(name); }

    /** The template with every placeholder filled, or blanked where the value is missing. */
    String fill(String template) {
        return Templates.fill(template, n -> {
            String v = values.get(n);
            if (v != null) return v;
            // a blank's wording may name other facts ("the clerk of {countyUpper} County"): fill those, once
            String wording = blanks.getOrDefault(n, n.toUpperCase(Locale.ROOT));
            return Paper.blank(Templates.fill(wording, m -> values.getOrDefault(m, m.toUpperCase(Locale.ROOT))));
        });
    }

    List<String> fillAll(List<String> templates) {
        List<String> out = new ArrayList<>();
        for (String t : templates) out.addAll(List.of(fill(t).split("\n", -1)));
        return out;
    }

    /** A date as a court paper writes it: "June 1, 2010" or "1 de junio de 2010"; a year or month alone as such. */
    String date(PartialDate d) {
        if (d == null) return null;
        Locale loc = Locale.forLanguageTag(lang);
        if (d.month() == null) return Integer.toString(d.year());
        String month = java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, loc);
        if (lang.equals("es")) return (d.day() == null ? "" : d.day() + " de ") + month + " de " + d.year();
        return month + (d.day() == null ? " " : " " + d.day() + ", ") + d.year();
    }

    /**
     * The facts of the case file and the conviction, worded by {@code common} (plea, level, status, family).
     */
    static Vars of(CaseFile cf, Conviction c, String statute, Attorney a, String lang, Templates common, Templates... more) {
        Templates[] all = new Templates[more.length + 1];
        all[0] = common;
        System.arraycopy(more, 0, all, 1, more.length);
        Vars v = new Vars(lang, all);
        var p = cf.person();
        v.put("name", p.name());
        if (p.name() != null) v.put("nameUpper", p.name().toUpperCase(Locale.ROOT));
        v.put("countryOfBirth", p.countryOfBirth()).put("dateOfBirth", v.date(p.dateOfBirth()));
        var imm = cf.immigration();
        v.put("status", word(common, "status", imm.status()));
        v.put("lprDate", v.date(imm.lprDate())).put("admissionDate", v.date(imm.admissionDate()));
        v.put("noticeToAppearDate", v.date(imm.noticeToAppearDate())).put("removalOrderFinalDate", v.date(imm.removalOrderFinalDate()));
        var eq = cf.equities();
        v.put("ageAtArrival", eq.ageAtArrival()).put("yearsInUnitedStates", eq.yearsInUnitedStates());
        v.put("employment", eq.employment()).put("rehabilitation", eq.rehabilitation());
        if (eq.citizenOrLprFamily() != null && !eq.citizenOrLprFamily().isEmpty()) {
            List<String> fam = new ArrayList<>();
            for (String f : eq.citizenOrLprFamily()) {
                String w = word(common, "family", f);
                fam.add(w != null ? w : f);
            }
            v.put("family", String.join(common.text("words", "list_and"), fam));
        }
        if (v.has("yearsInUnitedStates") && v.has("family")) v.put("ties", v.fill(common.text("words", "ties")));
        if (c != null) {
            v.put("county", c.county());
            if (c.county() != null) v.put("countyUpper", c.county().toUpperCase(Locale.ROOT));
            v.put("caseNumber", c.caseNumber()).put("statute", statute);
            v.put("plea", word(common, "plea", c.plea())).put("level", word(common, "level", c.level()));
            v.put("pleaDate", v.date(c.pleaDate())).put("judgmentDate", v.date(c.judgmentDate()));
            v.put("sentence", sentence(c.sentence(), common, v));
            // raw values of the facts templates choose wording by (the declaration, the defect in the order)
            v.putFact("counselAdvice", c.counselAdvice()).putFact("advisementGiven", c.advisementGiven());
            v.putFact("immigrationConcernAtPlea", c.immigrationConcernAtPlea().id()).putFact("inCriminalCustody", c.inCriminalCustody().id());
            v.putFact("probationCompleted", c.probationCompleted().id()).putFact("disposition", c.disposition());
        }
        v.put("attorneyName", a.name()).put("barNumber", a.barNumber()).put("phone", a.phone()).put("email", a.email());
        if (!a.addressLines().isEmpty()) v.put("attorneyAddress", String.join("\n", a.addressLines()));
        return v;
    }

    private static String sentence(Sentence s, Templates common, Vars v) {
        if (s == null) return null;
        List<String> parts = new ArrayList<>();
        if (s.confinementDays() != null) parts.add(Templates.fill(common.text("words", "sentenceDays"), n -> String.valueOf(s.confinementDays())));
        if (s.probationMonths() != null) parts.add(Templates.fill(common.text("words", "sentenceProbation"), n -> String.valueOf(s.probationMonths())));
        return parts.isEmpty() ? null : String.join(common.text("words", "list_and"), parts);
    }

    /** "a, b and c", with the language's word for "and" (which carries its spaces). */
    static String joinAnd(List<String> items, String and) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    /** The template's word for an enumerated fact value, or null where the value is unknown or has no word. */
    static String word(Templates t, String group, String value) {
        if (value == null || !t.has("words", group, value)) return null;
        return t.text("words", group, value);
    }
}
