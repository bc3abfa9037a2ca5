package org.pcrnavigator.engine.consequences;

/**
 * Who must prove which alternative of a divisible statute the conviction rests on (Pereida v. Wilkinson).
 * In removal the government must prove a deportability ground, so a record that does not show the worse
 * alternative does not establish it; an applicant for relief must prove no bar applies, so the same record
 * leaves the bar as a risk.
 */
public enum Burden {
    /** The applicant for relief or admission must disprove the bar: an inconclusive record is a risk. */
    APPLICANT,
    /** The government must prove the ground: an inconclusive record that leaves a harmless alternative open fails. */
    GOVERNMENT
}
