package org.pcrnavigator.law.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A value that changes over time: non-overlapping half-open ranges, each with its value.
 *
 * <p>Asking for a day no range covers is an error ({@link NoValueInForce}), never a default: a rule
 * must not silently use the law of another period. Overlapping ranges are rejected when the timeline
 * is built. Immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {
    /** One value with the range in which it holds. */
    public record Entry<T>(DateRange range, T value) {}

    /** No range covers the day asked for. */
    public static final class NoValueInForce extends RuntimeException {
        public NoValueInForce(String message) { super(message); }
    }

    private final String name;
    private final List<Entry<T>> entries;

    private Timeline(String name, List<Entry<T>> entries) {
        this.name = name;
        this.entries = entries;
    }

    /** Builds a timeline; throws {@link IllegalArgumentException} naming the two ranges that overlap. */
    public static <T> Timeline<T> of(String name, List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> e.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).range().overlaps(sorted.get(j).range())) {
                    throw new IllegalArgumentException(name + ": ranges " + sorted.get(i).range() + " and "
                            + sorted.get(j).range() + " overlap");
                }
            }
        }
        return new Timeline<>(name, List.copyOf(sorted));
    }

    /** The value in force on {@code day}; throws {@link NoValueInForce} where none is. */
    public T valueAt(LocalDate day) {
        for (int i = 0, n = entries.size(); i < n; i++) {   // no iterator: asked for every rule of every case of a bulk run
            Entry<T> e = entries.get(i);
            if (e.range().contains(day)) return e.value();
        }
        throw new NoValueInForce(name + " has no value in force on " + day + " (covered: " + coverage() + ")");
    }

    /** True where some range covers {@code day}. */
    public boolean covers(LocalDate day) {
        for (Entry<T> e : entries) {
            if (e.range().contains(day)) return true;
        }
        return false;
    }

    public List<Entry<T>> entries() { return entries; }

    public String name() { return name; }

    private String coverage() {
        List<String> parts = new ArrayList<>();
        for (Entry<T> e : entries) parts.add(e.range().toString());
        return String.join(" ", parts);
    }
}
