package org.pcrnavigator.records.rapsheet;

/**
 * Something the RAP sheet leaves unclear, which the advocate must confirm from the court record before
 * relying on the draft. Immutable.
 *
 * @param line the 1-based line of the sheet the flag is about
 * @param kind what is unclear
 * @param message what was found and what to confirm, in plain words
 */
public record RapSheetFlag(int line, Kind kind, String message) {
    /** What a flag is about. */
    public enum Kind {
        /** A line or section that could not be read. */
        UNREADABLE,
        /** A count with no disposition. */
        NO_DISPOSITION,
        /** A count that did not end in a conviction (dismissed, acquitted, ...): not in the draft. */
        NOT_CONVICTED,
        /** A disposition the importer does not know. */
        UNKNOWN_DISPOSITION,
        /** A sentence, or part of one, that could not be read. */
        SENTENCE_UNREADABLE,
        /** A conviction shown with no sentence. */
        NO_SENTENCE,
        /** Whether judgment was pronounced (imposition or execution suspended) is not stated. */
        JUDGMENT_UNCLEAR,
        /** A date known only to the year or month, or unreadable. */
        PARTIAL_DATE,
        /** A conviction whose level (felony, misdemeanor, infraction) is not stated. */
        LEVEL_UNKNOWN,
        /** A court name that does not name a county. */
        COUNTY_UNKNOWN,
        /** A statute that could not be read: the count is not in the draft. */
        STATUTE_UNREADABLE,
        /** A later update (relief, modification) the importer does not know. */
        UPDATE_UNRECOGNISED,
        /** An arrest with no court event in its cycle. */
        NO_COURT_EVENT,
        /** A DEJ or diversion whose outcome the sheet does not state plainly: the disposition is left unknown. */
        DEFERRED_OUTCOME_UNKNOWN,
        /** A later sentence change recorded as prior relief; the new term itself is for the advocate to confirm. */
        SENTENCE_CHANGED
    }

    /** One line for a terminal: {@code line 12: [no_disposition] ...}. */
    public String describe() {
        return "line " + line + ": [" + kind.name().toLowerCase(java.util.Locale.ROOT) + "] " + message;
    }
}
