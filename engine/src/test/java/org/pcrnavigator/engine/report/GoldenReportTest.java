package org.pcrnavigator.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;

/**
 * Keeps the demo cases' reports true: each {@code examples/NAME.yaml} is analysed and compared with the
 * reviewed {@code examples/golden/NAME.json} and {@code NAME.txt}. Regenerate with
 * {@code -Dgolden.update=true} and review the diff. The knowledge-base digest is masked so that a data
 * change shows up only where it changes a result.
 */
class GoldenReportTest {
    private static final Path ROOT = Path.of(System.getProperty("pcr.repo.root"));
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> demoCasesMatchTheirGoldenReports() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    private static void check(Path file) throws IOException {
        CaseFile cf = CaseFileReader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), LocalDate.parse("2026-11-28"));
        Report r = new Analyzer(Cases.kb()).analyze(cf, "en");
        String version = r.lawVersion();
        String json = JsonReport.render(r, false, true).replace(version, "<lawVersion>") + "\n";
        String text = TextReport.render(r, Cases.kb(), true).replace(version, "<lawVersion>");
        String name = file.getFileName().toString().replace(".yaml", "");
        compare(ROOT.resolve("examples/golden/" + name + ".json"), json);
        compare(ROOT.resolve("examples/golden/" + name + ".txt"), text);
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file missing: generate it with -Dgolden.update=true, review and commit it").exists();
        assertThat(actual).as("report differs from %s (regenerate with -Dgolden.update=true and review the diff)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
