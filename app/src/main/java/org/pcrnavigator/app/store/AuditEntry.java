package org.pcrnavigator.app.store;

import java.time.Instant;

/** One line of the audit log: who did what to which client file, when. {@code seq} orders entries. */
public record AuditEntry(long seq, Instant at, String orgId, String userId, String userEmail,
                         String action, String clientId, String detail) {}
