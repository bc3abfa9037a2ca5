package org.pcrnavigator.app.store;

/** Someone saved the client file since the version the change was based on (web: 409, reload and redo). */
public final class StaleVersionException extends RuntimeException {
    private final long currentVersion;

    public StaleVersionException(String clientId, long expected, long currentVersion) {
        super("client " + clientId + " was changed by someone else: expected version " + expected + ", it is now " + currentVersion);
        this.currentVersion = currentVersion;
    }

    /** The version now stored. */
    public long currentVersion() { return currentVersion; }
}
