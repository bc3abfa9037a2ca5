package org.pcrnavigator.law.parameter;

import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.law.time.Timeline;

/**
 * A dated value rules read by id: a threshold, a count of days, a date. Every value carries its
 * authorities and the range in which it holds. Immutable.
 */
public record Parameter(String id, String description, String unit, Timeline<Value> values) {

    /** One value with its authorities. */
    public record Value(String raw, List<String> authorities) {
        public Value { authorities = List.copyOf(authorities); }

        public long asLong() { return Long.parseLong(raw); }

        public LocalDate asDate() { return LocalDate.parse(raw); }

        /** A value of unit {@code statutes}: the charges it lists, separated by ';'. */
        public List<org.pcrnavigator.law.statute.Charge> asStatutes() {
            List<org.pcrnavigator.law.statute.Charge> out = new java.util.ArrayList<>();
            for (String item : raw.split(";")) out.add(org.pcrnavigator.law.statute.StatuteParser.parse(item.trim()));
            return List.copyOf(out);
        }
    }

    public Value at(LocalDate day) { return values.valueAt(day); }
}
