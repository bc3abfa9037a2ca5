package org.pcrnavigator.records.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Bulk screening: order, bad rows, the summary, and a resumed run that matches an uninterrupted one. */
class ScreenerTest {
    private static final Analyzer ANALYZER = new Analyzer(KnowledgeBaseLoader.bundled());
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private static Path synth(Path dir, long people, long seed) throws IOException {
        StringWriter w = new StringWriter();
        new Synth(KnowledgeBaseLoader.bundled()).write(people, seed, w);
        Path p = dir.resolve("in.jsonl");
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
        Path full = synth(dir, 1300, 3);
        screener().screen(full, dir.resolve("whole"));

        // The interrupted run: the first 1024 lines (two batches) done and checkpointed, then a half-written
        // batch left behind when the process died.
        List<String> lines = Files.readAllLines(full);
        Path first = dir.resolve("first.jsonl");
        Files.write(first, lines.subList(0, 1024));
        Path out = dir.resolve("resumed");
        screener().screen(first, out);
        Files.writeString(out.resolve("reports.jsonl"), "{\"format\":\"pcr-analysis/1\",\"caseId\":\"half", StandardOpenOption.APPEND);
        Files.writeString(out.resolve("summary.csv"), "1025,synth-1024,na", StandardOpenOption.APPEND);

        ScreenResult r = screener().screen(full, out);
        assertThat(r.resumedAfterLine()).isEqualTo(1024);
        for (String f : List.of("reports.jsonl", "summary.csv", "errors.csv")) {
            assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(Files.readString(dir.resolve("whole").resolve(f), StandardCharsets.UTF_8));
        }
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
    void csvFieldsRoundTrip() {
        for (String s : List.of("plain", "with, comma", "with \"quote\"", "")) {
            assertThat(Summary.fields("a," + Summary.csv(s) + ",b")).containsExactly("a", s, "b");
        }
    }
}
