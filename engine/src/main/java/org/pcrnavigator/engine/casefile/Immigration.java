package org.pcrnavigator.engine.casefile;

/** The client's immigration history. Null fields and {@code UNKNOWN} values are unknown. Immutable. */
public record Immigration(String status, Tri enteredWithoutInspection, PartialDate admissionDate, PartialDate lprDate,
                          PartialDate lastEntryDate, String removalProceedings, PartialDate noticeToAppearDate,
                          PartialDate removalOrderFinalDate, PartialDate removalDate, Tri immigrationDetention) {
    public static final Immigration UNKNOWN = new Immigration(null, Tri.UNKNOWN, null, null, null, null, null, null, null, Tri.UNKNOWN);
}
