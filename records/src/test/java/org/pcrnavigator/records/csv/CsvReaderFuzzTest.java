package org.pcrnavigator.records.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.law.data.DataError;

/**
 * Whatever text it is handed, {@link CsvReader} returns records (some with errors) and never throws; line
 * numbers never go back and stay within the text; every record it reads whole writes back (quoted as RFC
 * 4180 says) to text that reads as the same fields. {@link CsvCases} turns any text into people or rejected
 * rows, never an exception other than a header {@link DataError}, and every imported person reads back as a
 * case or fails with a located error.
 *
 * <p>Regression mode (a plain {@code mvn test}) replays the inputs under
 * {@code src/test/resources/org/pcrnavigator/records/csv/CsvReaderFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl records test -Dtest=CsvReaderFuzzTest}.
 */
class CsvReaderFuzzTest {
    private static final CsvMapping MAPPING = CsvMapping.read("m.yaml", """
            format: pcr-csv-mapping/1
            dateFormat: MM/dd/yyyy
            person: id
            case:
              person.dateOfBirth: dob
              immigration.status: {column: st, values: {L: lpr, U: undocumented}}
              goals: {column: goals, values: {N: naturalization}}
            conviction:
              statute: charge
              level: {column: lv, values: {F: felony, M: misdemeanor}}
              sentence.confinementDays: days
            """);

    @FuzzTest(maxDuration = "2m")
    void readAnyText(String text) throws IOException {
        if (text == null) return;
        List<CsvReader.Record> records = readAll(text, ',');
        long lines = text.chars().filter(c -> c == '\n').count() + text.chars().filter(c -> c == '\r').count() + 1;
        long last = 0;
        for (CsvReader.Record r : records) {
            assertThat(r.line()).isGreaterThan(last).isLessThanOrEqualTo(lines);
            last = r.line();
            assertThat(r.ok() ? r.fields() : r.error()).isNotNull();
            if (r.ok()) {
                List<CsvReader.Record> again = readAll(write(r.fields()), ',');
                assertThat(again).hasSize(1);
                assertThat(again.get(0).fields()).isEqualTo(r.fields());
            }
        }
    }

    /** Exports assembled from plausible cells, near misses and junk, read through a mapping. */
    @FuzzTest(maxDuration = "2m")
    void readExportLike(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(data.consumeBoolean() ? "\uFEFF" : "").append("id,dob,st,goals,charge,lv,days\n");
        int rows = data.consumeInt(0, 30);
        for (int i = 0; i < rows && data.remainingBytes() > 0; i++) {
            List<String> cells = new ArrayList<>();
            cells.add(data.pickValue(new String[] {"p1", "p2", "p3", "", " p1 ", "\"p2\""}));
            cells.add(data.pickValue(new String[] {"02/10/1984", "1984", "1984-02", "13/45/1984", "02/10/84", "", "UNKNOWN"}));
            cells.add(data.pickValue(new String[] {"L", "U", "l", "X", ""}));
            cells.add(data.pickValue(new String[] {"N", "N;N", "", ";", "Q"}));
            cells.add(data.pickValue(new String[] {"PC 484(a)", "\"PC 182(a)(1)/HS 11352(a)\"", "HS 11377", "PC", "", "\"PC, 484\""}));
            cells.add(data.pickValue(new String[] {"F", "M", "m", "", "felony"}));
            cells.add(data.pickValue(new String[] {"0", "365", "-1", "", "1e9", "99999999999999999999"}));
            int cut = data.consumeInt(0, cells.size());
            String row = data.consumeBoolean() ? String.join(",", cells) : String.join(",", cells.subList(0, cut)) + data.consumeString(10);
            s.append(row).append(data.pickValue(new String[] {"\n", "\r\n", "\r", ""}));
        }
        List<CsvCases.Item> items;
        try {
            items = CsvCases.readAll(s.toString(), MAPPING);
        } catch (DataError e) {
            assertThat(e.getMessage()).contains("header");
            return;
        }
        for (CsvCases.Item i : items) {
            if (i instanceof CsvCases.Imported imp) {
                try {
                    imp.read(LocalDate.parse("2026-11-28"));
                } catch (CsvCases.CsvCaseError e) {
                    assertThat(e.error().line()).isGreaterThanOrEqualTo(imp.line());
                    assertThat(e.error().message()).isNotBlank();
                }
            } else {
                assertThat(((CsvCases.Rejected) i).errors()).isNotEmpty();
            }
        }
    }

    private static List<CsvReader.Record> readAll(String text, char delimiter) throws IOException {
        CsvReader r = new CsvReader(new StringReader(text), delimiter);
        List<CsvReader.Record> out = new ArrayList<>();
        for (CsvReader.Record rec; (rec = r.next()) != null; ) out.add(rec);
        return out;
    }

    private static String write(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) quoted.add("\"" + f.replace("\"", "\"\"") + "\"");
        return String.join(",", quoted) + "\r\n";
    }
}
