package org.pcrnavigator.engine.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's case as the {@code pcr-case/1} format states it. Immutable.
 *
 * @param asOf the evaluation date: the file's, or the reader's "today" where the file gives none
 */
public record CaseFile(String id, LocalDate asOf, Person person, Immigration immigration, List<String> goals,
                       Equities equities, List<Conviction> convictions, String source) {
    public CaseFile {
        goals = List.copyOf(goals);
        convictions = List.copyOf(convictions);
    }

    public static final String FORMAT = "pcr-case/1";

    /** A copy with other convictions: the what-if of a fix or a different plea. */
    public CaseFile withConvictions(List<Conviction> replaced) {
        return new CaseFile(id, asOf, person, immigration, goals, equities, replaced, source);
    }

    /** A copy with other goals. */
    public CaseFile withGoals(List<String> replaced) {
        return new CaseFile(id, asOf, person, immigration, replaced, equities, convictions, source);
    }
}
