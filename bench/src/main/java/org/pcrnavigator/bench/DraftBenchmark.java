package org.pcrnavigator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pcrnavigator.drafting.Attorney;
import org.pcrnavigator.drafting.DraftFile;
import org.pcrnavigator.drafting.DraftRequest;
import org.pcrnavigator.drafting.Drafter;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/**
 * Warm time of one full filing packet: the PC 1473.7(a)(1) packet of examples/lpr-dv-naturalization.yaml
 * with the Spanish declaration (six papers, each as PDF and DOCX). The case is analysed once, in the setup.
 * Run with {@code bench/run DraftBenchmark} or {@code java -jar bench/target/benchmarks.jar DraftBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DraftBenchmark {
    private Drafter drafter;
    private DraftRequest request;

    @Setup
    public void setup() {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        drafter = new Drafter(kb);
        Path f = AnalyzeBenchmark.examplesDir().resolve("lpr-dv-naturalization.yaml");
        try {
            CaseFile cf = CaseFileReader.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8), LocalDate.of(2026, 11, 28));
            request = new DraftRequest(cf, new Analyzer(kb).analyze(cf, "en"), "c1", "pc1473_7_a1",
                    new Attorney("Ana Abogada", "123456", List.of("100 Main Street"), "(213) 555-0100", "ana@example.org"), "es");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public List<DraftFile> packet() { return drafter.packet(request); }
}
