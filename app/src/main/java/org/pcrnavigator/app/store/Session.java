package org.pcrnavigator.app.store;

import java.time.Instant;

/**
 * A logged-in session: the secret token (only its hash is stored), the user, the CSRF token every state change must
 * carry, and when the session expires unless used again.
 */
public record Session(String token, User user, String csrfToken, Instant expiresAt) {
    /** Hides the secrets, which must not reach a log. */
    @Override
    public String toString() { return "Session[user=" + user.email() + ", expiresAt=" + expiresAt + "]"; }
}
