package org.pcrnavigator.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.plan.Planner;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.StatuteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pcr compare CASE --replace c1="PC 32; 364 days"}: the goals before and after a different plea on
 * a conviction, side by side — the what-if defense counsel weighs at the plea stage.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Show the goals before and after replacing a conviction with another plea.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "the case file")
    Path file;

    @Option(names = "--replace", required = true, paramLabel = "ID=PLEA",
            description = "a conviction id and the plea to put in its place: \"STATUTE[; N days][; misdemeanor|felony]\", "
                    + "e.g. c1=\"PC 32; 364 days\"; repeat for several")
    Map<String, String> replacements;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Option(names = "--today", description = "the evaluation date where the case file gives no asOf")
    LocalDate today;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) throw new Errors.UsageError("--format must be text or json, not '" + format + "'");
        CaseFile before = CaseFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
                today != null ? today : LocalDate.now());
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        List<Conviction> replaced = new ArrayList<>(before.convictions());
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            int i = indexOf(replaced, r.getKey());
            replaced.set(i, replacement(kb, replaced.get(i), r.getValue()));
        }
        CaseFile after = before.withConvictions(replaced);
        if (before.goals().isEmpty()) {
            // Compare every goal when the case names none: the plea-stage question is which ones a plea closes.
            before = before.withGoals(CaseFileReader.GOALS);
            after = after.withGoals(CaseFileReader.GOALS);
        }
        Analyzer analyzer = new Analyzer(kb);
        Report a = analyzer.analyzeWithoutPlan(before, "en");
        Report b = analyzer.analyzeWithoutPlan(after, "en");
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            List<Object> rows = new ArrayList<>();
            for (Report.GoalResult g : a.goals()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("goal", g.goal());
                row.put("before", g.status());
                row.put("after", status(b, g.goal()));
                rows.add(row);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("replacements", replacements);
            m.put("goals", rows);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                Conviction old = before.convictions().get(indexOf(before.convictions(), r.getKey()));
                out.printf("%s: %s  ->  %s%n", r.getKey(), old.charge().display(), r.getValue());
            }
            out.printf("%n%-24s %-10s %-10s%n", "goal", "before", "after");
            for (Report.GoalResult g : a.goals()) {
                String now = status(b, g.goal());
                out.printf("%-24s %-10s %-10s%s%n", g.goal(), g.status(), now, now.equals(g.status()) ? "" : "  *");
            }
            out.println("\n* changed. Each column is a full analysis; run `pcr analyze` on the changed case for the reasons.");
        }
        out.flush();
        return 0;
    }

    private static String status(Report r, String goal) {
        return r.goals().stream().filter(g -> g.goal().equals(goal)).findFirst().map(Report.GoalResult::status).orElse("unknown");
    }

    private static int indexOf(List<Conviction> convictions, String id) {
        for (int i = 0; i < convictions.size(); i++) if (convictions.get(i).id().equals(id)) return i;
        List<String> ids = convictions.stream().map(Conviction::id).toList();
        throw new Errors.UsageError("--replace: no conviction '" + id + "' in the case; expected one of " + String.join(", ", ids));
    }

    /** Reads "STATUTE[; N days][; misdemeanor|felony]" into the conviction it replaces. */
    static Conviction replacement(KnowledgeBase kb, Conviction c, String written) {
        String[] parts = written.split(";");
        Charge charge;
        try {
            charge = StatuteParser.parse(parts[0].trim());
        } catch (StatuteParser.StatuteSyntaxError e) {
            throw new Errors.UsageError("--replace " + c.id() + ": " + e.getMessage());
        }
        var sentence = c.sentence();
        String level = Planner.levelAfterPlea(kb, c, charge);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().toLowerCase(java.util.Locale.ROOT);
            if (p.matches("\\d{1,5}\\s*days?")) {
                sentence = sentence.withDays(Long.parseLong(p.replaceAll("\\D", "")));
            } else if (p.equals("misdemeanor") || p.equals("felony")) {
                level = p;
            } else {
                throw new Errors.UsageError("--replace " + c.id() + ": cannot read '" + parts[i].trim()
                        + "'; expected 'N days', 'misdemeanor' or 'felony', e.g. c1=\"PC 32; 364 days\"");
            }
        }
        Map<String, String> facts = new LinkedHashMap<>(c.recordFacts());
        facts.remove("subdivision");
        return c.withPlea(charge, level, sentence, facts);
    }
}
