package org.pcrnavigator.law.statute;

import java.util.List;

/** The California codes a conviction may name, with the abbreviations and names courts and records use. */
public enum Code {
    PC("Penal Code", List.of("pc", "pen", "penal", "calpen", "calpenal")),
    HS("Health and Safety Code", List.of("hs", "h&s", "hsc", "healthandsafety", "healthsafety", "health&safety", "hands", "calhealth&saf", "health&saf", "h&saf")),
    VC("Vehicle Code", List.of("vc", "veh", "vehicle", "calveh")),
    BP("Business and Professions Code", List.of("bp", "b&p", "bpc", "bus&prof", "businessandprofessions", "business&professions", "calbus&prof")),
    WI("Welfare and Institutions Code", List.of("wi", "w&i", "wic", "welf&inst", "welfareandinstitutions", "welfare&institutions", "calwelf&inst")),
    UI("Unemployment Insurance Code", List.of("ui", "uic", "unemp.ins", "unempins", "unemploymentinsurance"));

    private final String longName;
    private final List<String> keys;

    Code(String longName, List<String> keys) {
        this.longName = longName;
        this.keys = keys;
    }

    public String longName() { return longName; }

    /** The code a written name stands for, or null: "Pen. Code", "H&S", "Health and Safety Code", "VC". */
    public static Code fromName(String written) {
        String k = written.toLowerCase(java.util.Locale.ROOT)
                .replace("california", "").replace("cal.", "")
                .replaceAll("\\bcode\\b", "").replace("§", "")
                .replace(".", "").replace(",", "").replaceAll("\\s+", "");
        if (k.startsWith("cal") && k.length() > 3 && fromKey(k.substring(3)) != null) k = k.substring(3);
        return fromKey(k);
    }

    private static Code fromKey(String k) {
        for (Code c : values()) {
            if (c.keys.contains(k)) return c;
        }
        return null;
    }
}
