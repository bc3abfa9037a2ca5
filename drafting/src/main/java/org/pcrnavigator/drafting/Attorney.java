package org.pcrnavigator.drafting;

import java.util.List;

/**
 * The attorney block of a court paper. Every field may be null (or the list empty): a missing one becomes
 * a marked blank in the papers, never a guess. Immutable.
 */
public record Attorney(String name, String barNumber, List<String> addressLines, String phone, String email) {
    public static final Attorney NONE = new Attorney(null, null, List.of(), null, null);

    public Attorney {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
