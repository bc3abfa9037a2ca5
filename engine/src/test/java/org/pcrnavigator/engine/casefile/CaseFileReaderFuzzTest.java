package org.pcrnavigator.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigInteger;
import java.time.LocalDate;
import org.pcrnavigator.law.data.DataError;

/**
 * Whatever text it is handed, {@link CaseFileReader#read(String, String, LocalDate)} returns a case or throws
 * a {@link DataError} naming the file; any other exception is a bug in the reader.
 *
 * <p>Regression mode (a plain {@code mvn test}) replays the inputs under
 * {@code src/test/resources/org/pcrnavigator/engine/casefile/CaseFileReaderFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl engine test -Dtest=CaseFileReaderFuzzTest}.
 */
class CaseFileReaderFuzzTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @FuzzTest(maxDuration = "3m")
    void readAnyText(String text) {
        if (text == null) return;   // Jazzer passes null now and then; a file's text never is
        readOrDataError(text);
    }

    /**
     * A case that is mostly valid YAML of the right shape, with field values drawn from valid words, near
     * misses and YAML oddities, so that the fuzzer spends its time in the reader rather than the parser.
     */
    @FuzzTest(maxDuration = "2m")
    void readMostlyValidCase(FuzzedDataProvider data) {
        StringBuilder y = new StringBuilder();
        y.append("format: ").append(data.consumeInt(0, 9) == 0 ? scalar(data) : "pcr-case/1").append('\n');
        if (data.consumeBoolean()) y.append("asOf: ").append(date(data)).append('\n');
        if (data.consumeBoolean()) {
            y.append("person:\n");
            field(y, 2, "name", data.consumeBoolean() ? "Maria Example" : scalar(data));
            field(y, 2, "dateOfBirth", date(data));
            if (data.consumeBoolean()) field(y, 2, pick(data, "preferredLanguage", "preferedLanguage"), pick(data, "es", "en", "~"));
        }
        if (data.consumeBoolean()) {
            y.append("immigration:\n");
            field(y, 2, "status", pick(data, "lpr", "undocumented", "daca", "citizen", "unknown", "LPR", "green card"));
            field(y, 2, "enteredWithoutInspection", yesNo(data));
            field(y, 2, "admissionDate", date(data));
            field(y, 2, "lprDate", date(data));
            field(y, 2, "lastEntryDate", date(data));
            field(y, 2, "removalProceedings", pick(data, "none", "pending", "final_order", "removed", "pendng"));
            field(y, 2, "immigrationDetention", yesNo(data));
        }
        if (data.consumeBoolean()) y.append("goals: [").append(pick(data, "naturalization", "daca", "natz", "", "[]")).append("]\n");
        if (data.consumeBoolean()) {
            y.append("equities:\n");
            field(y, 2, "ageAtArrival", number(data));
            field(y, 2, "citizenOrLprFamily", pick(data, "[spouse, child]", "[]", "spouse", "[cousin]", "~"));
            field(y, 2, "militaryService", yesNo(data));
            field(y, 2, "tiesToCountryOfBirth", pick(data, "none", "weak", "some", "strong", "weeak"));
        }
        int convictions = data.consumeInt(0, 3);
        if (convictions > 0) y.append("convictions:\n");
        String confinement = null;
        boolean completedUnknown = false;
        for (int i = 0; i < convictions; i++) {
            y.append("  - id: ").append(pick(data, "c1", "c2", "c1", "c 1", "''", "~")).append('\n');
            field(y, 4, "statute", statute(data));
            field(y, 4, "court", pick(data, "adult", "juvenile", "adlt"));
            field(y, 4, "level", pick(data, "felony", "misdemeanor", "infraction", "wobbler"));
            field(y, 4, "disposition", pick(data, "convicted", "dej_completed", "juvenile_adjudication", "dismissed"));
            field(y, 4, "offenseDate", date(data));
            field(y, 4, data.consumeBoolean() ? "pleaDate" : "pleadate", date(data));
            field(y, 4, "plea", pick(data, "guilty", "no_contest", "trial", "guilt", "yes"));
            field(y, 4, "judgmentDate", data.consumeBoolean() ? "pending" : date(data));
            if (data.consumeBoolean()) {
                y.append("    sentence:\n");
                String days = number(data);
                if (i == 0) confinement = days;
                field(y, 6, "confinementDays", days);
                field(y, 6, "executionSuspended", yesNo(data));
                field(y, 6, "probationMonths", number(data));
            }
            // Omitted, empty, null and unknown all mean "nobody knows yet" (case format); anything else is read or rejected.
            String completed = data.consumeBoolean() ? pick(data, null, "", "~", "null", "unknown", "Unknown", "NULL") : yesNo(data);
            if (i == 0) completedUnknown = completed == null || completed.matches("|~|null|NULL|[Uu]nknown");
            field(y, 4, "probationCompleted", completed);
            field(y, 4, "advisementGiven", pick(data, "yes", "no", "partial", "true", "False", "unknown", "parital"));
            field(y, 4, "immigrationConcernAtPlea", yesNo(data));
            if (data.consumeBoolean()) {
                y.append("    recordFacts:\n");
                field(y, 6, "victimRelationship", pick(data, "spouse", "silent", "dating", "wife", "none"));
                field(y, 6, "victimAge", number(data));
                field(y, 6, "victimIsMinor", yesNo(data));
                field(y, 6, "lossAmount", number(data));
                field(y, 6, "substance", pick(data, "methamphetamine", "silent", "[meth]", "{a: b}"));
            }
            if (data.consumeBoolean()) {
                y.append("    priorRelief:\n      - type: ").append(pick(data, "pc1203_4", "pc1473_7", "pc1203.4", "~")).append('\n');
                field(y, 8, "date", date(data));
                field(y, 8, "filedDate", date(data));
                field(y, 8, "reliance", yesNo(data));
            }
            if (data.consumeBoolean()) field(y, 4, "newEvidence", pick(data, "none", "~", "{kind: innocence}", "{kind: dna}"));
        }
        if (data.remainingBytes() > 0 && data.consumeBoolean()) y.append(data.consumeRemainingAsString());
        CaseFile c = readOrDataError(y.toString());
        if (c != null && completedUnknown && !c.convictions().isEmpty()) {
            assertThat(c.convictions().get(0).probationCompleted()).as("an unknown probationCompleted").isEqualTo(Tri.UNKNOWN);
        }
        // Accepted numbers are read as written, never wrapped around or rounded.
        if (c != null && confinement != null && confinement.matches("-?\\d+") && !c.convictions().isEmpty()) {
            Long read = c.convictions().get(0).sentence().confinementDays();
            assertThat(read).as("confinementDays: %s", confinement).isNotNull();
            assertThat(BigInteger.valueOf(read)).isEqualTo(new BigInteger(confinement));
        }
    }

    private static CaseFile readOrDataError(String text) {
        try {
            CaseFile c = CaseFileReader.read("fuzz.yaml", text, TODAY);
            assertThat(c).isNotNull();
            assertThat(c.asOf()).isNotNull();
            return c;
        } catch (DataError e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.file()).isEqualTo("fuzz.yaml");
            assertThat(e.describe()).startsWith("fuzz.yaml");
            return null;
        }
    }

    private static void field(StringBuilder y, int indent, String key, String value) {
        if (value == null) return;   // omitted
        y.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
    }

    private static String pick(FuzzedDataProvider data, String... values) { return data.pickValue(values); }

    /** A scalar that YAML reads in some surprising way, or a short fuzzed string, JSON-quoted. */
    private static String scalar(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return pick(data, "", "~", "null", "unknown", "Unknown", "yes", "no", "true", "False", "on", "off", "y", "n",
                    ".inf", "-.inf", ".nan", "1e999", "-1e999", "1e-999", "0x1F", "0o17", "0b101", "1_000", "1:30", "-0",
                    "99999999999999999999", "-9223372036854775809", "9223372036854775807", "[]", "{}", "[a, b]", "{a: 1}",
                    "'quoted'", "!!binary aGVsbG8=", "!!int 12", "!!float 1.5", "!!str 12", "!!null ''", "!!bool yes",
                    "&anchor 12", "*anchor", "|\n  block", ">-\n  folded", "\"\\u0000\"", "\"\\uD800\"", "2002", "2002-05",
                    "2002-02-29", "2000-02-29", "1984-02-10", "+10000-01-01", "0000", "silent", "pending", "none", "pcr-case/1");
        }
        String s = data.consumeString(24);
        StringBuilder q = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') q.append('\\').append(ch);
            else if (ch < 0x20 || Character.isSurrogate(ch)) q.append(String.format("\\u%04x", (int) ch));
            else q.append(ch);
        }
        return q.append('"').toString();
    }

    private static String date(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 5)) {
            case 0: return null;
            case 1: return scalar(data);
            case 2: return String.format("%04d", data.consumeInt(1900, 2030));
            case 3: return String.format("%04d-%02d", data.consumeInt(1900, 2030), data.consumeInt(0, 13));
            default: return String.format("%04d-%02d-%02d", data.consumeInt(1900, 2030), data.consumeInt(0, 13), data.consumeInt(0, 32));
        }
    }

    private static String number(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 4)) {
            case 0: return null;
            case 1: return scalar(data);
            case 2: return String.valueOf(data.consumeLong());
            case 3: return new BigInteger(1, data.consumeBytes(12)).toString();
            default: return String.valueOf(data.consumeInt(-2, 800));
        }
    }

    private static String yesNo(FuzzedDataProvider data) {
        return data.consumeBoolean() ? pick(data, "yes", "no", "true", "false", "Yes", "NO", "unknown", "\"yes\"") : scalar(data);
    }

    private static String statute(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return pick(data, "PC 273.5(a)", "PC 664/187(a)", "PC 182(a)(1)/HS 11352(a)", "PC 666/484(a)", "HS 11377",
                    "\"Pen. Code § 273.5, subd. (a)\"", "PC 245(a)(1)/(a)(4)", "PC 1/2/3", "273.5", "XYZ 12", "~");
        }
        return scalar(data);
    }
}
