package org.pcrnavigator.engine.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pcrnavigator.law.offense.RecordFacts;

/**
 * Decides what kind of answer a fact of the case file takes (a word from a list, yes or no, a date, a
 * number, free text) and where in the case file it is written. The case-file reader checks the same word
 * lists, so a form built from this table can only offer answers the reader accepts. Facts the engine may
 * ask about that the case format has no field for (e.g. whether a trafficking victim's conviction is
 * related to the trafficking) are {@link Kind#NOT_IN_CASE_FILE}: the advocate records them in notes.
 */
public final class CaseFields {
    private CaseFields() {}

    /** The kind of answer a fact takes. */
    public enum Kind { CHOICE, YES_NO, DATE, INTEGER, DECIMAL, TEXT, NOT_IN_CASE_FILE }

    /** One fact: its kind and, for {@link Kind#CHOICE}, the words allowed. */
    public record Field(Kind kind, List<String> choices) {
        public Field { choices = List.copyOf(choices); }
    }

    public static final List<String> STATUSES = List.of("lpr", "undocumented", "daca", "tps", "nonimmigrant", "refugee",
            "asylee", "parolee", "citizen");
    public static final List<String> REMOVAL_PROCEEDINGS = List.of("none", "pending", "final_order", "removed");
    public static final List<String> TIES = List.of("none", "weak", "some", "strong");
    public static final List<String> FAMILY = List.of("spouse", "child", "parent", "sibling");
    public static final List<String> COURTS = List.of("adult", "juvenile");
    public static final List<String> LEVELS = List.of("felony", "misdemeanor", "infraction");
    public static final List<String> DISPOSITIONS = List.of("convicted", "dej_completed", "dej_pending", "diversion_completed",
            "juvenile_adjudication");
    public static final List<String> PLEAS = List.of("guilty", "no_contest", "trial");
    public static final List<String> ADVISEMENTS = List.of("yes", "partial", "no");
    public static final List<String> COUNSEL_ADVICE = List.of("none", "generic", "incorrect", "accurate");
    public static final List<String> MOTION_RESULTS = List.of("granted", "denied", "withdrawn", "pending");
    public static final List<String> NEW_EVIDENCE_KINDS = List.of("innocence", "official_misconduct", "racial_bias");

    private static final Map<String, Field> FIELDS = fields();

    private static Map<String, Field> fields() {
        Map<String, Field> m = new LinkedHashMap<>();
        m.put("immigration.status", choice(STATUSES));
        m.put("immigration.enteredWithoutInspection", of(Kind.YES_NO));
        for (String d : List.of("admissionDate", "lprDate", "lastEntryDate", "noticeToAppearDate", "removalOrderFinalDate", "removalDate")) {
            m.put("immigration." + d, of(Kind.DATE));
        }
        m.put("immigration.removalProceedings", choice(REMOVAL_PROCEEDINGS));
        m.put("immigration.immigrationDetention", of(Kind.YES_NO));
        m.put("equities.militaryService", of(Kind.YES_NO));
        m.put("equities.yearsInUnitedStates", of(Kind.INTEGER));
        m.put("equities.ageAtArrival", of(Kind.INTEGER));
        m.put("equities.childrenUnder21", of(Kind.INTEGER));
        m.put("equities.tiesToCountryOfBirth", choice(TIES));
        m.put("conviction.court", choice(COURTS));
        m.put("conviction.statute", of(Kind.TEXT));
        m.put("conviction.level", choice(LEVELS));
        m.put("conviction.disposition", choice(DISPOSITIONS));
        m.put("conviction.offenseDate", of(Kind.DATE));
        m.put("conviction.pleaDate", of(Kind.DATE));
        m.put("conviction.judgmentDate", of(Kind.DATE));
        m.put("conviction.plea", choice(PLEAS));
        m.put("conviction.advisementGiven", choice(ADVISEMENTS));
        m.put("conviction.counselAdvice", choice(COUNSEL_ADVICE));
        m.put("conviction.immigrationConcernAtPlea", of(Kind.YES_NO));
        m.put("conviction.probationCompleted", of(Kind.YES_NO));
        m.put("conviction.inCriminalCustody", of(Kind.YES_NO));
        m.put("conviction.sentence.confinementDays", of(Kind.INTEGER));
        m.put("conviction.sentence.probationMonths", of(Kind.INTEGER));
        m.put("conviction.sentence.probationViolationDays", of(Kind.INTEGER));
        m.put("conviction.sentence.impositionSuspended", of(Kind.YES_NO));
        m.put("conviction.sentence.executionSuspended", of(Kind.YES_NO));
        m.put("conviction.sentence.statePrison", of(Kind.YES_NO));
        m.put("conviction.newEvidence.kind", choice(NEW_EVIDENCE_KINDS));
        m.put("conviction.newEvidence.discoveredDate", of(Kind.DATE));
        for (String key : RecordFacts.KEYS) {
            java.util.Set<String> words = RecordFacts.VALUES.get(key);
            Field f;
            if (key.equals("victimIsMinor")) f = new Field(Kind.CHOICE, List.of("yes", "no", "silent"));
            else if (words != null) {
                List<String> allowed = new ArrayList<>(new TreeSet<>(words));
                allowed.add("silent");
                f = choice(allowed);
            } else if (key.equals("victimAge")) f = of(Kind.INTEGER);
            else if (key.equals("lossAmount")) f = of(Kind.DECIMAL);
            else f = of(Kind.TEXT);
            m.put("conviction.recordFacts." + key, f);
        }
        return m;
    }

    private static Field choice(List<String> words) { return new Field(Kind.CHOICE, words); }

    private static Field of(Kind k) { return new Field(k, List.of()); }

    /**
     * The field behind a fact path as the report's questions name it ({@code convictions.c1.plea},
     * {@code immigration.lprDate}); {@link Kind#NOT_IN_CASE_FILE} where the case format has no such field.
     */
    public static Field field(String factPath) {
        Field f = FIELDS.get(generic(factPath));
        return f != null ? f : of(Kind.NOT_IN_CASE_FILE);
    }

    /** The conviction id of a {@code convictions.<id>.…} fact path, or null for a person-level fact. */
    public static String convictionId(String factPath) {
        if (!factPath.startsWith("convictions.")) return null;
        int dot = factPath.indexOf('.', "convictions.".length());
        return dot < 0 ? null : factPath.substring("convictions.".length(), dot);
    }

    /** The part of a fact path below its conviction ({@code sentence.confinementDays}), or the path itself. */
    public static String fieldWithinConviction(String factPath) {
        String id = convictionId(factPath);
        return id == null ? factPath : factPath.substring("convictions.".length() + id.length() + 1);
    }

    private static String generic(String factPath) {
        String id = convictionId(factPath);
        return id == null ? factPath : "conviction." + fieldWithinConviction(factPath);
    }
}
