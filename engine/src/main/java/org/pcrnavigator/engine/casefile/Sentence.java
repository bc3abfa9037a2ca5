package org.pcrnavigator.engine.casefile;

/**
 * What the court ordered on one count. Null numbers are unknown. Immutable.
 *
 * @param confinementDays the term ordered on the count, suspended time included
 * @param probationViolationDays custody later ordered on this count for a probation violation (an
 *     extension of the case format: it adds to the sentence for the original offense)
 */
public record Sentence(Long confinementDays, Tri impositionSuspended, Tri executionSuspended, Tri statePrison,
                       Long probationMonths, Long probationViolationDays) {
    public static final Sentence UNKNOWN = new Sentence(null, Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN, null, null);

    /** The same sentence with {@code days} ordered on the count and no later violation term. */
    public Sentence withDays(long days) {
        return new Sentence(days, impositionSuspended, executionSuspended, statePrison, probationMonths, null);
    }
}
