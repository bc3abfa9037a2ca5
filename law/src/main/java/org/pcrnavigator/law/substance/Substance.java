package org.pcrnavigator.law.substance;

import java.util.List;

/** A controlled substance and whether the federal schedules list it. Immutable. */
public record Substance(String name, List<String> aliases, String federallyControlled, String reason,
                        List<String> authorities) {
    public Substance {
        aliases = List.copyOf(aliases);
        authorities = List.copyOf(authorities);
    }
}
