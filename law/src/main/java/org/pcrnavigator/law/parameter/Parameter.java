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

        // Rules read these values for every case; each parse depends on the raw text alone and its result is
        // immutable, so it is kept (the knowledge base holds a bounded number of values).
        public LocalDate asDate() { return DATES.computeIfAbsent(raw, LocalDate::parse); }

        /** A value of unit {@code statutes}: the charges it lists, separated by ';'. */
        public List<org.pcrnavigator.law.statute.Charge> asStatutes() { return STATUTES.computeIfAbsent(raw, Value::parseStatutes); }

        private static List<org.pcrnavigator.law.statute.Charge> parseStatutes(String raw) {
            List<org.pcrnavigator.law.statute.Charge> out = new java.util.ArrayList<>();
            for (String item : raw.split(";")) out.add(org.pcrnavigator.law.statute.StatuteParser.parse(item.trim()));
            return List.copyOf(out);
        }
    }

    private static final java.util.Map<String, LocalDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, List<org.pcrnavigator.law.statute.Charge>> STATUTES =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Value at(LocalDate day) { return values.valueAt(day); }
}
