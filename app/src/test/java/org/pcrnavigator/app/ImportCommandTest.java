package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;

/** {@code pcr import rapsheet} end to end, through {@link Main#run}. */
class ImportCommandTest {
    @TempDir Path tmp;

    private static CliRun run(String... args) { return CliRun.of(args); }

    private static final String SHEET = String.join("\n",
            "SYNTHETIC TEST DATA",
            "CII/A00000000",
            "* * * *",
            "COURT: NAM:01",
            "20150302 CASC SANTA CLARA",
            "CNT:01 #C1512345",
            "  11377(A) HS-POSSESS CONTROLLED SUBSTANCE",
            "*DISPO:CONVICTED",
            "CONV STATUS:FELONY",
            "SEN: 036 MONTHS PROBATION, 030 DAYS JAIL, IMP SEN SS",
            "  20160105",
            "    DISPO:REDESIGNATED AS MISDEMEANOR PER 1170.18 PC",
            "CNT:02",
            "  148(A)(1) PC-RESIST OFFICER",
            "*DISPO:DISMISSED",
            "* * * END OF MESSAGE * * *", "");

    private Path sheet() throws Exception {
        Path f = tmp.resolve("rap.txt");
        Files.writeString(f, SHEET, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void printsTheDraftAndTheFlagsOnStandardError() throws Exception {
        Path f = sheet();
        CliRun r = run("import", "rapsheet", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        CaseFile cf = CaseFileReader.read("out", r.out(), LocalDate.parse("2026-11-28"));
        assertThat(cf.convictions()).hasSize(1);
        assertThat(cf.convictions().get(0).charge().display()).isEqualTo("HS 11377(a)");
        assertThat(cf.convictions().get(0).county()).isEqualTo("Santa Clara");
        assertThat(cf.convictions().get(0).priorRelief()).extracting(p -> p.type()).containsExactly("pc1170_18");
        assertThat(r.err()).contains("1 conviction(s) drafted, 1 item(s) to confirm")
                .contains(f + ": line 15: [not_convicted] count 2 (PC 148(a)(1))");
        assertThat(r.out()).doesNotContain("drafted,");
    }

    @Test
    void writesTheDraftWithOut() throws Exception {
        Path f = sheet();
        Path out = tmp.resolve("case.yaml");
        CliRun r = run("import", "rapsheet", f.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("draft written to " + out).contains("[not_convicted]");
        String draft = Files.readString(out);
        assertThat(draft).contains("format: pcr-case/1");
        // the draft is a case file the analyser accepts
        CliRun a = run("analyze", out.toString(), "--today", "2026-11-28");
        assertThat(a.exit()).as(a.err()).isZero();
    }

    @Test
    void anUnreadableFileIsAClearErrorWithExitTwo() throws Exception {
        CliRun missing = run("import", "rapsheet", tmp.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").contains("nope.txt").doesNotContain("Exception").doesNotContain("\tat ");

        Path binary = tmp.resolve("photo.pdf");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, 0});
        CliRun bin = run("import", "rapsheet", binary.toString());
        assertThat(bin.exit()).isEqualTo(2);
        assertThat(bin.err()).contains("not UTF-8 text").doesNotContain("Exception");

        Path letter = tmp.resolve("letter.txt");
        Files.writeString(letter, "Dear Sir,\nplease find my record attached.\n");
        CliRun notSheet = run("import", "rapsheet", letter.toString());
        assertThat(notSheet.exit()).isEqualTo(2);
        assertThat(notSheet.err()).contains("letter.txt").contains("no cycle or event found").doesNotContain("Exception");

        CliRun dir = run("import", "rapsheet", tmp.toString());
        assertThat(dir.exit()).isEqualTo(2);
        assertThat(dir.err()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("import", "rapsheet").exit()).isEqualTo(2);
        assertThat(run("import", "nosuch", "x").exit()).isEqualTo(2);
    }
}
