package org.pcrnavigator.engine.casefile;

/** Who the client is. Any field may be null: unknown. Immutable. */
public record Person(String name, PartialDate dateOfBirth, String countryOfBirth, String preferredLanguage) {
    public static final Person UNKNOWN = new Person(null, null, null, null);
}
