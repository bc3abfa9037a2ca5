package org.pcrnavigator.app.store;

import java.time.Duration;

/** Too many failed logins for this e-mail or from this address; try again after {@link #retryAfter()} (web: 429). */
public final class LoginThrottledException extends RuntimeException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next attempt can be checked. */
    public Duration retryAfter() { return retryAfter; }
}
