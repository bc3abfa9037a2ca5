package org.pcrnavigator.engine.casefile;

/** A yes/no fact of the case file that may be unknown. */
public enum Tri {
    YES, NO, UNKNOWN;

    public static Tri of(Boolean b) { return b == null ? UNKNOWN : (b ? YES : NO); }

    private final String id = name().toLowerCase(java.util.Locale.ROOT);   // asked for on every finding: computed once

    public String id() { return id; }
}
