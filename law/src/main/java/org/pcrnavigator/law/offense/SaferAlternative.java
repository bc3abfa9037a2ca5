package org.pcrnavigator.law.offense;

import java.util.List;

/**
 * A plea practitioners use instead of the offense, with the condition that makes it safer. Immutable.
 *
 * @param maxSentenceDays the longest term on the count that keeps it safer, or null where none applies
 */
public record SaferAlternative(String statute, String condition, Long maxSentenceDays, List<String> authorities) {
    public SaferAlternative { authorities = List.copyOf(authorities); }
}
