package org.pcrnavigator.engine.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;
import org.pcrnavigator.law.offense.RecordFacts;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.StatuteParser;

/**
 * Reads a {@code pcr-case/1} file (YAML or JSON) exactly as the case format defines it. Strict: an unknown
 * key, a wrong enum value, an impossible date or a negative term is a {@link DataError} naming the file,
 * the field path and what was expected. Unknown facts stay unknown. Stateless and thread-safe.
 */
public final class CaseFileReader {
    public static final List<String> GOALS = List.of("naturalization", "adjustment_of_status", "lpr_cancellation",
            "non_lpr_cancellation", "asylum", "withholding_of_removal", "cat_deferral", "daca", "tps", "u_visa", "t_visa",
            "vawa_self_petition", "sijs", "voluntary_departure", "registry", "avoid_deportability", "avoid_inadmissibility");
    public static final List<String> VEHICLES = List.of("pc1473_7_a1", "pc1473_7_a2", "pc1473_7_a3", "pc1016_5", "pc1018",
            "habeas", "coram_nobis", "pc1473_6", "pc17b", "pc18_5b", "pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42",
            "pc1203_425", "pc1203_43", "pc1170_18", "hs11361_8", "pc1203_3", "pc1172_1", "pc1385", "pc236_14", "pc236_15",
            "pc1203_49", "pc1170_91", "pc1172_6");

    // The keys each part of a case file may have: made once, not for every case of a bulk run.
    private static final Set<String> CASE_KEYS = Set.of("format", "id", "asOf", "person", "immigration", "goals",
            "equities", "convictions");
    private static final Set<String> PERSON_KEYS = Set.of("name", "dateOfBirth", "countryOfBirth", "preferredLanguage");
    private static final Set<String> IMMIGRATION_KEYS = Set.of("status", "enteredWithoutInspection", "admissionDate",
            "lprDate", "lastEntryDate", "removalProceedings", "noticeToAppearDate", "removalOrderFinalDate", "removalDate",
            "immigrationDetention");
    private static final Set<String> EQUITIES_KEYS = Set.of("ageAtArrival", "yearsInUnitedStates", "citizenOrLprFamily",
            "childrenUnder21", "employment", "militaryService", "rehabilitation", "tiesToCountryOfBirth", "hardshipNotes");
    private static final Set<String> CONVICTION_KEYS = Set.of("id", "court", "county", "caseNumber", "statute", "level",
            "disposition", "offenseDate", "pleaDate", "plea", "judgmentDate", "sentence", "probationCompleted",
            "inCriminalCustody", "advisementGiven", "counselAdvice", "immigrationConcernAtPlea", "recordFacts",
            "priorRelief", "priorMotions", "newEvidence");
    private static final Set<String> SENTENCE_KEYS = Set.of("confinementDays", "impositionSuspended", "executionSuspended",
            "statePrison", "probationMonths", "probationViolationDays");
    private static final Set<String> PRIOR_RELIEF_KEYS = Set.of("type", "date", "filedDate", "ground", "reliance");
    private static final Set<String> PRIOR_MOTION_KEYS = Set.of("vehicle", "filedDate", "result", "ground");
    private static final Set<String> NEW_EVIDENCE_KEYS = Set.of("discoveredDate", "kind");

    private CaseFileReader() {}

    /**
     * Reads {@code text}, naming it {@code file} in errors.
     *
     * @param today the evaluation date to use where the file gives no {@code asOf}
     */
    public static CaseFile read(String file, String text, LocalDate today) {
        Node root = LocatedDocument.parse(file, text).root();
        if (!root.isMapping()) throw root.error("expected a case file (a mapping with format: pcr-case/1)");
        return read(root, today);
    }

