package org.pcrnavigator.engine.casefile;

import java.util.List;

/** Ties and hardship, for prejudice under PC 1473.7 and for discretion. Null is unknown. Immutable. */
public record Equities(Long ageAtArrival, Long yearsInUnitedStates, List<String> citizenOrLprFamily, Long childrenUnder21,
                       String employment, Tri militaryService, String rehabilitation, String tiesToCountryOfBirth,
                       String hardshipNotes) {
    public static final Equities UNKNOWN = new Equities(null, null, null, null, null, Tri.UNKNOWN, null, null, null);

    public Equities {
        citizenOrLprFamily = citizenOrLprFamily == null ? null : List.copyOf(citizenOrLprFamily);
    }
}
