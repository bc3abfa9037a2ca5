package org.pcrnavigator.law.offense;

import java.util.Locale;

/** How California classes an offense: felony only, misdemeanor only, either (wobbler), or lower. */
public enum Level {
    FELONY, MISDEMEANOR, WOBBLER, INFRACTION, WOBBLETTE;

    private final String id = name().toLowerCase(Locale.ROOT);   // asked for on every finding: computed once

    public String id() { return id; }
}
