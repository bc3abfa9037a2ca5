package org.pcrnavigator.app.store;

/** The actor's role does not allow the operation (web: 403). */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) { super(message); }
}
