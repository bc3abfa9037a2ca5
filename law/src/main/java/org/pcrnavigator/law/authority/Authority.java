package org.pcrnavigator.law.authority;

import java.time.LocalDate;

/**
 * One entry of the authority registry: a statute, regulation, decision or guide that a conclusion
 * cites, with where to read it and what it holds in a line. Immutable.
 *
 * @param verifiedOn the day the citation was checked, or null where it could not be ({@link #unverified()} says why)
 */
public record Authority(String id, Kind kind, String citation, String court, LocalDate date, String url,
                        String holding, LocalDate verifiedOn, String verifiedBy, String unverified, String file) {

    /** What sort of authority it is; decides how much weight a conclusion resting on it carries. */
    public enum Kind {
        STATUTE, REGULATION, DECISION, AGENCY_PRECEDENT, PRACTICE_GUIDE, LEGISLATION;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public boolean verified() { return verifiedOn != null; }
}
