package org.pcrnavigator.app;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import org.pcrnavigator.records.screen.Synth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcr synth --people N}: synthetic cases for benchmarks and demos, JSON Lines or an office-style CSV export. */
@Command(name = "synth", mixinStandardHelpOptions = true, description = "Write synthetic pcr-case/1 cases as JSON Lines, or as a CSV export "
        + "with its mapping (--format csv), for benchmarks and demos (no real person).")
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--people", required = true, description = "how many cases")
    long people;

    @Option(names = "--seed", defaultValue = "1", description = "random seed; the same seed gives the same cases")
    long seed;

    @Option(names = "--out", description = "the file to write (default: standard output)")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv; csv also writes OUT.mapping.yaml")
    String format;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (people < 0) throw new Errors.UsageError("--people must be at least 0");
        Synth s = new Synth(KnowledgeBaseLoader.bundled());
        if (format.equals("csv")) {
            if (out == null) throw new Errors.UsageError("--format csv needs --out FILE (the mapping is written beside it)");
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                s.writeCsv(people, seed, w);
            }
            Path map = out.resolveSibling(out.getFileName() + ".mapping.yaml");
            Files.writeString(map, Synth.CSV_MAPPING, StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("wrote %s and its mapping %s%n", out, map);
            return 0;
        }
        if (!format.equals("jsonl")) throw new Errors.UsageError("--format must be jsonl or csv, found '" + format + "'");
        if (out == null) {
            s.write(people, seed, spec.commandLine().getOut());
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                s.write(people, seed, w);
            }
        }
        return 0;
    }
}
