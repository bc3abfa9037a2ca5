package org.pcrnavigator.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.pcrnavigator.records.rapsheet.RapSheetFlag;
import org.pcrnavigator.records.rapsheet.RapSheetParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pcr import rapsheet FILE [--out CASE.yaml]}: a draft case file from another record. The draft goes to
 * standard output (or the file named by {@code --out}); what the record leaves unclear goes to standard error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Draft a case file from another record (a California DOJ RAP sheet).",
        subcommands = {ImportCommand.RapSheet.class})
final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getErr()); }

    /** {@code pcr import rapsheet}. */
    @Command(name = "rapsheet", mixinStandardHelpOptions = true,
            description = {"Draft a pcr-case/1 case file from the text of a California DOJ RAP sheet.",
                    "Everything the sheet leaves unclear is left out of the draft and listed on standard error, with its line:"
                            + " confirm each item from the court record before relying on an analysis."})
    static final class RapSheet implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the RAP sheet as text (UTF-8)")
        Path file;

        @Option(names = "--out", paramLabel = "CASE.yaml", description = "write the draft here instead of standard output")
        Path out;

        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new Errors.UsageError("cannot read " + file + ": it is not UTF-8 text; export the RAP sheet as text first");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new Errors.UsageError("no such file: " + file);
            } catch (java.io.IOException e) {
                throw new Errors.UsageError("cannot read " + file + ": " + e.getMessage());
            }
            RapSheetParser.Result r;
            try {
                r = RapSheetParser.parse(text);
            } catch (RapSheetParser.NotARapSheet e) {
                throw new Errors.UsageError(file + ": " + e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            if (out != null) {
                Path abs = out.toAbsolutePath();
                Path dir = abs.getParent();
                Path tmp = Files.createTempFile(dir, ".pcr-import-", ".yaml");
                try {
                    Files.writeString(tmp, r.draftYaml(), StandardCharsets.UTF_8);
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } else {
                spec.commandLine().getOut().print(r.draftYaml());
                spec.commandLine().getOut().flush();
            }
            err.println(file + ": " + r.convictions() + " conviction(s) drafted, " + r.flags().size() + " item(s) to confirm"
                    + (out != null ? "; draft written to " + out : ""));
            for (RapSheetFlag f : r.flags()) err.println(file + ": " + f.describe());
            err.flush();
            return 0;
        }
    }
}
