package org.pcrnavigator.law.offense;

import java.util.List;

/** The offense level and misdemeanor maximum in force for a range of conviction dates. Immutable. */
public record OffenseLevel(Level level, MisdemeanorMax misdemeanorMax, String felonyTerm, List<String> authorities) {
    public OffenseLevel {
        authorities = List.copyOf(authorities);
    }
}
