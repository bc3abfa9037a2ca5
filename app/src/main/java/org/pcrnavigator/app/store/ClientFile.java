package org.pcrnavigator.app.store;

import java.time.Instant;

/**
 * A client file, decrypted. The pcr-case/1 document ({@code caseJson}, JSON text) is the source of truth;
 * {@code version} goes up by one with every update and guards against lost updates.
 */
public record ClientFile(String id, String orgId, String displayName, String caseJson, String notes,
                         long version, Instant createdAt, Instant updatedAt) {}
