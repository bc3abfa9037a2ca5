package org.pcrnavigator.law.offense;

import java.util.Locale;

/**
 * Which maximum a misdemeanor conviction of the offense carries: the one-year class that PC 18.5
 * governs (its day count comes from the dated parameter, not from here), the six-month class of PC 19,
 * or none where the offense has no misdemeanor form.
 */
public enum MisdemeanorMax {
    ONE_YEAR, SIX_MONTHS, NONE;

    private final String id = name().toLowerCase(Locale.ROOT);   // asked for on every finding: computed once

    public String id() { return id; }
}
