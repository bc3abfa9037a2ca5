package org.pcrnavigator.engine.casefile;

/** Evidence discovered after the plea. {@link #NONE} where the file says none exists. Immutable. */
public record NewEvidence(PartialDate discoveredDate, String kind) {
    public static final NewEvidence NONE = new NewEvidence(null, "none");
}
