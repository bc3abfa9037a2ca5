package org.pcrnavigator.app.web;

import org.pcrnavigator.app.store.User;

/**
 * What every page needs besides its own content: its title, who is signed in (null on the login page),
 * the session's CSRF token for forms, and the language the page speaks.
 */
public record Page(String title, User user, String csrf, String lang, Messages messages) {
    /** The page's text for {@code key}. */
    public String t(String key, Object... args) { return messages.get(lang, key, args); }

    /** The label for an id under a prefix ({@code goal.naturalization}); the id itself where there is none. */
    public String label(String prefix, String id) {
        String key = prefix + "." + id;
        return messages.has(key) ? messages.get(lang, key) : id;
    }

    /** The other language, for the switch in the header. */
    public String otherLang() { return lang.equals("es") ? "en" : "es"; }

    public boolean canEdit() { return user != null && user.role().canEditClients(); }

    public boolean canDraft() { return user != null && user.role().canDraft(); }

    public boolean admin() { return user != null && user.role().canAdminister(); }
}
