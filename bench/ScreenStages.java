import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.law.data.LocatedDocument;

/**
 * Times the stages of screening a case on one thread (read, analyse, render; the thread's CPU time), round
 * after round over the same cases, so the steady state after compiling shows apart from a whole run's
 * warm-up and from the other thread's:
 * <pre>
 *   ./mvnw -q -pl app -am package -Dmaven.test.skip=true
 *   java -jar app/target/pcr.jar synth --people 30000 --out /tmp/cases.jsonl
 *   java -cp app/target/pcr.jar bench/ScreenStages.java /tmp/cases.jsonl 30000 6
 * </pre>
 * Arguments: the JSON Lines file, how many cases to read from it, how many rounds. Compare builds by the
 * lowest of the last rounds, alternating the builds: this machine's speed drifts by tens of percent.
 */
public class ScreenStages {
    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<String> lines = new ArrayList<>();
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            String line;
            while (lines.size() < cases && (line = in.readLine()) != null) lines.add(line);
        }
        Analyzer analyzer = new Analyzer(KnowledgeBaseLoader.bundled());
        LocalDate today = LocalDate.parse("2026-11-28");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long read = 0;
            long analyse = 0;
            long render = 0;
            for (String line : lines) {
                long t0 = cpu.getCurrentThreadCpuTime();
                CaseFile cf = CaseFileReader.read(LocatedDocument.parse("case", line).root(), today);
                long t1 = cpu.getCurrentThreadCpuTime();
                Report report = analyzer.analyzeWithoutPlan(cf, "en", false);
                long t2 = cpu.getCurrentThreadCpuTime();
                bytes += JsonReport.renderUtf8(report, true).length;
                long t3 = cpu.getCurrentThreadCpuTime();
                read += t1 - t0;
                analyse += t2 - t1;
                render += t3 - t2;
            }
            double k = 1000.0 * lines.size();
            System.out.printf("round %d: read %.1f  analyse %.1f  render %.1f  total %.1f us a case%n", round, read / k,
                    analyse / k, render / k, (read + analyse + render) / k);
        }
        System.out.printf("%,d bytes of reports a round%n", bytes / Math.max(1, rounds));   // and the rendering is not optimised away
    }
}
