package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.law.authority.Authority;

/** The {@code pcr} command line end to end, through {@link Main#run}: exit codes, output and error messages. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The consequence categories of the case format (normative). */
    private static final List<String> CATEGORIES = List.of("aggravated_felony", "cimt", "controlled_substance", "firearms",
            "domestic_violence", "stalking", "child_abuse", "protection_order_violation", "prostitution");

    /** The vehicle ids of the case format's table (normative). */
    private static final List<String> VEHICLES = List.of("pc1473_7_a1", "pc1473_7_a2", "pc1473_7_a3", "pc1016_5", "pc1018",
            "habeas", "coram_nobis", "pc1473_6", "pc17b", "pc18_5b", "pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42",
            "pc1203_425", "pc1203_43", "pc1170_18", "hs11361_8", "pc1203_3", "pc1172_1", "pc1385", "pc236_14", "pc236_15",
            "pc1203_49", "pc1170_91", "pc1172_6");

    private static final Set<String> RESULTS = Set.of("yes", "no", "unsettled", "unknown");

    @TempDir Path tmp;

    private static CliRun run(String... args) { return CliRun.of(args); }

    static Path repoRoot() {
        String root = System.getProperty("pcr.repo.root");
        Path p = root != null && !root.isBlank() ? Path.of(root) : Path.of("..");
        if (!Files.isDirectory(p.resolve("examples")) && Files.isDirectory(Path.of("examples"))) p = Path.of(".");
        return p.toAbsolutePath().normalize();
    }

    static Stream<Path> examples() throws IOException {
        Path dir = repoRoot().resolve("examples");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            assertThat(files).as("demo cases in %s", dir).isNotEmpty();
            return files.stream();
        }
    }

    private static Path example(String name) { return repoRoot().resolve("examples").resolve(name); }

    /** A copy of a demo case with one line replaced, written to the temp dir. */
    private Path variant(String example, String fileName, String from, String to) throws IOException {
        String text = Files.readString(example(example), StandardCharsets.UTF_8);
        assertThat(text).as("the demo case still has the line to replace").contains(from);
        Path f = tmp.resolve(fileName);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
        return f;
    }

    // ---- analyze: valid demo cases ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void analyzeJsonFollowsTheReportFormat(Path example) throws IOException {
        CliRun r = run("analyze", example.toString(), "--format", "json");
        assertThat(r.exit()).as("exit; err: %s", r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("format").asText()).isEqualTo("pcr-analysis/1");
        assertThat(report.path("lawVersion").asText()).isNotBlank();

        JsonNode convictions = report.path("convictions");
        assertThat(convictions.isArray()).isTrue();
        assertThat(convictions.size()).isPositive();
        for (JsonNode c : convictions) {
            String id = c.path("id").asText();
            List<String> categories = new ArrayList<>();
            for (JsonNode cons : c.path("consequences")) {
                categories.add(cons.path("category").asText());
                assertThat(cons.path("result").asText()).as("%s %s result", id, cons.path("category").asText()).isIn(RESULTS);
                assertThat(cons.path("explanation").isObject()).as("%s %s explanation", id, cons.path("category")).isTrue();
            }
            assertThat(categories).as("categories of %s", id).containsExactlyInAnyOrderElementsOf(CATEGORIES);
            List<String> vehicles = new ArrayList<>();
            for (JsonNode v : c.path("vehicles")) {
                vehicles.add(v.path("vehicle").asText());
                assertThat(v.path("availability").asText()).isIn("available", "not_available", "unknown");
                assertThat(v.path("immigrationEffect").asText()).isIn("effective", "not_effective", "uncertain");
                assertThat(v.path("remedy").asText()).isIn("vacate_conviction", "vacate_sentence", "reduce_to_misdemeanor",
                        "reduce_sentence", "dismiss", "redesignate");
            }
            assertThat(vehicles).as("vehicles of %s", id).containsExactlyInAnyOrderElementsOf(VEHICLES);
        }

        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        List<String> unresolved = new ArrayList<>();
        int nodes = walkTrees(report, "$", kb, unresolved);
        assertThat(nodes).as("explanation nodes found").isPositive();
        assertThat(unresolved).as("authority ids that do not resolve").isEmpty();
    }

    /** Walks the whole report; each explanation node (an object with "rule") must list authorities that resolve. */
    private static int walkTrees(JsonNode n, String where, KnowledgeBase kb, List<String> unresolved) {
        int count = 0;
        if (n.isObject()) {
            if (n.has("rule")) {
                count++;
                JsonNode auth = n.path("authorities");
                assertThat(auth.isArray()).as("authorities at %s (%s)", where, n.path("rule").asText()).isTrue();
                assertThat(n.path("because").isArray()).as("because at %s", where).isTrue();
                for (JsonNode a : auth) {
                    if (!kb.hasAuthority(a.asText())) unresolved.add(where + " " + n.path("rule").asText() + ": " + a.asText());
                }
            }
            var fields = n.fields();
            while (fields.hasNext()) {
                var e = fields.next();
                count += walkTrees(e.getValue(), where + "." + e.getKey(), kb, unresolved);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) count += walkTrees(n.get(i), where + "[" + i + "]", kb, unresolved);
        }
        return count;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void briefJsonKeepsResultsAndDropsExplanations(Path example) throws IOException {
        CliRun r = run("analyze", example.toString(), "--format", "json", "--brief");
        assertThat(r.exit()).as("exit; err: %s", r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("format").asText()).isEqualTo("pcr-analysis/1");
        for (JsonNode c : report.path("convictions")) {
            assertThat(c.path("consequences").size()).isEqualTo(CATEGORIES.size());
            for (JsonNode cons : c.path("consequences")) {
                assertThat(cons.path("result").asText()).isIn(RESULTS);
                assertThat(cons.has("explanation")).isFalse();
            }
        }
    }

    @Test
    void textReportCitesAuthoritiesInFull() {
        CliRun r = run("analyze", example("lpr-dv-naturalization.yaml").toString());
        assertThat(r.exit()).as("exit; err: %s", r.err()).isZero();
        assertThat(r.out()).contains("Authorities cited");
        String cited = r.out().substring(r.out().indexOf("Authorities cited"));
        Matcher m = Pattern.compile("^\\s+\\[([^\\]]+)\\] ", Pattern.MULTILINE).matcher(cited);
        Set<String> ids = new LinkedHashSet<>();
        while (m.find()) ids.add(m.group(1));
        assertThat(ids).as("authorities listed").isNotEmpty();
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        for (String id : ids) {
            Authority a = kb.authority(id);
            assertThat(a.citation()).isNotBlank();
            assertThat(cited).contains("[" + id + "] " + a.citation());
        }
        // the body names the ids it relies on, and the first one it names is listed with its full citation
        Matcher inBody = Pattern.compile("\\[([a-z0-9_.]+)[;\\]]").matcher(r.out().substring(0, r.out().indexOf("Authorities cited")));
        assertThat(inBody.find()).as("an authority id cited in the body").isTrue();
        assertThat(cited).contains(kb.authority(inBody.group(1)).citation());
    }

    // ---- analyze: bad input -------------------------------------------------------------------------------

    @Test
    void malformedYamlIsAClearErrorNamingFileAndLine() throws IOException {
        Path f = tmp.resolve("malformed.yaml");
        Files.writeString(f, "format: pcr-case/1\nconvictions:\n  - id: c1\n    statute: [PC 273.5(a)\n    level: felony\n");
        CliRun r = run("analyze", f.toString());
        r.assertCleanError();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f.toString()).containsIgnoringCase("malformed YAML");
        assertThat(r.err()).as("a line:column location").containsPattern(Pattern.quote(f.toString()) + ":\\d+:\\d+");
        assertThat(r.out()).as("nothing half-written").isEmpty();
    }

    @Test
    void malformedYamlInsideAConvictionNamesItsLocation() throws IOException {
        Path f = variant("lpr-dv-naturalization.yaml", "bad-indent.yaml", "    plea: no_contest\n", "    plea: no_contest\n   bad: [\n");
        CliRun r = run("analyze", f.toString(), "--format", "json");
        r.assertCleanError();
        assertThat(r.err()).contains(f.toString());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownEnumValueNamesFileFieldPathAndChoices() throws IOException {
        Path f = variant("lpr-dv-naturalization.yaml", "bad-plea.yaml", "plea: no_contest", "plea: guilt");
        CliRun r = run("analyze", f.toString(), "--format", "json");
        r.assertCleanError();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f.toString()).contains("convictions[0].plea").contains("guilt").contains("no_contest");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void pleaBeforeOffenseNamesFileAndFieldPath() throws IOException {
        Path f = variant("lpr-dv-naturalization.yaml", "plea-first.yaml", "pleaDate: 2010-06-01", "pleaDate: 2009-06-01");
        CliRun r = run("analyze", f.toString());
        r.assertCleanError();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f.toString()).contains("convictions[0].pleaDate").contains("2009-06-01");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileIsAClearError() {
        Path f = tmp.resolve("no-such-case.yaml");
        CliRun r = run("analyze", f.toString());
        r.assertCleanError();
        assertThat(r.err()).contains("no such file").contains(f.toString());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = run("analyze", example("lpr-dv-naturalization.yaml").toString(), "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("xml").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    // ---- law ---------------------------------------------------------------------------------------------

    @Test
    void lawLintFindsNoErrors() {
        CliRun r = run("law", "lint");
        assertThat(r.exit()).as("lint output:\n%s", r.out()).isZero();
        assertThat(r.out()).contains("0 error(s)");
    }

    @Test
    void lawStatsJsonHasIntegerCounts() throws IOException {
        CliRun r = run("law", "stats", "--format", "json");
        assertThat(r.exit()).as("err: %s", r.err()).isZero();
        JsonNode stats = JSON.readTree(r.out());
        for (String k : List.of("authorities", "offenses", "vehicles", "goals", "questions")) {
            assertThat(stats.path(k).isIntegralNumber()).as(k).isTrue();
            assertThat(stats.path(k).asLong()).as(k).isPositive();
        }
        assertThat(stats.path("vehicles").asInt()).isEqualTo(26);
        assertThat(stats.path("goals").asInt()).isEqualTo(17);
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        assertThat(stats.path("authorities").asInt()).isEqualTo(kb.authorities().size());
        assertThat(stats.path("offenses").asInt()).isEqualTo(kb.offenses().size());
    }

    @Test
    void lawOffensePrintsTheEntryWithCitations() {
        CliRun r = run("law", "offense", "PC 273.5(a)");
        assertThat(r.exit()).as("err: %s", r.err()).isZero();
        assertThat(r.out()).contains("273.5").contains("Citations:");
        assertThat(r.out()).as("a citation line").containsPattern("(?m)^\\s+\\[[a-z0-9_.]+\\] \\S.*");
    }

    @Test
    void lawOffenseNotInTheCatalog() {
        CliRun r = run("law", "offense", "PC 99999");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out() + r.err()).contains("not in the catalog");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void lawOffenseWithUnreadableStatuteIsAUsageError() {
        CliRun r = run("law", "offense", "nonsense");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nonsense").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @org.junit.jupiter.api.Test
    void compareShowsTheGoalsBeforeAndAfterAReplacementPlea() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        String example = java.nio.file.Path.of(System.getProperty("pcr.repo.root"), "examples", "lpr-dv-naturalization.yaml").toString();
        int code = Main.run(new String[] {"compare", example, "--replace", "c1=PC 243(e)(1); 364 days"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(code).isZero();
        org.assertj.core.api.Assertions.assertThat(out.toString()).containsPattern("naturalization\\s+barred\\s+clear");
        int bad = Main.run(new String[] {"compare", example, "--replace", "c9=PC 32"}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(bad).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(err.toString()).contains("no conviction 'c9'").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void synthThenScreenFromTheCommandLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.nio.file.Path in = dir.resolve("in.jsonl");
        org.assertj.core.api.Assertions.assertThat(Main.run(new String[] {"synth", "--people", "20", "--out", in.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err))).isZero();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllLines(in)).hasSize(20);
        int code = Main.run(new String[] {"screen", in.toString(), "--out", dir.resolve("out").toString(), "--today", "2026-11-28"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(code).isZero();
        org.assertj.core.api.Assertions.assertThat(out.toString()).contains("20 cases screened, 0 bad rows");
        int missing = Main.run(new String[] {"screen", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o2").toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(missing).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(err.toString()).contains("no such input file").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void screenACsvExportWithItsMapping(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.nio.file.Path examples = java.nio.file.Path.of("..", "examples", "csv");
        int code = Main.run(new String[] {"screen", examples.resolve("office-export.csv").toString(), "--mapping",
                examples.resolve("office-mapping.yaml").toString(), "--out", dir.resolve("out").toString(), "--today", "2026-11-28"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(code).as(err.toString()).isZero();
        org.assertj.core.api.Assertions.assertThat(out.toString()).contains("3 cases screened, 0 bad rows");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllLines(dir.resolve("out/reports.jsonl")))
                .extracting(l -> l.substring(0, l.indexOf(",\"asOf\"")))
                .containsExactly("{\"format\":\"pcr-analysis/1\",\"caseId\":\"A-1001\"", "{\"format\":\"pcr-analysis/1\",\"caseId\":\"A-1002\"",
                        "{\"format\":\"pcr-analysis/1\",\"caseId\":\"A-1003\"");

        int noMapping = Main.run(new String[] {"screen", examples.resolve("office-export.csv").toString(), "--out", dir.resolve("o2").toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(noMapping).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(err.toString()).contains("a CSV export needs --mapping");

        java.nio.file.Path badMap = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(badMap, "format: pcr-csv-mapping/1\nperson: Client ID\ncase:\n  person.dob: DOB\n");
        java.io.StringWriter err2 = new java.io.StringWriter();
        int bad = Main.run(new String[] {"screen", examples.resolve("office-export.csv").toString(), "--mapping", badMap.toString(),
                "--out", dir.resolve("o3").toString()}, new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err2));
        org.assertj.core.api.Assertions.assertThat(bad).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(err2.toString()).contains("bad.yaml:4:").contains("person.dob").doesNotContain("\tat ");
        org.assertj.core.api.Assertions.assertThat(dir.resolve("o3")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void synthWritesACsvExportWithItsMapping(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("s.csv");
        java.io.StringWriter out = new java.io.StringWriter();
        org.assertj.core.api.Assertions.assertThat(Main.run(new String[] {"synth", "--people", "5", "--format", "csv", "--out", csv.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()))).isZero();
        org.assertj.core.api.Assertions.assertThat(dir.resolve("s.csv.mapping.yaml")).exists();
        int code = Main.run(new String[] {"screen", csv.toString(), "--mapping", dir.resolve("s.csv.mapping.yaml").toString(), "--out",
                dir.resolve("out").toString(), "--today", "2026-11-28"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        org.assertj.core.api.Assertions.assertThat(code).isZero();
        org.assertj.core.api.Assertions.assertThat(out.toString()).contains("5 cases screened, 0 bad rows");
    }
}
