package org.pcrnavigator.records.csv;

/**
 * A set of longs in one array (open addressing), 16 bytes or less a member: remembering a million people's id
 * hashes costs a few megabytes, where a set of boxed values would cost ten times more. Not thread-safe.
 */
final class LongSet {
    private long[] slots = new long[64];
    private boolean hasZero;
    private int size;

    /** Adds {@code v}; true where it was not there yet. */
    boolean add(long v) {
        if (v == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) grow();
        if (!insert(slots, v)) return false;
        size++;
        return true;
    }

    boolean contains(long v) {
        if (v == 0) return hasZero;
        int mask = slots.length - 1;
        for (int i = mix(v) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == v) return true;
        }
        return false;
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        int i = mix(v) & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == v) return false;
        }
        table[i] = v;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) if (v != 0) insert(bigger, v);
        slots = bigger;
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
