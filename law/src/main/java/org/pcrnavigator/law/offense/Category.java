package org.pcrnavigator.law.offense;

import java.util.Locale;

/** The immigration consequence categories of the case format, in report order. */
public enum Category {
    AGGRAVATED_FELONY, CIMT, CONTROLLED_SUBSTANCE, FIREARMS, DOMESTIC_VIOLENCE, STALKING, CHILD_ABUSE,
    PROTECTION_ORDER_VIOLATION, PROSTITUTION;

    /** The identifier the case format uses, e.g. {@code aggravated_felony}. */
    private final String id = name().toLowerCase(Locale.ROOT);   // asked for on every finding: computed once

    public String id() { return id; }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) return c;
        }
        return null;
    }
}
