package org.pcrnavigator.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.law.authority.Authority;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.OffenseLevel;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.offense.SaferAlternative;
import org.pcrnavigator.law.statute.StatuteParser;
import org.pcrnavigator.law.time.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcr law ...}: check the knowledge base, count it, and read its entries. */
@Command(name = "law", mixinStandardHelpOptions = true, description = "Inspect and check the knowledge base.",
        subcommands = {LawCommand.Lint.class, LawCommand.Stats.class, LawCommand.OffenseEntry.class})
final class LawCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static KnowledgeBaseLoader loader(Path dir) {
        return dir == null ? KnowledgeBaseLoader.fromClasspath() : KnowledgeBaseLoader.fromDirectory(dir);
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Check every file: authorities resolve, dated values have sources and ranges, no overlaps, no unknown keys. Exit 0 only when there are no errors.")
    static final class Lint implements Callable<Integer> {
        @Option(names = "--kb", description = "a knowledge-base folder to check instead of the bundled one (e.g. law/kb)")
        Path dir;

        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<KnowledgeBaseLoader.Problem> problems = loader(dir).lint();
            long errors = problems.stream().filter(KnowledgeBaseLoader.Problem::error).count();
            for (KnowledgeBaseLoader.Problem p : problems) out.println(p);
            out.printf("%d error(s), %d warning(s)%n", errors, problems.size() - errors);
            out.flush();
            return errors == 0 ? 0 : 1;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the knowledge base holds.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "text", description = "text or json")
        String format;

        @Option(names = "--kb", description = "a knowledge-base folder instead of the bundled one")
        Path dir;

        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KnowledgeBase kb = dir == null ? KnowledgeBaseLoader.bundled() : loader(dir).load();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lawVersion", kb.version());
            m.put("authorities", kb.authorities().size());
            m.put("authoritiesVerified", kb.authorities().stream().filter(Authority::verified).count());
            m.put("offenses", kb.offenses().size());
            m.put("vehicles", org.pcrnavigator.engine.casefile.CaseFileReader.VEHICLES.size());
            m.put("goals", org.pcrnavigator.engine.casefile.CaseFileReader.GOALS.size());
            m.put("questions", kb.questions().size());
            m.put("parameters", kb.parameters().size());
            m.put("substances", kb.substanceCount());
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            } else if (format.equals("text")) {
                m.forEach((k, v) -> out.printf("%-20s %s%n", k, v));
            } else {
                throw new Errors.UsageError("--format must be text or json, not '" + format + "'");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "offense", mixinStandardHelpOptions = true, description = "Print the catalog entry for a statute, with its citations.")
    static final class OffenseEntry implements Callable<Integer> {
        @Parameters(paramLabel = "STATUTE", description = "e.g. \"PC 273.5(a)\"")
        String statute;

        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            org.pcrnavigator.law.statute.Charge charge;
            try {
                charge = StatuteParser.parse(statute);
            } catch (StatuteParser.StatuteSyntaxError e) {
                throw new Errors.UsageError(e.getMessage());
            }
            KnowledgeBase kb = KnowledgeBaseLoader.bundled();
            List<Offense> found = kb.offensesFor(charge);
            PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) {
                out.println(statute + " is not in the catalog. An analysis of a conviction under it will ask counsel to classify it.");
                out.flush();
                return 1;
            }
            for (Offense o : found) print(out, kb, o);
            out.flush();
            return 0;
        }

        private static void print(PrintWriter out, KnowledgeBase kb, Offense o) {
            java.util.Set<String> cited = new java.util.LinkedHashSet<>();
            out.println(o.heading() + " — " + o.title());
            if (o.elements() != null) out.println("  Elements: " + o.elements());
            for (Timeline.Entry<OffenseLevel> l : o.levels().entries()) {
                OffenseLevel v = l.value();
                out.println("  Level " + range(l.range()) + ": " + v.level().id()
                        + (v.felonyTerm() != null ? "; felony " + v.felonyTerm() : "")
                        + (v.misdemeanorMax() != org.pcrnavigator.law.offense.MisdemeanorMax.NONE ? "; misdemeanor maximum " + v.misdemeanorMax().id().replace('_', ' ') : "")
                        + " " + ids(v.authorities()));
                cited.addAll(v.authorities());
            }
            for (Category c : Category.values()) {
                Timeline<Rule> rules = o.consequences().get(c);
                if (rules == null) {
                    out.println("  " + c.id() + ": (not classified)");
                    continue;
                }
                for (Timeline.Entry<Rule> e : rules.entries()) {
                    out.println("  " + c.id() + range(e.range()) + ": " + describe(e.value(), "    ", cited));
                }
            }
            if (o.inchoate() != null) out.println("  Attempt, conspiracy, solicitation: " + o.inchoate());
            for (SaferAlternative s : o.saferAlternatives()) {
                out.println("  Safer alternative: " + s.statute() + (s.condition() != null ? " — " + s.condition() : "") + " " + ids(s.authorities()));
                cited.addAll(s.authorities());
            }
            if (o.notes() != null) out.println("  Notes: " + o.notes());
            out.println("  Citations:");
            for (String id : cited) {
                Authority a = kb.authority(id);
                out.println("    [" + id + "] " + a.citation() + (a.verified() ? "" : " (citation not verified)"));
            }
            out.println();
        }

        private static String describe(Rule r, String indent, java.util.Set<String> cited) {
            cited.addAll(r.authorities());
            String base;
            if (r instanceof Rule.Fixed f) {
                base = f.verdict().id() + (f.reason() != null ? " — " + f.reason() : "");
            } else if (r instanceof Rule.SentenceAtLeastOneYear s) {
                base = "yes if a year or more is imposed on the count (INA 101(a)(43)(" + s.subparagraph() + "))";
            } else if (r instanceof Rule.LossOverTenThousand l) {
                base = "yes if the loss exceeds $10,000 (INA 101(a)(43)(" + l.subparagraph() + "))";
            } else if (r instanceof Rule.AnyOf any) {
                StringBuilder s = new StringBuilder("yes if any of:");
                for (Rule sub : any.rules()) s.append('\n').append(indent).append("- ").append(describe(sub, indent + "  ", cited));
                base = s.toString();
            } else {
                Rule.Divisible d = (Rule.Divisible) r;
                StringBuilder s = new StringBuilder("divisible on " + d.decider() + ":");
                for (Map.Entry<String, Rule> e : d.when().entrySet()) {
                    s.append('\n').append(indent).append(e.getKey()).append(" → ").append(describe(e.getValue(), indent + "  ", cited));
                }
                base = s.toString();
            }
            return base + (r.note() != null ? " (" + r.note() + ")" : "") + (r.authorities().isEmpty() ? "" : " " + ids(r.authorities()));
        }

        private static String range(org.pcrnavigator.law.time.DateRange r) {
            if (r.from() == null && r.to() == null) return "";
            return " (convicted " + (r.from() != null ? "from " + r.from() : "") + (r.from() != null && r.to() != null ? " " : "")
                    + (r.to() != null ? "before " + r.to() : "") + ")";
        }

        private static String ids(List<String> ids) { return ids.isEmpty() ? "" : "[" + String.join("; ", ids) + "]"; }
    }
}
