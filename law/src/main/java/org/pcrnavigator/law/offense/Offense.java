package org.pcrnavigator.law.offense;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pcrnavigator.law.statute.Statute;
import org.pcrnavigator.law.time.Timeline;

/**
 * A California offense as the catalog describes it: elements, level over time, and how each immigration
 * category applies, with authorities. Immutable.
 *
 * @param covers the statutes this entry answers for: the section with each listed subdivision path,
 *     or the bare section where the entry covers all of it
 * @param consequences per category, the rules with the conviction dates each governs
 * @param programs classifications that benefit programs define for themselves (e.g. DACA's "significant
 *     misdemeanor"), by program key; empty where the catalog has not classified the offense for them
 */
public record Offense(String id, List<Statute> covers, List<Statute> alsoMatches, String title, String elements,
                      Timeline<OffenseLevel> levels, Map<Category, Timeline<Rule>> consequences,
                      Map<String, Rule> programs, String inchoate, List<SaferAlternative> saferAlternatives, String notes,
                      LocalDate verifiedOn, String file) {
    public Offense {
        covers = List.copyOf(covers);
        alsoMatches = List.copyOf(alsoMatches);
        consequences = Map.copyOf(consequences);
        programs = Map.copyOf(programs);
        saferAlternatives = List.copyOf(saferAlternatives);
    }

    /** The section as {@code PC 273.5}. */
    public String sectionDisplay() { return covers.get(0).sectionOnly().display(); }

    /** The entry's heading, e.g. {@code PC 273.5(a)} or {@code PC 148(b), (c), (d)}. */
    public String heading() {
        if (covers.size() == 1) return covers.get(0).display();
        StringBuilder s = new StringBuilder(covers.get(0).display());
        for (int i = 1; i < covers.size(); i++) {
            String d = covers.get(i).display();
            s.append(", ").append(d.substring(d.indexOf('(') < 0 ? 0 : d.indexOf('(')));
        }
        return s.toString();
    }
}
