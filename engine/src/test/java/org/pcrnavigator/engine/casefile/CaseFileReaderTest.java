package org.pcrnavigator.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.statute.Charge;

class CaseFileReaderTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    static CaseFile read(String text) { return CaseFileReader.read("case.yaml", text, TODAY); }

    /** A case with one conviction c1; {@code fields} are its lines (without the id), "\n"-separated, unindented. */
    static String oneConviction(String fields) {
        StringBuilder y = new StringBuilder("format: pcr-case/1\nconvictions:\n  - id: c1\n");
        for (String line : fields.split("\n")) {
            if (!line.isBlank()) y.append("    ").append(line).append('\n');
        }
        return y.toString();
    }

    static Conviction conviction(String fields) { return read(oneConviction(fields)).convictions().get(0); }

    /** Asserts {@code call} throws a DataError at {@code path} whose message contains every fragment. */
    static DataError dataError(ThrowingCallable call, String path, String... fragments) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).as("expected a DataError at %s", path).isInstanceOf(DataError.class);
        DataError e = (DataError) t;
        assertThat(e.path()).as("path of: %s", e.describe()).isEqualTo(path);
        assertThat(e.file()).isEqualTo("case.yaml");
        for (String f : fragments) assertThat(e.getMessage()).contains(f);
        assertThat(e.describe()).startsWith("case.yaml").contains(path);
        return e;
    }

    // ------------------------------------------------------------------ examples

    static Stream<Path> examples() throws IOException {
        Path dir = Path.of(System.getProperty("pcr.repo.root"), "examples");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(files).as("examples in %s", dir).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsEveryExample(Path file) throws IOException {
        CaseFile c = CaseFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), TODAY);
        assertThat(c.convictions()).allSatisfy(v -> assertThat(v.charge()).isNotNull());
        assertThat(c.source()).isEqualTo(file.toString());
    }

    @ParameterizedTest(name = "{0} as JSON")
    @MethodSource("examples")
    void jsonInputReadsLikeTheYaml(Path file) throws IOException {
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        assertThat(json).startsWith("{");
        CaseFile fromYaml = CaseFileReader.read("case", yaml, TODAY);
        CaseFile fromJson = CaseFileReader.read("case", json, TODAY);
        assertThat(fromJson).isEqualTo(fromYaml);
    }

    @Test
    void readsTheDvExampleFieldByField() throws IOException {
        Path file = Path.of(System.getProperty("pcr.repo.root"), "examples", "lpr-dv-naturalization.yaml");
        CaseFile c = CaseFileReader.read("x", Files.readString(file), TODAY);
        assertThat(c.id()).isEqualTo("demo-lpr-dv-naturalization");
        assertThat(c.person().dateOfBirth()).isEqualTo(new PartialDate(1984, 2, 10));
        assertThat(c.immigration().status()).isEqualTo("lpr");
        assertThat(c.immigration().enteredWithoutInspection()).isEqualTo(Tri.NO);
        assertThat(c.goals()).containsExactly("naturalization");
        assertThat(c.equities().citizenOrLprFamily()).containsExactly("spouse", "child");
        Conviction v = c.convictions().get(0);
        assertThat(v.charge().display()).isEqualTo("PC 273.5(a)");
        assertThat(v.plea()).isEqualTo("no_contest");
        assertThat(v.sentence().confinementDays()).isEqualTo(365L);
        assertThat(v.sentence().executionSuspended()).isEqualTo(Tri.YES);
        assertThat(v.immigrationConcernAtPlea()).isEqualTo(Tri.YES);
        assertThat(v.advisementGiven()).isNull();
        assertThat(v.recordFacts()).containsEntry("victimRelationship", "spouse");
    }

    @Test
    void aHandWrittenJsonCaseReads() {
        CaseFile c = read("""
                {"format": "pcr-case/1", "asOf": "2026-01-02",
                 "immigration": {"status": "lpr", "lprDate": "2008-09", "immigrationDetention": "no"},
                 "convictions": [{"id": "c1", "statute": "PC 664/187(a)", "plea": "guilty", "probationCompleted": true,
                                  "sentence": {"confinementDays": "365"}}]}
                """);
        assertThat(c.asOf()).isEqualTo(LocalDate.parse("2026-01-02"));
        assertThat(c.immigration().lprDate()).isEqualTo(new PartialDate(2008, 9, null));
        assertThat(c.immigration().immigrationDetention()).isEqualTo(Tri.NO);
        assertThat(c.convictions().get(0).charge().prefix().display()).isEqualTo("PC 664");
        assertThat(c.convictions().get(0).probationCompleted()).isEqualTo(Tri.YES);
        assertThat(c.convictions().get(0).sentence().confinementDays()).isEqualTo(365L);
    }

    // ------------------------------------------------------------------ malformed input

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "format: pcr-case/1\nperson: [unclosed\n",
            "format: pcr-case/1\nconvictions:\n  - id: c1\n   statute: PC 484\n",
            "format: pcr-case/1\nid: \"unterminated\n",
            "{\"format\": \"pcr-case/1\", \"id\": }",
            "{\"format\": \"pcr-case/1\",\n \"id\": \"a\",\n}",
            "[1, 2",
    })
    void malformedInputIsADataErrorWithALine(String text) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(DataError.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.getMessage()).containsPattern("malformed (YAML|JSON)");
                    assertThat(e.describe()).startsWith("case.yaml:" + e.line() + ":");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   \n", "# only a comment\n"})
    void anEmptyFileIsADataError(String text) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(DataError.class).hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"just a string", "- a\n- b\n", "42", "[1, 2]"})
    void aDocumentThatIsNotAMappingIsADataError(String text) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(DataError.class).hasMessageContaining("format: pcr-case/1");
    }

    @Test
    void aDuplicateKeyIsADataError() {
        assertThatThrownBy(() -> read("format: pcr-case/1\nid: a\nid: b\n"))
                .isInstanceOfSatisfying(DataError.class, e -> {
                    assertThat(e.getMessage()).contains("duplicate key").contains("id");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    // ------------------------------------------------------------------ format, asOf, ids

    @ParameterizedTest(name = "format: {0}")
    @ValueSource(strings = {"pcr-case/2", "pcr-case/1.0", "PCR-CASE/1", "pcr-analysis/1", "unknown", "~"})
    void aWrongFormatIsRejected(String format) {
        dataError(() -> read("format: " + format + "\n"), "format", "expected 'pcr-case/1'");
    }

    @Test
    void aMissingFormatIsRejected() {
        dataError(() -> read("id: x\n"), "format", "expected 'pcr-case/1'", "found nothing");
    }

    @ParameterizedTest(name = "asOf line ''{0}''")
    @ValueSource(strings = {"", "asOf: unknown\n", "asOf: null\n", "asOf: ~\n"})
    void asOfDefaultsToToday(String line) {
        assertThat(read("format: pcr-case/1\n" + line).asOf()).isEqualTo(TODAY);
        assertThat(CaseFileReader.read("f", "format: pcr-case/1\n" + line, LocalDate.parse("2001-02-03")).asOf())
                .isEqualTo(LocalDate.parse("2001-02-03"));
    }

    @Test
    void aGivenAsOfWinsOverToday() {
        assertThat(read("format: pcr-case/1\nasOf: 2020-02-29\n").asOf()).isEqualTo(LocalDate.parse("2020-02-29"));
    }

    @ParameterizedTest(name = "asOf: {0}")
    @ValueSource(strings = {"2020", "2020-02", "2021-02-29", "yesterday"})
    void asOfMustBeAFullDate(String value) {
        dataError(() -> read("format: pcr-case/1\nasOf: " + value + "\n"), "asOf", "YYYY-MM-DD");
    }

    @Test
    void duplicateConvictionIdsAreRejected() {
        String yaml = "format: pcr-case/1\nconvictions:\n  - id: c1\n    statute: PC 484\n  - id: c2\n    statute: PC 484\n"
                + "  - id: c1\n    statute: PC 459\n";
        dataError(() -> read(yaml), "convictions[2].id", "'c1'", "used twice");
    }

    @Test
    void distinctConvictionIdsAreKeptInOrder() {
        String yaml = "format: pcr-case/1\nconvictions:\n  - id: c1\n    statute: PC 484\n  - id: C1\n    statute: PC 459\n";
        assertThat(read(yaml).convictions()).extracting(Conviction::id).containsExactly("c1", "C1");
    }

    @ParameterizedTest(name = "id: {0}")
    @ValueSource(strings = {"'c 1'", "'c/1'", "''", "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'"})
    void aConvictionIdMustBeAShortToken(String id) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read(
                "format: pcr-case/1\nconvictions:\n  - id: " + id + "\n    statute: PC 484\n"));
        assertThat(t).isInstanceOf(DataError.class);
        assertThat(((DataError) t).path()).isEqualTo("convictions[0].id");
    }

    @Test
    void aFortyCharacterIdIsAccepted() {
        assertThat(read("format: pcr-case/1\nconvictions:\n  - id: " + "a".repeat(40) + "\n    statute: PC 484\n")
                .convictions()).hasSize(1);
    }

    // ------------------------------------------------------------------ keys and enums

    @Test
    void anUnknownEnumValueNamesThePathAndSuggests() {
        dataError(() -> conviction("statute: PC 484\nplea: guilt"), "convictions[0].plea",
                "'guilt'", "guilty | no_contest | trial", "did you mean 'guilty'?");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # field           | written       | suggestion
        plea              | no contest    | no_contest
        plea              | nolo          | -
        disposition       | convict       | convicted
        level             | felonly       | felony
        counselAdvice     | acurate       | accurate
        advisementGiven   | partail       | partial
        court             | adlt          | adult
        """)
    void enumValuesAreCheckedWithASuggestion(String field, String written, String suggestion) {
        DataError e = dataError(() -> conviction("statute: PC 484\n" + field + ": " + written), "convictions[0]." + field,
                "'" + written + "' is not allowed");
        if (suggestion.equals("-")) {
            assertThat(e.getMessage()).doesNotContain("did you mean");
        } else {
            assertThat(e.getMessage()).contains("did you mean '" + suggestion + "'?");
        }
    }

    @Test
    void aMisspelledKeySuggestsTheRightOne() {
        dataError(() -> conviction("statute: PC 484\npleadate: 2010-06-01"), "convictions[0].pleadate",
                "unknown key 'pleadate'", "did you mean 'pleaDate'?");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # yaml                                                 | path                                | suggestion
        'format: pcr-case/1\\npersn: {}'                       | persn                               | person
        'format: pcr-case/1\\nperson: {dateofBirth: 1980-01-01}'| person.dateofBirth                  | dateOfBirth
        'format: pcr-case/1\\nimmigration: {lprdate: 2001}'    | immigration.lprdate                 | lprDate
        'format: pcr-case/1\\nequities: {childrenUnder18: 1}'  | equities.childrenUnder18            | childrenUnder21
        'format: pcr-case/1\\nconvictions: [{id: c1, statute: PC 484, sentence: {confinementDay: 3}}]' | convictions[0].sentence.confinementDay | confinementDays
        'format: pcr-case/1\\nconvictions: [{id: c1, statute: PC 484, recordFacts: {victimAg: 12}}]'   | convictions[0].recordFacts.victimAg    | victimAge
        """)
    void misspelledKeysAnywhereAreNamedWithTheirPath(String yaml, String path, String suggestion) {
        dataError(() -> read(yaml.replace("\\n", "\n")), path, "did you mean '" + suggestion + "'?");
    }

    @ParameterizedTest(name = "goal {0}")
    @ValueSource(strings = {"naturalisation", "citizenship", "lpr cancellation"})
    void unknownGoalsAreRejected(String goal) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read("format: pcr-case/1\ngoals: [naturalization, '" + goal + "']\n"));
        assertThat(t).isInstanceOf(DataError.class);
        assertThat(((DataError) t).path()).isEqualTo("goals[1]");
    }

    @Test
    void aBadStatuteNamesTheFieldAndTheExpectedForm() {
        dataError(() -> conviction("statute: Penal 273.5 (a"), "convictions[0].statute", "PC 273.5(a)");
    }

    @Test
    void aConvictionNeedsAStatute() {
        dataError(() -> conviction("plea: guilty"), "convictions[0].statute", "required");
    }

    // ------------------------------------------------------------------ dates

    @ParameterizedTest(name = "offense {0}, plea {1}: error {2}")
    @CsvSource(textBlock = """
        2010-05-01, 2010-04-30, true
        2010-05-01, 2010-05-01, false
        2010-05-01, 2010-05-02, false
        2010-05,    2010-04-30, true
        2010-05,    2010-05-01, false
        2010-05-15, 2010-05,    false
        2010-05-15, 2010-04,    true
        2010,       2009-12-31, true
        2010,       2010-01-01, false
        2010-12-31, 2010,       false
        """)
    void aPleaBeforeTheOffenseIsAnError(String offense, String plea, boolean error) {
        String fields = "statute: PC 484\noffenseDate: " + offense + "\npleaDate: " + plea;
        if (error) {
            dataError(() -> conviction(fields), "convictions[0].pleaDate", "before the offense");
        } else {
            assertThat(conviction(fields).pleaDate()).isEqualTo(PartialDate.parse(plea));
        }
    }

    @ParameterizedTest(name = "plea {0}, judgment {1}: error {2}")
    @CsvSource(textBlock = """
        2010-06-01, 2010-05-31, true
        2010-06-01, 2010-06-01, false
        2010-06,    2010-06-01, false
        """)
    void aJudgmentBeforeThePleaIsAnError(String plea, String judgment, boolean error) {
        String fields = "statute: PC 484\npleaDate: " + plea + "\njudgmentDate: " + judgment;
        if (error) {
            dataError(() -> conviction(fields), "convictions[0].judgmentDate", "before the plea");
        } else {
            assertThat(conviction(fields).judgmentDate()).isNotNull();
        }
    }

    @Test
    void judgmentPendingIsReadAsPendingNotAsADate() {
        Conviction c = conviction("statute: PC 484\npleaDate: 2026-01-01\njudgmentDate: pending");
        assertThat(c.judgmentPending()).isTrue();
        assertThat(c.judgmentDate()).isNull();
        Conviction u = conviction("statute: PC 484\njudgmentDate: unknown");
        assertThat(u.judgmentPending()).isFalse();
        assertThat(u.judgmentDate()).isNull();
    }

    @ParameterizedTest(name = "{0} {1} vs birth 1984-02-10: error {2}")
    @CsvSource(textBlock = """
        lprDate,       1984-02-09, true
        lprDate,       1984-02-10, false
        lprDate,       1984-01,    true
        lprDate,       1984-02,    false
        lprDate,       1983,       true
        lprDate,       1984,       false
        admissionDate, 1984-02-09, true
        admissionDate, 1984-02-10, false
        lastEntryDate, 1980-01-01, true
        """)
    void immigrationDatesBeforeBirthAreErrors(String field, String date, boolean error) {
        String yaml = "format: pcr-case/1\nperson:\n  dateOfBirth: 1984-02-10\nimmigration:\n  " + field + ": " + date + "\n";
        if (error) {
            dataError(() -> read(yaml), "immigration." + field, "before the date of birth", "1984-02-10");
        } else {
            assertThat(read(yaml).person().dateOfBirth()).isEqualTo(new PartialDate(1984, 2, 10));
        }
    }

    @Test
    void anOffenseBeforeBirthIsAnError() {
        String yaml = "format: pcr-case/1\nperson: {dateOfBirth: 1984-02-10}\nconvictions:\n"
                + "  - {id: c1, statute: PC 484}\n  - {id: c2, statute: PC 484, offenseDate: 1984-02-09}\n";
        dataError(() -> read(yaml), "convictions[1].offenseDate", "before the date of birth");
    }

    @ParameterizedTest(name = "offenseDate: {0}")
    @CsvSource(textBlock = """
        2002,       2002, ,
        2002-05,    2002, 5,
        2002-05-17, 2002, 5, 17
        "2002",     2002, ,
        """)
    void partialDatesKeepOnlyWhatIsKnown(String written, int year, Integer month, Integer day) {
        PartialDate d = conviction("statute: PC 484\noffenseDate: " + written).offenseDate();
        assertThat(d).isEqualTo(new PartialDate(year, month, day));
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
    }

    @ParameterizedTest(name = "offenseDate: {0}")
    @ValueSource(strings = {"2002-13", "2002-02-30", "2021-02-29", "05/17/2002", "02", "20020", "2002-5-17", "May 2002", "true", "[2002]"})
    void impossibleOrUnreadableDatesAreErrors(String written) {
        dataError(() -> conviction("statute: PC 484\noffenseDate: " + written), "convictions[0].offenseDate");
    }

    // ------------------------------------------------------------------ numbers

    @ParameterizedTest(name = "confinementDays: {0} -> error {1}")
    @CsvSource(textBlock = """
        -1,    true
        0,     false
        364,   false
        "365", false
        1.5,   true
        ten,   true
        """)
    void confinementDaysMustBeAWholeNumberOfAtLeastZero(String value, boolean error) {
        String fields = "statute: PC 484\nsentence:\n  confinementDays: " + value;
        if (error) {
            dataError(() -> conviction(fields), "convictions[0].sentence.confinementDays", "whole number");
        } else {
            assertThat(conviction(fields).sentence().confinementDays()).isEqualTo(Long.parseLong(value.replace("\"", "")));
        }
    }

    /** Found by CaseFileReaderFuzzTest: a number past the long range used to wrap around into another number. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9223372036854775808", "79228157792258142691490952553", "99999999999999999999"})
    void aTermPastTheLongRangeIsAnErrorNotAnotherNumber(String days) {
        dataError(() -> conviction("statute: PC 484\nsentence: {confinementDays: " + days + "}"),
                "convictions[0].sentence.confinementDays", "whole number", days);
    }

    @Test
    void theLargestLongIsStillRead() {
        assertThat(conviction("statute: PC 484\nsentence: {confinementDays: 9223372036854775807}").sentence().confinementDays())
                .isEqualTo(Long.MAX_VALUE);
    }

    /** Found by CaseFileReaderFuzzTest: 1e999 reads as an infinite double, which threw NumberFormatException. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999", "-1e999"})
    void anInfiniteLossAmountIsADataError(String amount) {
        dataError(() -> conviction("statute: PC 484\nrecordFacts: {lossAmount: " + amount + "}"),
                "convictions[0].recordFacts.lossAmount", "number");
        assertThatThrownBy(() -> read("{\"format\": \"pcr-case/1\", \"convictions\": [{\"id\": \"c1\", \"statute\": \"PC 484\", "
                + "\"recordFacts\": {\"lossAmount\": " + amount + "}}]}")).isInstanceOf(DataError.class);
    }

    @Test
    void aNegativeTermSaysWhatWasFound() {
        dataError(() -> conviction("statute: PC 484\nsentence: {confinementDays: -1}"),
                "convictions[0].sentence.confinementDays", "at least 0", "-1");
    }

    @ParameterizedTest(name = "lossAmount: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        10000       | 10000
        10000.01    | 10000.01
        "$10,001"   | 10001
        0           | 0
        """)
    void lossAmountsReadAsDecimals(String written, String expected) {
        assertThat(conviction("statute: PC 484\nrecordFacts: {lossAmount: " + written + "}").recordFacts())
                .containsEntry("lossAmount", expected);
    }

    @ParameterizedTest(name = "lossAmount: {0}")
    @ValueSource(strings = {"-1", "lots", "'-$5'"})
    void badLossAmountsAreErrors(String written) {
        dataError(() -> conviction("statute: PC 484\nrecordFacts: {lossAmount: " + written + "}"),
                "convictions[0].recordFacts.lossAmount", "number");
    }

    // ------------------------------------------------------------------ yes / no / unknown

    @ParameterizedTest(name = "probationCompleted: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        yes       | YES
        no        | NO
        Yes       | YES
        NO        | NO
        true      | YES
        false     | NO
        True      | YES
        '"yes"'   | YES
        '"no"'    | NO
        '"true"'  | YES
        '"false"' | NO
        unknown   | UNKNOWN
        Unknown   | UNKNOWN
        '"unknown"' | UNKNOWN
        null      | UNKNOWN
        '~'       | UNKNOWN
        """)
    void yesNoFieldsAcceptYamlBooleansAndWords(String written, Tri expected) {
        assertThat(conviction("statute: PC 484\nprobationCompleted: " + written).probationCompleted()).isEqualTo(expected);
    }

    /** {@code plea:} with nothing after it is YAML null, so it reads as unknown. */
    @ParameterizedTest(name = "{0}: (empty)")
    @ValueSource(strings = {"probationCompleted", "plea", "offenseDate", "county"})
    void anEmptyValueIsYamlNullAndReadsAsUnknown(String field) {
        Conviction c = conviction("statute: PC 484\n" + field + ":");
        assertThat(c.probationCompleted()).isEqualTo(Tri.UNKNOWN);
        assertThat(c.plea()).isNull();
        assertThat(c.offenseDate()).isNull();
        assertThat(c.county()).isNull();
    }

    @ParameterizedTest(name = "probationCompleted: {0}")
    @ValueSource(strings = {"maybe", "1", "y-e-s", "[yes]", "{a: b}"})
    void otherValuesInYesNoFieldsAreErrors(String written) {
        dataError(() -> conviction("statute: PC 484\nprobationCompleted: " + written), "convictions[0].probationCompleted",
                "expected yes, no or unknown");
    }

    @ParameterizedTest(name = "advisementGiven: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        yes      | yes
        no       | no
        true     | yes
        false    | no
        '"yes"'  | yes
        partial  | partial
        unknown  | NULL
        null     | NULL
        """)
    void wordFieldsWithYesAndNoAcceptYamlBooleans(String written, String expected) {
        assertThat(conviction("statute: PC 484\nadvisementGiven: " + written).advisementGiven()).isEqualTo(expected);
    }

    @Test
    void immigrationYesNoFieldsAcceptBooleans() {
        Immigration i = read("format: pcr-case/1\nimmigration:\n  enteredWithoutInspection: yes\n  immigrationDetention: false\n")
                .immigration();
        assertThat(i.enteredWithoutInspection()).isEqualTo(Tri.YES);
        assertThat(i.immigrationDetention()).isEqualTo(Tri.NO);
    }

    /** Omitted, null and the word unknown all mean "nobody knows yet". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"omitted", "null", "unknown", "~"})
    void omittedNullAndUnknownAllReadAsUnknown(String how) {
        String[] fields = {"court", "county", "level", "disposition", "offenseDate", "pleaDate", "plea", "judgmentDate",
                "sentence", "probationCompleted", "inCriminalCustody", "advisementGiven", "counselAdvice",
                "immigrationConcernAtPlea", "recordFacts", "priorRelief", "priorMotions", "newEvidence"};
        StringBuilder y = new StringBuilder("format: pcr-case/1\n");
        if (!how.equals("omitted")) {
            y.append("id: ").append(how).append("\nasOf: ").append(how).append("\nperson: ").append(how)
                    .append("\nimmigration: ").append(how).append("\ngoals: ").append(how).append("\nequities: ").append(how).append('\n');
        }
        y.append("convictions:\n  - id: c1\n    statute: PC 484\n");
        if (!how.equals("omitted")) {
            for (String f : fields) y.append("    ").append(f).append(": ").append(how).append('\n');
        }
        CaseFile c = read(y.toString());
        assertThat(c.id()).isNull();
        assertThat(c.asOf()).isEqualTo(TODAY);
        assertThat(c.person()).isEqualTo(Person.UNKNOWN);
        assertThat(c.immigration()).isEqualTo(Immigration.UNKNOWN);
        assertThat(c.goals()).isEmpty();
        assertThat(c.equities()).isEqualTo(Equities.UNKNOWN);
        Conviction v = c.convictions().get(0);
        assertThat(v.court()).isNull();
        assertThat(v.county()).isNull();
        assertThat(v.level()).isNull();
        assertThat(v.disposition()).isNull();
        assertThat(v.offenseDate()).isNull();
        assertThat(v.pleaDate()).isNull();
        assertThat(v.plea()).isNull();
        assertThat(v.judgmentDate()).isNull();
        assertThat(v.judgmentPending()).isFalse();
        assertThat(v.sentence()).isEqualTo(Sentence.UNKNOWN);
        assertThat(v.probationCompleted()).isEqualTo(Tri.UNKNOWN);
        assertThat(v.inCriminalCustody()).isEqualTo(Tri.UNKNOWN);
        assertThat(v.advisementGiven()).isNull();
        assertThat(v.counselAdvice()).isNull();
        assertThat(v.immigrationConcernAtPlea()).isEqualTo(Tri.UNKNOWN);
        assertThat(v.recordFacts()).isEmpty();
        assertThat(v.priorRelief()).isEmpty();
        assertThat(v.priorMotions()).isEmpty();
        assertThat(v.newEvidence()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"omitted", "null", "unknown"})
    void unknownInsideNestedMappingsStaysUnknown(String how) {
        String v = how.equals("omitted") ? null : how;
        StringBuilder y = new StringBuilder("format: pcr-case/1\nperson:\n  name: A\n");
        if (v != null) y.append("  dateOfBirth: ").append(v).append('\n');
        y.append("immigration:\n  status: lpr\n");
        if (v != null) y.append("  lprDate: ").append(v).append("\n  enteredWithoutInspection: ").append(v).append('\n');
        y.append("equities:\n  employment: x\n");
        if (v != null) y.append("  ageAtArrival: ").append(v).append("\n  citizenOrLprFamily: ").append(v).append('\n');
        y.append("convictions:\n  - id: c1\n    statute: PC 484\n    sentence:\n      statePrison: false\n");
        if (v != null) y.append("      confinementDays: ").append(v).append('\n');
        y.append("    recordFacts:\n      structure: residence\n");
        if (v != null) y.append("      victimAge: ").append(v).append('\n');
        CaseFile c = read(y.toString());
        assertThat(c.person().dateOfBirth()).isNull();
        assertThat(c.immigration().lprDate()).isNull();
        assertThat(c.immigration().enteredWithoutInspection()).isEqualTo(Tri.UNKNOWN);
        assertThat(c.equities().ageAtArrival()).isNull();
        assertThat(c.equities().citizenOrLprFamily()).isNull();
        Conviction cv = c.convictions().get(0);
        assertThat(cv.sentence().confinementDays()).isNull();
        assertThat(cv.sentence().statePrison()).isEqualTo(Tri.NO);
        assertThat(cv.recordFacts()).containsOnlyKeys("structure");
    }

    @Test
    void anEmptyFamilyListIsKnownToBeEmpty() {
        assertThat(read("format: pcr-case/1\nequities: {citizenOrLprFamily: []}\n").equities().citizenOrLprFamily()).isEmpty();
    }

    @Test
    void silentRecordFactsAreKept() {
        assertThat(conviction("statute: PC 484\nrecordFacts: {victimRelationship: silent, lossAmount: silent, substance: silent}")
                .recordFacts()).containsEntry("victimRelationship", "silent").containsEntry("lossAmount", "silent")
                .containsEntry("substance", "silent");
    }

    @Test
    void newEvidenceNoneIsKnownToBeNone() {
        assertThat(conviction("statute: PC 484\nnewEvidence: none").newEvidence()).isEqualTo(NewEvidence.NONE);
    }

    // ------------------------------------------------------------------ prior relief

    @Test
    void priorReliefGrantedBeforeFiledIsAnError() {
        dataError(() -> conviction("statute: PC 484\npriorRelief:\n  - {type: pc1203_4, date: 2014-09-30, filedDate: 2014-10-01}"),
                "convictions[0].priorRelief[0].date", "before it was filed");
        assertThat(conviction("statute: PC 484\npriorRelief:\n  - {type: pc1203_4, date: 2014-10-01, filedDate: 2014-10-01}")
                .priorRelief()).hasSize(1);
    }

    @ParameterizedTest(name = "priorRelief type {0} -> accepted {1}")
    @CsvSource({"pc1203_4, true", "pc1473_7, true", "pc1210_1, true", "pc1203.4, false", "expungement, false"})
    void priorReliefTypesAreVehicleIds(String type, boolean accepted) {
        String fields = "statute: PC 484\npriorRelief:\n  - {type: " + type + "}";
        if (accepted) {
            assertThat(conviction(fields).priorRelief().get(0).type()).isEqualTo(type);
        } else {
            dataError(() -> conviction(fields), "convictions[0].priorRelief[0].type", "is not allowed");
        }
    }

    @Test
    void priorMotionsDoNotAcceptThePriorReliefOnlyIds() {
        dataError(() -> conviction("statute: PC 484\npriorMotions:\n  - {vehicle: pc1473_7}"),
                "convictions[0].priorMotions[0].vehicle", "did you mean");
    }

    @Test
    void errorsCarryTheLineOfTheField() {
        DataError e = dataError(() -> read("format: pcr-case/1\nconvictions:\n  - id: c1\n    statute: PC 484\n    plea: guilt\n"),
                "convictions[0].plea");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.describe()).startsWith("case.yaml:5:");
    }
}
