package org.pcrnavigator.app.store;

/** An organisation (an office, a clinic): the unit whose data no other organisation sees. */
public record Org(String id, String name) {}
