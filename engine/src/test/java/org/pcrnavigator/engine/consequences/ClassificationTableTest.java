package org.pcrnavigator.engine.consequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;

/**
 * Runs the classification tables in {@code src/test/resources/classifications/}: each case is a conviction
 * (statute, date, level, sentence, record facts) and the report results expected for named categories,
 * with the research passage it checks. Each case runs through the whole analysis, as a user's would.
 */
class ClassificationTableTest {
    private static final Path TABLES = Path.of(System.getProperty("pcr.repo.root"), "engine/src/test/resources/classifications");

    @TestFactory
    Stream<DynamicTest> classifications() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(TABLES)) {
            for (Path file : files.sorted().toList()) {
                Node root = LocatedDocument.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)).root();
                root.allowOnly("cases");
                for (Node c : root.get("cases").list()) {
                    c.allowOnly("name", "statute", "convicted", "level", "sentenceDays", "recordFacts", "expect", "source");
                    String name = file.getFileName() + ": " + c.get("name").text();
                    tests.add(DynamicTest.dynamicTest(name, () -> run(c)));
                }
            }
        }
        assertThat(tests).as("classification cases").hasSizeGreaterThanOrEqualTo(60);
        return tests.stream();
    }

    private static void run(Node c) {
        StringBuilder fields = new StringBuilder("disposition: convicted; statute: \"" + c.get("statute").text() + "\"");
        if (!c.get("convicted").isUnknown()) {
            String d = c.get("convicted").scalarText();
            fields.append("; pleaDate: ").append(d).append("; judgmentDate: ").append(d);
        }
        if (!c.get("level").isUnknown()) fields.append("; level: ").append(c.get("level").text());
        if (!c.get("sentenceDays").isUnknown()) fields.append("; sentence:\\n  confinementDays: ").append(c.get("sentenceDays").integer(0));
        Node rf = c.get("recordFacts");
        if (!rf.isUnknown()) {
            fields.append("; recordFacts:");
            for (Map.Entry<String, Node> e : rf.entries().entrySet()) {
                fields.append("\\n  ").append(e.getKey()).append(": \"").append(e.getValue().scalarText()).append('"');
            }
        }
        Report r = Cases.analyze("2026-11-28", fields.toString());
        burdenMattersOnlyWhereTheRecordIsSilent(Cases.caseWith("2026-11-28", fields.toString()));
        Report.ConvictionResult conv = r.convictions().get(0);
        for (Map.Entry<String, Node> e : c.get("expect").entries().entrySet()) {
            // "unknown" reads as an unknown node; YAML's yes/no read as booleans: both are handled here.
            String expected = e.getValue().isUnknown() ? "unknown" : e.getValue().word("yes", "no", "unsettled");
            Report.CategoryResult got = conv.consequences().stream().filter(x -> x.category().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no category " + e.getKey()));
            assertThat(got.explanation().result().id())
                    .as("%s for %s (%s) — %s", e.getKey(), c.get("statute").text(), c.get("name").text(), got.explanation().text())
                    .isEqualTo(expected);
            if (!expected.equals("unknown")) assertThat(got.explanation().authorities()).isNotEmpty();
        }
    }

    /**
     * The analysis classifies under the government's burden only where {@link OffenseClassifier#burdenCanMatter}
     * says it could differ: everywhere else both burdens must give the very same finding.
     */
    private static void burdenMattersOnlyWhereTheRecordIsSilent(CaseFile cf) {
        Conviction c = cf.convictions().get(0);
        var kb = Cases.kb();
        var say = Cases.say();
        CatalogMatch.Match match = CatalogMatch.find(kb, c);
        SentenceImposed.Term term = SentenceImposed.decide(c, kb.parameter("us.sentence_one_year_days").at(cf.asOf()).asLong(), say);
        OffenseClassifier applicant = new OffenseClassifier(kb, say, cf.asOf(), Burden.APPLICANT);
        OffenseClassifier government = new OffenseClassifier(kb, say, cf.asOf(), Burden.GOVERNMENT);
        for (Category cat : Category.values()) {
            Finding a = applicant.classify(c, cat, match, term);
            Finding g = government.classify(c, cat, match, term);
            if (!OffenseClassifier.burdenCanMatter(c)) assertThat(g).as("%s for %s", cat, c.charge().display()).isEqualTo(a);
        }
    }
}
