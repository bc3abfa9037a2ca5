package org.pcrnavigator.records.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.law.data.DataError;

/** CSV exports through a mapping: grouping, value tables, dates, unknowns, and every kind of bad row. */
class CsvCasesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final Path EXAMPLES = Path.of("..", "examples", "csv");

    private static final String MAPPING = """
            format: pcr-csv-mapping/1
            dateFormat: MM/dd/yyyy
            unknown: [UNK]
            person: pid
            case:
              person.dateOfBirth: dob
              immigration.status: {column: status, values: {LPR: lpr, UNDOC: undocumented}}
              goals: {column: goals, split: "|", values: {NAT: naturalization, KEEP: avoid_deportability}}
            conviction:
              statute: charge
              level: {column: deg, values: {F: felony, M: misdemeanor}}
              pleaDate: plea
              sentence.confinementDays: days
              priorRelief.type: {column: relief, values: {"1203.4": pc1203_4}}
            """;
    private static final String HEADER = "pid,dob,status,goals,charge,deg,plea,days,relief\n";

    private static CsvMapping mapping() { return CsvMapping.read("map.yaml", MAPPING); }

    private static List<CsvCases.Item> read(String rows) { return CsvCases.readAll(HEADER + rows, mapping()); }

    private static CsvCases.Imported imported(CsvCases.Item i) {
        assertThat(i).as("%s", i).isInstanceOf(CsvCases.Imported.class);
        return (CsvCases.Imported) i;
    }

    private static CsvCases.Rejected rejected(CsvCases.Item i) {
        assertThat(i).as("%s", i).isInstanceOf(CsvCases.Rejected.class);
        return (CsvCases.Rejected) i;
    }

    @Test
    void rowsOfOnePersonBecomeOneCaseWithAConvictionEach() throws Exception {
        List<CsvCases.Item> items = read("""
                p1,02/10/1984,lpr,NAT|KEEP,PC 273.5(a),F,06/01/2010,365,1203.4
                p1,02/10/1984,LPR,NAT|KEEP,HS 11377(a),m,2012-03,UNK,
                p2,,,,PC 484(a),M,01/15/2019,0,
                """);
        assertThat(items).hasSize(2);
        CsvCases.Imported p1 = imported(items.get(0));
        assertThat(p1.line()).isEqualTo(2);
        CaseFile c = p1.read(TODAY);
        assertThat(c.id()).isEqualTo("p1");
        assertThat(c.person().dateOfBirth().toString()).isEqualTo("1984-02-10");
        assertThat(c.immigration().status()).isEqualTo("lpr");
        assertThat(c.goals()).containsExactly("naturalization", "avoid_deportability");
        List<Conviction> cs = c.convictions();
        assertThat(cs).extracting(Conviction::id).containsExactly("c1", "c2");
        assertThat(cs.get(0).level()).isEqualTo("felony");
        assertThat(cs.get(0).sentence().confinementDays()).isEqualTo(365);
        assertThat(cs.get(0).priorRelief()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo("pc1203_4"));
        assertThat(cs.get(1).level()).isEqualTo("misdemeanor");   // value tables ignore case
        assertThat(cs.get(1).pleaDate().toString()).isEqualTo("2012-03");   // ISO month passes through
        assertThat(cs.get(1).sentence().confinementDays()).isNull();   // UNK: unknown, not 0
        assertThat(cs.get(1).priorRelief()).isEmpty();

        CaseFile p2 = imported(items.get(1)).read(TODAY);
        assertThat(p2.person().dateOfBirth()).isNull();   // empty stays unknown, never defaulted
        assertThat(p2.immigration().status()).isNull();
        assertThat(p2.goals()).isEmpty();
    }

    @Test
    void aBadValueRejectsThePersonNamingLineColumnAndWhatWasExpected() {
        List<CsvCases.Item> items = read("""
                p1,02/10/1984,LPR,NAT,PC 273.5(a),F,06/01/2010,365,
                p1,02/10/1984,LPR,NAT,HS 11377(a),X,13/45/2012,30,
                p2,,,,PC 484(a),M,01/15/2019,0,
                """);
        CsvCases.Rejected r = rejected(items.get(0));
        assertThat(r.personId()).isEqualTo("p1");
        assertThat(r.errors()).extracting(CsvCases.CellError::line, CsvCases.CellError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "deg"), org.assertj.core.groups.Tuple.tuple(3L, "plea"));
        assertThat(r.errors().get(0).message()).contains("'X'").contains("expected one of F, M");
        assertThat(r.errors().get(1).message()).contains("'13/45/2012' is not a date; expected a date as MM/dd/yyyy");
        imported(items.get(1));   // the run goes on
    }

    @Test
    void whatTheCaseReaderRefusesIsLocatedInTheExport() {
        CsvCases.Imported p = imported(read("p1,,,,PC 99999(zz)x,F,06/01/2010,-3,\n").get(0));
        assertThatThrownBy(() -> p.read(TODAY)).isInstanceOfSatisfying(CsvCases.CsvCaseError.class, e -> {
            assertThat(e.error().line()).isEqualTo(2);
            assertThat(e.error().column()).isEqualTo("charge");
            assertThat(e.error().message()).startsWith("convictions[0].statute: ");
        });
    }

    @Test
    void caseColumnsMustAgreeAcrossAPersonsRows() {
        CsvCases.Rejected r = rejected(read("""
                p1,02/10/1984,LPR,NAT,PC 273.5(a),F,06/01/2010,365,
                p1,02/11/1984,,NAT,PC 484(a),M,06/01/2011,0,
                """).get(0));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("dob");
            assertThat(e.message()).contains("differs from '02/10/1984' on line 2");
        });
    }

    @Test
    void aPersonWhoseRowsAreNotConsecutiveIsRejectedBothTimes() {
        List<CsvCases.Item> items = read("""
                p1,,,,PC 273.5(a),F,06/01/2010,365,
                p2,,,,PC 484(a),M,06/01/2011,0,
                p1,,,,PC 459,F,06/01/2012,0,
                """);
        assertThat(items).hasSize(3);
        assertThat(rejected(items.get(0)).errors().get(0).message()).contains("not consecutive");
        imported(items.get(1));
        assertThat(rejected(items.get(2)).line()).isEqualTo(4);
    }

    @Test
    void anUnreadableRowRejectsItselfAndTheNeighboursItMayBelongTo() {
        List<CsvCases.Item> items = read("""
                p1,,,,PC 273.5(a),F,06/01/2010,365,
                p1,,,,"PC 459"x,F,06/01/2012,0,
                p1,,,,PC 484(a),M,06/01/2011,0,
                p2,,,,PC 484(a),M,06/01/2011,0,
                p2,,,too,few
                p3,,,,PC 484(a),M,06/01/2011,0,
                ,,,,PC 484(a),M,06/01/2011,0,
                p4,,,,PC 484(a),M,06/01/2011,0,
                """);
        // p1 around line 3; p2 before line 6 and p3 after it; p3 and p4 around the row with no person.
        assertThat(items).extracting(i -> i instanceof CsvCases.Rejected r ? "R" + r.line() + (r.personId() == null ? "" : r.personId()) : "I")
                .containsExactly("R3", "R2p1", "R6", "R5p2", "R8", "R7p3", "R9p4");
        assertThat(rejected(items.get(2)).errors().get(0).message()).contains("the row has 5 fields; expected 9");
        assertThat(rejected(items.get(4)).errors().get(0)).satisfies(e -> assertThat(e.column()).isEqualTo("pid"));
        assertThat(rejected(items.get(3)).errors().get(0).message()).contains("line 6 next to this person's rows could not be read");
    }

    @Test
    void aRowWithoutConvictionColumnsAddsNone() throws Exception {
        CaseFile c = imported(read("p1,02/10/1984,LPR,NAT,,,,,\n").get(0)).read(TODAY);
        assertThat(c.convictions()).isEmpty();
        assertThat(c.immigration().status()).isEqualTo("lpr");
    }

    @Test
    void aPersonWithMoreRowsThanAnyRecordIsRejectedNotHeldInMemory() {
        String rows = "p1,,,,PC 484(a),M,01/15/2019,0,\n".repeat(CsvCases.MAX_ROWS_PER_PERSON + 5) + "p2,,,,PC 484(a),M,01/15/2019,0,\n";
        List<CsvCases.Item> items = read(rows);
        assertThat(rejected(items.get(0)).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(CsvCases.MAX_ROWS_PER_PERSON + 2L);
            assertThat(e.message()).contains("more than 1000 rows");
        });
        imported(items.get(1));
    }

    @Test
    void theHeaderMustNameEveryMappedColumn() {
        assertThatThrownBy(() -> CsvCases.readAll("pid,dob\np1,\n", mapping())).isInstanceOf(DataError.class)
                .hasMessageContaining("column 'status' (mapped to case.immigration.status) is not in the header");
    }

    @Test
    void mappingMistakesAreCaughtWhenTheMappingIsRead() {
        assertThatThrownBy(() -> CsvMapping.read("m.yaml", "format: pcr-csv-mapping/1\nperson: id\ncase:\n  person.dob: dob\n"))
                .isInstanceOf(DataError.class).hasMessageContaining("'person.dob' is not a field the case format lets a column fill")
                .hasMessageContaining("Expected one of: countryOfBirth, dateOfBirth");
        assertThatThrownBy(() -> CsvMapping.read("m.yaml", "format: pcr-csv-mapping/1\nperson: id\nconviction:\n  sentence.days: d\n"))
                .isInstanceOf(DataError.class).hasMessageContaining("sentence.days");
        assertThatThrownBy(() -> CsvMapping.read("m.yaml", "format: pcr-csv-mapping/1\nperson: id\ndateFormat: MM/dd/yy\ncase:\n  person.dateOfBirth: dob\n"))
                .isInstanceOf(DataError.class).hasMessageContaining("no four-digit year");
        assertThatThrownBy(() -> CsvMapping.read("m.yaml", "format: pcr-csv-mapping/1\ncase: {}\n"))
                .isInstanceOf(DataError.class).hasMessageContaining("the column that names the person");
        assertThatThrownBy(() -> CsvMapping.read("m.yaml", "format: pcr-csv-mapping/1\nperson: id\ncase:\n  convictions.statute: c\n"))
                .isInstanceOf(DataError.class).hasMessageContaining("conviction fields go under 'conviction:'");
    }

    @Test
    void theExampleExportReadsAsTheMappingSays() throws Exception {
        CsvMapping m = CsvMapping.read("office-mapping.yaml", Files.readString(EXAMPLES.resolve("office-mapping.yaml")));
        List<CsvCases.Item> items;
        try (CsvCases cases = CsvCases.open(EXAMPLES.resolve("office-export.csv"), m)) {
            items = new java.util.ArrayList<>();
            for (CsvCases.Item i; (i = cases.next()) != null; ) items.add(i);
        }
        assertThat(items).hasSize(3);
        CaseFile maria = imported(items.get(0)).read(TODAY);
        assertThat(maria.person().name()).isEqualTo("Example, Maria");
        assertThat(maria.convictions()).hasSize(2);
        assertThat(maria.convictions().get(1).recordFacts()).isEqualTo(Map.of("substance", "methamphetamine"));
        CaseFile lee = imported(items.get(2)).read(TODAY);
        assertThat(lee.person().name()).isEqualTo("Lee \"Sam\" Test");
        assertThat(lee.person().dateOfBirth().toString()).isEqualTo("1979");
        assertThat(lee.immigration().admissionDate()).isNull();   // UNK
        assertThat(lee.convictions().get(0).caseNumber()).isEqualTo("LA-55\n(transferred)");
    }

    @Test
    void theFileAndTheInMemoryReadersAgree(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String text = HEADER + "p1,02/10/1984,LPR,NAT,PC 273.5(a),F,06/01/2010,365,\np2,,,,PC 484(a),Q,01/15/2019,0,\n";
        Path f = dir.resolve("x.csv");
        Files.writeString(f, text);
        List<CsvCases.Item> fromFile = new java.util.ArrayList<>();
        try (CsvCases cases = CsvCases.open(f, mapping())) {
            for (CsvCases.Item i; (i = cases.next()) != null; ) fromFile.add(i);
        }
        assertThat(fromFile).usingRecursiveComparison().isEqualTo(CsvCases.readAll(text, mapping()));
    }
}
