package org.pcrnavigator.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.records.csv.CsvMapping;
import org.pcrnavigator.records.screen.ScreenResult;
import org.pcrnavigator.records.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pcr screen INPUT --out DIR}: bulk screening of a JSON Lines file of pcr-case/1 cases, or of a CSV
 * case export with {@code --mapping}.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen many cases (JSON Lines of pcr-case/1, or a CSV export with --mapping): reports.jsonl, summary.csv, "
                + "summary.html and errors.csv in DIR. An interrupted run resumes where it stopped when run again with the same DIR.")
final class ScreenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "JSON Lines, one pcr-case/1 object a line; or a CSV export (with --mapping)")
    Path input;

    @Option(names = "--mapping", paramLabel = "MAP.yaml", description = "how the CSV's columns become case fields (pcr-csv-mapping/1)")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: every core)")
    Integer threads;

    @Option(names = "--today", description = "the evaluation date where a case gives no asOf (default: the system date)")
    LocalDate today;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) throw new Errors.UsageError("no such input file: " + input);
        boolean csv = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (csv && mapping == null) {
            throw new Errors.UsageError("a CSV export needs --mapping MAP.yaml saying which column feeds which case field (see README, CSV case exports)");
        }
        if (mapping != null && !Files.isRegularFile(mapping)) throw new Errors.UsageError("no such mapping file: " + mapping);
        CsvMapping map = mapping == null ? null : CsvMapping.read(mapping.toString(), Files.readString(mapping));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new Errors.UsageError("--threads must be at least 1");
        boolean terminal = System.console() != null;
        Screener s = new Screener(new Analyzer(KnowledgeBaseLoader.bundled()), today != null ? today : LocalDate.now(), n,
                terminal ? System.err : null);
        long t0 = System.nanoTime();
        ScreenResult r = map == null ? s.screen(input, out) : s.screen(input, map, out);
        double secs = (System.nanoTime() - t0) / 1e9;
        var o = spec.commandLine().getOut();
        if (r.resumedAfter() > 0) o.printf("resumed after %d cases done by an earlier run%n", r.resumedAfter());
        o.printf("%d cases screened, %d bad rows (errors.csv), %.1f s, %.0f cases/s this run; outputs in %s%n",
                r.screened(), r.badRows(), secs, (r.screened() + r.badRows() - r.resumedAfter()) / Math.max(secs, 1e-9), out);
        o.flush();
        return 0;
    }
}
