package org.pcrnavigator.records.rapsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;

/**
 * Whatever text it is handed, {@link RapSheetParser#parse} returns a result or throws
 * {@link RapSheetParser.NotARapSheet}; any other exception is a bug. A returned draft always reads back through
 * {@link CaseFileReader} without error, with as many convictions as the result says, and every flag names a line
 * of the sheet.
 *
 * <p>Regression mode (a plain {@code mvn test}) replays the inputs under
 * {@code src/test/resources/org/pcrnavigator/records/rapsheet/RapSheetParserFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl records test -Dtest=RapSheetParserFuzzTest}.
 */
class RapSheetParserFuzzTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @FuzzTest(maxDuration = "2m")
    void parseAnyText(String text) {
        if (text == null) return;   // a file's text never is; null is documented separately (NotARapSheet)
        parseOrNotARapSheet(text);
    }

    /** A sheet assembled from RAP sheet lines, near misses and junk, so the fuzzer spends its time in the parser's states. */
    @FuzzTest(maxDuration = "2m")
    void parseSheetLike(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder("CII/A00000000\n");
        int n = data.consumeInt(1, 40);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            String line = switch (data.consumeInt(0, 14)) {
                case 0 -> data.pickValue(new String[] {"* * * *", "- - - -", "* * * END OF MESSAGE * * *", "* *", "----"});
                case 1 -> data.pickValue(new String[] {"COURT: NAM:01", "ARR/DET/CITE: NAM:01", "CUSTODY:JAIL", "COURT:", "C0URT:"});
                case 2 -> date(data) + " " + data.pickValue(new String[] {"CASC LOS ANGELES", "CAMC LOS ANGELES METRO", "CASC SAN DIEGO CO",
                        "CASC MCSACRAMENTO", "CASC", "", "CASC SN JOSE"});
                case 3 -> "CNT:" + data.consumeInt(0, 120) + (data.consumeBoolean() ? "-" + data.consumeInt(0, 300) : "")
                        + (data.consumeBoolean() ? " #" + data.pickValue(new String[] {"BA123", "SCD-1", "X"}) : "");
                case 4 -> "  " + data.pickValue(new String[] {"496(A) PC", "664-211 PC", "11377(A) HS", "23152(A) VC", "664/187(A) PC",
                        "1/2/3 PC", "187(A)(1)(B)(C)(D)(E)(F)(G)(H)(I)(J)(K)(L) PC", "11359 H&S", "SEE COMMENT FOR CHARGE", "99999999 PC",
                        "245(A)(1) XX", "182(A)(1) PC/11352(A) HS", "182 PC / 11360 HS", "273.5A PC", "273.5 A PC", "288A PC",
                        "182(A) PC/ HS", "/11352 HS"}) + "-DESCRIPTION";
                case 5 -> "*DISPO:" + data.pickValue(new String[] {"CONVICTED", "DISMISSED", "ACQUITTED", "CONV SET ASIDE & DISM PER 1203.4 PC",
                        "REDESIGNATED PER 1170.18 PC", "REDUCED PER 17(B) PC", "DISMISSED PER 11361.8 HS", "DIVERTED", "", "CONV",
                        "DEFERRED ENTRY OF JUDGMENT PER 1000 PC", "DISMISSED PER 1000.3 PC", "DEJ TERMINATED", "DEJ PENDING",
                        "DIVERSION SUCCESSFULLY COMPLETED", "DIVERSION NOT COMPLETED", "SENTENCE MODIFIED PER 18.5 PC",
                        "SENTENCE MODIFIED", "PROBATION MODIFIED PER 1203.3 PC", "DEJ PLEA WITHDRAWN PER 1203.43 PC"});
                case 6 -> "CONV STATUS:" + data.pickValue(new String[] {"FELONY", "MISD", "INFRAC", "WOBBLER", "", "F"});
                case 7 -> "SEN: " + sentence(data);
                case 8 -> "  " + date(data);
                case 9 -> "COM: " + data.consumeString(20);
                case 10 -> "DOB/19850214 SEX/M";
                case 11 -> "";
                default -> data.consumeString(data.consumeInt(0, 80));
            };
            s.append(line).append(data.consumeBoolean() ? "\n" : "\r\n");
        }
        parseOrNotARapSheet(s.toString());
    }

    private static String date(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> String.format("%04d%02d%02d", data.consumeInt(1890, 2110), data.consumeInt(0, 13), data.consumeInt(0, 32));
            case 1 -> String.format("%04d%02dXX", data.consumeInt(1890, 2110), data.consumeInt(0, 13));
            case 2 -> String.format("%04dXXXX", data.consumeInt(1890, 2110));
            case 3 -> "20XX0101";
            default -> data.consumeString(8);
        };
    }

    private static String sentence(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder();
        int parts = data.consumeInt(0, 4);
        for (int i = 0; i < parts; i++) {
            if (i > 0) s.append(", ");
            s.append(data.pickValue(new String[] {String.format("%03d", data.consumeInt(0, 9999)), "9999", "0", "X"}))
                    .append(' ').append(data.pickValue(new String[] {"DAYS", "MONTHS", "YEARS", "MO", "HOURS"}))
                    .append(' ').append(data.pickValue(new String[] {"JAIL", "PRISON", "PROBATION", "JAIL SS", "JL WORK", "FINE"}));
            if (data.consumeBoolean()) s.append(", ").append(data.pickValue(new String[] {"IMP SEN SS", "EXEC SEN SS", "FINE", "RESTN", "??"}));
        }
        return s.toString();
    }

    private static void parseOrNotARapSheet(String text) {
        RapSheetParser.Result r;
        try {
            r = RapSheetParser.parse(text);
        } catch (RapSheetParser.NotARapSheet e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(r.draftYaml()).startsWith("#").contains("format: pcr-case/1");
        int lines = text.split("\r\n|\r|\n", -1).length;
        for (RapSheetFlag f : r.flags()) {
            assertThat(f.line()).as("flag %s", f).isBetween(1, lines);
            assertThat(f.message()).isNotBlank();
        }
        CaseFile c = CaseFileReader.read("draft.yaml", r.draftYaml(), TODAY);
        assertThat(c.convictions()).hasSize(r.convictions());
    }
}
