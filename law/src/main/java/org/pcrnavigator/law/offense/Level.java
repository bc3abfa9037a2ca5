package org.pcrnavigator.law.offense;

import java.util.Locale;

/** How California classes an offense: felony only, misdemeanor only, either (wobbler), or lower. */
public enum Level {
    FELONY, MISDEMEANOR, WOBBLER, INFRACTION, WOBBLETTE;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