    /** Reads one case already parsed (bulk input parses each line itself). */
    public static CaseFile read(Node root, LocalDate today) {
        root.allowOnly(CASE_KEYS);
        String format = root.get("format").optText();
        if (!CaseFile.FORMAT.equals(format)) {
            throw root.get("format").error("expected '" + CaseFile.FORMAT + "', found " + (format == null ? "nothing" : "'" + format + "'"));
        }
        LocalDate asOf = root.get("asOf").isUnknown() ? today : root.get("asOf").date();
        Person person = person(root.get("person"));
        Immigration imm = immigration(root.get("immigration"));
        List<String> goals = new ArrayList<>();
        for (Node g : root.get("goals").list()) goals.add(g.word(GOALS));
        Equities eq = equities(root.get("equities"));
        List<Conviction> convictions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node c : root.get("convictions").list()) {
            Conviction conv = conviction(c);
            if (!ids.add(conv.id())) throw c.get("id").error("conviction id '" + conv.id() + "' is used twice; ids must be unique");
            convictions.add(conv);
        }
        checkPersonDates(root, person, imm);
        return new CaseFile(root.get("id").optText(), asOf, person, imm, goals, eq, convictions, root.file());
    }

    private static Person person(Node n) {
        if (n.isUnknown()) return Person.UNKNOWN;
        n.allowOnly(PERSON_KEYS);
        return new Person(n.get("name").optText(), date(n.get("dateOfBirth")), n.get("countryOfBirth").optText(),
                n.get("preferredLanguage").optText());
    }

    private static Immigration immigration(Node n) {
        if (n.isUnknown()) return Immigration.UNKNOWN;
        n.allowOnly(IMMIGRATION_KEYS);
        return new Immigration(n.get("status").optWord(CaseFields.STATUSES), tri(n.get("enteredWithoutInspection")),
                date(n.get("admissionDate")), date(n.get("lprDate")), date(n.get("lastEntryDate")),
                n.get("removalProceedings").optWord(CaseFields.REMOVAL_PROCEEDINGS),
                date(n.get("noticeToAppearDate")), date(n.get("removalOrderFinalDate")), date(n.get("removalDate")),
                tri(n.get("immigrationDetention")));
    }

    private static Equities equities(Node n) {
        if (n.isUnknown()) return Equities.UNKNOWN;
        n.allowOnly(EQUITIES_KEYS);
        List<String> family = null;
        if (!n.get("citizenOrLprFamily").isUnknown()) {
            family = new ArrayList<>();
            for (Node f : n.get("citizenOrLprFamily").list()) family.add(f.word(CaseFields.FAMILY));
        }
        return new Equities(n.get("ageAtArrival").optInteger(0), n.get("yearsInUnitedStates").optInteger(0), family,
                n.get("childrenUnder21").optInteger(0), n.get("employment").optText(), tri(n.get("militaryService")),
                n.get("rehabilitation").optText(), n.get("tiesToCountryOfBirth").optWord(CaseFields.TIES),
                n.get("hardshipNotes").optText());
    }

    /** A conviction id: compiled once, since every conviction of a bulk run is checked against it. */
    private static final java.util.regex.Pattern CONVICTION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private static Conviction conviction(Node n) {
        n.allowOnly(CONVICTION_KEYS);
        String id = n.get("id").text();
        if (!CONVICTION_ID.matcher(id).matches()) {
            throw n.get("id").error("'" + id + "' is not a conviction id; expected letters, digits, '_', '-' or '.', e.g. c1");
        }
        Node st = n.get("statute");
        Charge charge;
        try {
            charge = StatuteParser.parse(st.text());
        } catch (StatuteParser.StatuteSyntaxError e) {
            throw st.error(e.getMessage());
        }
        PartialDate offense = date(n.get("offenseDate"));
        PartialDate plea = date(n.get("pleaDate"));
        Node jd = n.get("judgmentDate");
        boolean pending = !jd.isUnknown() && jd.isScalar() && jd.scalarText().trim().equals("pending");
        PartialDate judgment = pending ? null : date(jd);
        if (offense != null && plea != null && plea.certainlyBefore(offense)) {
            throw n.get("pleaDate").error("the plea (" + plea + ") is before the offense (" + offense + "); expected a plea date on or after the offense date");
        }
        if (plea != null && judgment != null && judgment.certainlyBefore(plea)) {
            throw n.get("judgmentDate").error("judgment (" + judgment + ") is before the plea (" + plea + "); expected a judgment date on or after the plea date");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Node rf = n.get("recordFacts");
        if (!rf.isUnknown()) {
            rf.allowOnly(RecordFacts.KEYS);
            for (Map.Entry<String, Node> e : rf.entries().entrySet()) {
                if (e.getValue().isUnknown()) continue;   // unknown: nobody has read the record for it yet
                facts.put(e.getKey(), recordFact(e.getKey(), e.getValue()));
            }
        }
        List<PriorRelief> relief = new ArrayList<>();
        for (Node r : n.get("priorRelief").list()) relief.add(priorRelief(r));
        List<PriorMotion> motions = new ArrayList<>();
        for (Node m : n.get("priorMotions").list()) motions.add(priorMotion(m));
        return new Conviction(id, n.get("court").optWord(CaseFields.COURTS), n.get("county").optText(),
                n.get("caseNumber").optText(), charge, n.get("level").optWord(CaseFields.LEVELS),
                n.get("disposition").optWord(CaseFields.DISPOSITIONS),
                offense, plea, n.get("plea").optWord(CaseFields.PLEAS), judgment, pending,
                sentence(n.get("sentence")), tri(n.get("probationCompleted")), tri(n.get("inCriminalCustody")),
                n.get("advisementGiven").optWord(CaseFields.ADVISEMENTS),
                n.get("counselAdvice").optWord(CaseFields.COUNSEL_ADVICE),
                tri(n.get("immigrationConcernAtPlea")), facts, relief, motions, newEvidence(n.get("newEvidence")));
    }

    private static String recordFact(String key, Node v) {
        String text = v.scalarText().trim();
        if (text.equals("silent")) return text;
        CaseFields.Field field = CaseFields.field("conviction.recordFacts." + key);
        // victimIsMinor also takes YAML's booleans, so it is read below rather than as a word
        if (field.kind() == CaseFields.Kind.CHOICE && !key.equals("victimIsMinor")) return v.word(field.choices());
        switch (key) {
            case "victimAge":
                return String.valueOf(v.integer(0));
            case "lossAmount":
                return v.decimal().toPlainString();
            case "victimIsMinor":
                return v.optYesNo() ? "yes" : "no";
            default:
                return text;
        }
    }

    private static Sentence sentence(Node n) {
        if (n.isUnknown()) return Sentence.UNKNOWN;
        n.allowOnly(SENTENCE_KEYS);
        return new Sentence(n.get("confinementDays").optInteger(0), tri(n.get("impositionSuspended")),
                tri(n.get("executionSuspended")), tri(n.get("statePrison")), n.get("probationMonths").optInteger(0),
                n.get("probationViolationDays").optInteger(0));
    }

    private static PriorRelief priorRelief(Node n) {
        n.allowOnly(PRIOR_RELIEF_KEYS);
        List<String> types = new ArrayList<>(VEHICLES);
        types.add("pc1473_7");
        types.add("pc1210_1");
        PartialDate granted = date(n.get("date"));
        PartialDate filed = date(n.get("filedDate"));
        if (granted != null && filed != null && granted.certainlyBefore(filed)) {
            throw n.get("date").error("granted (" + granted + ") before it was filed (" + filed + "); expected date on or after filedDate");
        }
        return new PriorRelief(n.get("type").word(types), granted, filed, n.get("ground").optText(), tri(n.get("reliance")));
    }

    private static PriorMotion priorMotion(Node n) {
        n.allowOnly(PRIOR_MOTION_KEYS);
        return new PriorMotion(n.get("vehicle").word(VEHICLES), date(n.get("filedDate")),
                n.get("result").optWord(CaseFields.MOTION_RESULTS), n.get("ground").optText());
    }

    private static NewEvidence newEvidence(Node n) {
        if (n.isUnknown()) return null;
        if (n.isScalar() && n.scalarText().trim().equals("none")) return NewEvidence.NONE;
        n.allowOnly(NEW_EVIDENCE_KEYS);
        return new NewEvidence(date(n.get("discoveredDate")), n.get("kind").optWord(CaseFields.NEW_EVIDENCE_KINDS));
    }

    private static Tri tri(Node n) { return Tri.of(n.optYesNo()); }

    private static PartialDate date(Node n) {
        if (n.isUnknown()) return null;
        try {
            return PartialDate.parse(n.scalarText());
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static void checkPersonDates(Node root, Person p, Immigration imm) {
        if (p.dateOfBirth() == null) return;
        Node i = root.get("immigration");
        String[][] fields = {{"lprDate"}, {"admissionDate"}, {"lastEntryDate"}};
        PartialDate[] values = {imm.lprDate(), imm.admissionDate(), imm.lastEntryDate()};
        for (int k = 0; k < values.length; k++) {
            if (values[k] != null && values[k].certainlyBefore(p.dateOfBirth())) {
                throw i.get(fields[k][0]).error("the date (" + values[k] + ") is before the date of birth (" + p.dateOfBirth()
                        + "); expected a date on or after " + p.dateOfBirth());
            }
        }
        List<Node> convictions = root.get("convictions").list();
        for (Node c : convictions) {
            PartialDate off = date(c.get("offenseDate"));
            if (off != null && off.certainlyBefore(p.dateOfBirth())) {
                throw c.get("offenseDate").error("the offense (" + off + ") is before the date of birth (" + p.dateOfBirth() + ")");
            }
        }
    }
}
