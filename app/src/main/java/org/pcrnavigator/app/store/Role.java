package org.pcrnavigator.app.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user of an organisation may do. {@link #VOLUNTEER} reads only. */
public enum Role {
    ADMIN, ATTORNEY, ADVOCATE, VOLUNTEER;

    /** Whether the role may create and change client files. */
    public boolean canEditClients() { return this != VOLUNTEER; }

    /** Whether the role may delete a client file: admins and attorneys only. */
    public boolean canDeleteClients() { return this == ADMIN || this == ATTORNEY; }

    /** Whether the role may generate drafts (court papers, letters). */
    public boolean canDraft() { return this != VOLUNTEER; }

    /** Whether the role may manage users and read the audit log. */
    public boolean canAdminister() { return this == ADMIN; }

    /** The role named {@code text} in any case ({@code "attorney"}); else an error naming the field and the choices. */
    public static Role parse(String text) {
        if (text != null) {
            for (Role r : values()) if (r.name().equalsIgnoreCase(text.strip())) return r;
        }
        throw new IllegalArgumentException("role: expected one of "
                + Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", got " + text);
    }
}
