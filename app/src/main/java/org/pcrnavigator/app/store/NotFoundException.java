package org.pcrnavigator.app.store;

/** The thing does not exist in the actor's organisation; whether it exists elsewhere is never told (web: 404). */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) { super(message); }
}
