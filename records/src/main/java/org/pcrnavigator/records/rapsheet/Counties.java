package org.pcrnavigator.records.rapsheet;

import java.util.List;
import java.util.Locale;

/** California's 58 counties, and the county a RAP sheet's court name names (where it names one). */
final class Counties {
    static final List<String> NAMES = List.of("Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa",
            "Del Norte", "El Dorado", "Fresno", "Glenn", "Humboldt", "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen",
            "Los Angeles", "Madera", "Marin", "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada",
            "Orange", "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego", "San Francisco",
            "San Joaquin", "San Luis Obispo", "San Mateo", "Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta", "Sierra",
            "Siskiyou", "Solano", "Sonoma", "Stanislaus", "Sutter", "Tehama", "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo",
            "Yuba");

    private Counties() {}

    /**
     * The county of a court name such as {@code CASC LOS ANGELES}, {@code CASC SAN FRANCISCO CO} or
     * {@code CASC MCSACRAMENTO}; null where the name is a city or branch ({@code CAMC LOS ANGELES METRO},
     * {@code CASC SN JOSE}) or otherwise does not name a county exactly.
     */
    static String fromCourtName(String court) {
        String n = court.toUpperCase(Locale.ROOT).replace(".", " ").replaceAll("\\s+", " ").trim();
        n = n.replaceFirst("^CA[A-Z]{2} ", "");
        n = n.replaceFirst(" (?:CO|COUNTY)$", "");
        String county = lookup(n);
        if (county == null && n.startsWith("MC")) county = lookup(n.substring(2).trim());
        return county;
    }

    private static String lookup(String upper) {
        for (String c : NAMES) {
            if (c.toUpperCase(Locale.ROOT).equals(upper)) return c;
        }
        return null;
    }
}
