package org.pcrnavigator.app.store;

import java.time.Instant;

/** One line of the client list: id, decrypted display name, last change. */
public record ClientSummary(String id, String displayName, Instant updatedAt) {}
