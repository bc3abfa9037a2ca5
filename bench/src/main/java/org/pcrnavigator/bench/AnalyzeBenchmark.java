package org.pcrnavigator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/**
 * Warm throughput of the analysis: every demo case ({@code examples/*.yaml}) analysed and rendered per
 * operation. The knowledge base is loaded and the case files are read once, in the setup; one operation
 * is one pass over all of them. Run with {@code bench/run}.
 *
 * <p>The examples folder is the system property {@code pcr.examples}; without it, {@code ../examples}
 * relative to the working directory, else {@code examples} (the repository root as working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzeBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);   // for a case without asOf: runs repeatable

    private Analyzer analyzer;
    private List<String> names;
    private List<String> texts;
    private List<CaseFile> cases;

    @Setup
    public void setup() {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        analyzer = new Analyzer(kb);
        Path dir = examplesDir();
        names = new ArrayList<>();
        texts = new ArrayList<>();
        cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                names.add(f.toString());
                texts.add(text);
                cases.add(CaseFileReader.read(f.toString(), text, TODAY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo cases in " + dir, e);
        }
        if (cases.isEmpty()) throw new IllegalStateException("no demo cases (*.yaml) in " + dir.toAbsolutePath());
    }

    static Path examplesDir() {
        String prop = System.getProperty("pcr.examples");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path up = Path.of("..", "examples");
        return Files.isDirectory(up) ? up : Path.of("examples");
    }

    /** Analyse every demo case and render the full pcr-analysis/1 JSON (explanation trees and prompts included). */
    @Benchmark
    public void analyzeFullJson(Blackhole bh) {
        for (CaseFile cf : cases) bh.consume(JsonReport.render(analyzer.analyze(cf, "en"), false, false));
    }

    /** Analyse every demo case and render brief JSON (results only), as bulk screening writes it. */
    @Benchmark
    public void analyzeBriefJson(Blackhole bh) {
        for (CaseFile cf : cases) bh.consume(JsonReport.render(analyzer.analyze(cf, "en"), true, false));
    }

    /** As {@link #analyzeFullJson} with the YAML parse and validation of each case file included. */
    @Benchmark
    public void parseAnalyzeFullJson(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            CaseFile cf = CaseFileReader.read(names.get(i), texts.get(i), TODAY);
            bh.consume(JsonReport.render(analyzer.analyze(cf, "en"), false, false));
        }
    }
}
