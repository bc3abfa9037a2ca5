package org.pcrnavigator.records.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.records.csv.CsvMapping;

/** Bulk screening: order, bad rows, the summary, and a resumed run that matches an uninterrupted one. */
class ScreenerTest {
    private static final Analyzer ANALYZER = new Analyzer(KnowledgeBaseLoader.bundled());
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private static Path synth(Path dir, long people, long seed) throws IOException { return synth(dir, people, seed, false); }

    private static Path synthCsv(Path dir, long people, long seed) throws IOException { return synth(dir, people, seed, true); }

    private static Path synth(Path dir, long people, long seed, boolean csv) throws IOException {
        StringWriter w = new StringWriter();
        Synth s = new Synth(KnowledgeBaseLoader.bundled());
        if (csv) s.writeCsv(people, seed, w); else s.write(people, seed, w);
        Files.createDirectories(dir);
        Path p = dir.resolve(csv ? "in.csv" : "in.jsonl");
        Files.writeString(p, w.toString());
        return p;
    }

    private static Screener screener() { return new Screener(ANALYZER, TODAY, 2, null); }

    @Test
    void oneBriefReportPerCaseInInputOrder(@TempDir Path dir) throws IOException {
        Path in = synth(dir, 1200, 7);   // more than two batches
        ScreenResult r = screener().screen(in, dir.resolve("out"));
        assertThat(r.screened()).isEqualTo(1200);
        List<String> reports = Files.readAllLines(dir.resolve("out/reports.jsonl"));
        assertThat(reports).hasSize(1200);
        for (int i = 0; i < reports.size(); i++) {
            assertThat(reports.get(i)).startsWith("{\"format\":\"pcr-analysis/1\",\"caseId\":\"synth-" + i + "\"");
            assertThat(reports.get(i)).doesNotContain("\"explanation\"");   // brief
        }
        assertThat(Files.readAllLines(dir.resolve("out/summary.csv"))).hasSize(1201).first().isEqualTo(Summary.HEADER);
        String html = Files.readString(dir.resolve("out/summary.html"));
        assertThat(html).contains("1200 people screened").contains("<svg").contains("Goals barred");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path in = synth(dir, 3, 1);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(in));
        lines.add(1, "{\"format\": \"pcr-case/1\", \"convictions\": [{\"id\": \"c1\", \"statute\": \"PC 484\", \"plea\": \"guilt\"}]}");
        lines.add(3, "this is not json");
        Files.write(in, lines);
        ScreenResult r = screener().screen(in, dir.resolve("out"));
        assertThat(r.screened()).isEqualTo(3);
        assertThat(r.badRows()).isEqualTo(2);
        List<String> errors = Files.readAllLines(dir.resolve("out/errors.csv"));
        assertThat(errors.get(1)).startsWith("2,").contains("convictions[0].plea").contains("guilty");
        assertThat(errors.get(2)).startsWith("4,");
        assertThat(Files.readAllLines(dir.resolve("out/reports.jsonl"))).hasSize(3);
    }

    @Test
    void aResumedRunWritesWhatAnUninterruptedOneWrites(@TempDir Path dir) throws IOException {
        Path full = synth(dir, 1800, 3);
        screener().screen(full, dir.resolve("whole"));

        // The interrupted run checkpoints every second batch and is killed after its third: its checkpoint
        // covers two batches (1024 lines); the third batch and half a line after it were written when it died.
        Path out = dir.resolve("resumed");
        Screener dying = new Screener(ANALYZER, TODAY, 2, dyingAfter(3), 2, true);
        assertThatThrownBy(() -> dying.screen(full, out)).isInstanceOf(Killed.class);
        Files.writeString(out.resolve("reports.jsonl"), "{\"format\":\"pcr-analysis/1\",\"caseId\":\"half", StandardOpenOption.APPEND);
        Files.writeString(out.resolve("summary.csv"), "1025,synth-1024,na", StandardOpenOption.APPEND);

        ScreenResult r = screener().screen(full, out);
        assertThat(r.resumedAfter()).isEqualTo(1024);
        for (String f : List.of("reports.jsonl", "summary.csv", "errors.csv")) {
            assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(Files.readString(dir.resolve("whole").resolve(f), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRunIsNeverResumedOverAnotherInput(@TempDir Path dir) throws IOException {
        Path first = synth(dir, 1100, 3);
        Path out = dir.resolve("out");
        Screener dying = new Screener(ANALYZER, TODAY, 2, dyingAfter(1), 1, true);
        assertThatThrownBy(() -> dying.screen(first, out)).isInstanceOf(Killed.class);
        String before = Files.readString(out.resolve("reports.jsonl"));
        Path other = synth(dir.resolve("other"), 1100, 4);
        assertThatThrownBy(() -> screener().screen(other, out)).isInstanceOf(org.pcrnavigator.law.data.DataError.class)
                .hasMessageContaining("another input");
        assertThat(Files.readString(out.resolve("reports.jsonl"))).isEqualTo(before);   // nothing touched
        assertThat(screener().screen(first, out).resumedAfter()).isEqualTo(Screener.BATCH);
    }

    private static final CsvMapping SYNTH_MAPPING = CsvMapping.read("synth.mapping.yaml", Synth.CSV_MAPPING);

    @Test
    void aCsvExportScreensToTheReportsItsJsonLinesTwinGets(@TempDir Path dir) throws IOException {
        screener().screen(synth(dir, 700, 5), dir.resolve("jsonl"));
        ScreenResult r = screener().screen(synthCsv(dir, 700, 5), SYNTH_MAPPING, dir.resolve("csv"));
        assertThat(r.screened()).isEqualTo(700);
        assertThat(r.badRows()).isZero();
        assertThat(Files.readString(dir.resolve("csv/reports.jsonl"))).isEqualTo(Files.readString(dir.resolve("jsonl/reports.jsonl")));
    }

    /**
     * Stands in for a process killed right after its {@code batches}th batch: the progress display is called then,
     * and with a checkpoint every batch the last one asked for is on disk.
     */
    private static PrintStream dyingAfter(int batches) {
        return new PrintStream(new java.io.OutputStream() {
            int calls;

            @Override public void write(int b) {}

            @Override public void write(byte[] b, int off, int len) {
                if (new String(b, off, len, StandardCharsets.UTF_8).startsWith("\r[") && ++calls == batches) throw new Killed();
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static final class Killed extends RuntimeException {}

    @Test
    void aResumedCsvRunWritesWhatAnUninterruptedOneWrites(@TempDir Path dir) throws IOException {
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(synthCsv(dir, 1300, 9)));
        rows.add(200, "synth-77,bad \"quote");                       // an unreadable row, and a person it may belong to
        rows.add(900, rows.get(3).replace(",F,", ",X,").replace(",M,", ",X,"));   // a person split and a bad value
        Path in = dir.resolve("export.csv");
        Files.write(in, rows);
        ScreenResult whole = screener().screen(in, SYNTH_MAPPING, dir.resolve("whole"));
        assertThat(whole.badRows()).isGreaterThanOrEqualTo(3);

        Path out = dir.resolve("resumed");
        Screener dying = new Screener(ANALYZER, TODAY, 2, dyingAfter(2), 1, true);
        assertThatThrownBy(() -> dying.screen(in, SYNTH_MAPPING, out)).isInstanceOf(Killed.class);
        Files.writeString(out.resolve("reports.jsonl"), "{\"format\":\"pcr-analysis/1\",\"caseId\":\"half", StandardOpenOption.APPEND);
        Files.writeString(out.resolve("errors.csv"), "1500,charge,half a mess", StandardOpenOption.APPEND);

        ScreenResult r = screener().screen(in, SYNTH_MAPPING, out);
        assertThat(r.resumedAfter()).isEqualTo(2 * Screener.BATCH);
        assertThat(r.screened()).isEqualTo(whole.screened());
        for (String f : List.of("reports.jsonl", "summary.csv", "errors.csv", "summary.html")) {
            assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(Files.readString(dir.resolve("whole").resolve(f), StandardCharsets.UTF_8));
        }
        List<String> errors = Files.readAllLines(dir.resolve("whole/errors.csv"));
        assertThat(errors.get(0)).isEqualTo("line,column,error");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("201,,").contains("quote inside unquoted field"))
                .anySatisfy(e -> assertThat(e).contains(",degree,").contains("'X'"))
                .anySatisfy(e -> assertThat(e).contains("not consecutive"));
    }

    @Test
    void synthIsSeededAndEveryCaseReads(@TempDir Path dir) throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new Synth(KnowledgeBaseLoader.bundled()).write(200, 42, a);
        new Synth(KnowledgeBaseLoader.bundled()).write(200, 42, b);
        assertThat(a.toString()).isEqualTo(b.toString());
        Path in = dir.resolve("s.jsonl");
        Files.writeString(in, a.toString());
        assertThat(screener().screen(in, dir.resolve("out")).badRows()).isZero();
    }

    @Test
    void aPersonWhoseGoalsAreUnknownIsForReviewNeverLow(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("u.jsonl");
        Files.writeString(in, "{\"format\":\"pcr-case/1\",\"id\":\"u1\",\"goals\":[\"naturalization\"],"
                + "\"convictions\":[{\"id\":\"c1\",\"statute\":\"PC 273.5(a)\"}]}\n");
        screener().screen(in, dir.resolve("out"));
        assertThat(Files.readAllLines(dir.resolve("out/reports.jsonl")).get(0)).contains("\"status\":\"unknown\"");
        assertThat(Files.readAllLines(dir.resolve("out/summary.csv")).get(1)).startsWith("1,u1,").endsWith(",review");
    }

    @Test
    void csvFieldsRoundTrip() {
        for (String s : List.of("plain", "with, comma", "with \"quote\"", "")) {
            assertThat(Summary.fields("a," + Summary.csv(s) + ",b")).containsExactly("a", s, "b");
        }
    }
}
