package org.pcrnavigator.app.store;

/** A person who logs in: one organisation, one role; {@code email} is lower-cased and unique. */
public record User(String id, String orgId, String email, Role role) {}
