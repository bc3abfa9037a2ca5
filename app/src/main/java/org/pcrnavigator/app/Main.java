package org.pcrnavigator.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pcr} command line: analyse a case, inspect or check the knowledge base, and administer the workbench's
 * data (users, tokens, key, backup). Exit codes: 0
 * done, 1 a check failed (e.g. the lint found errors), 2 bad input or usage.
 */
@Command(name = "pcr", mixinStandardHelpOptions = true, version = "PCR Navigator 0.1.0",
        description = "Post-conviction relief analysis for noncitizens with California convictions.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, CompareCommand.class, DraftCommand.class, ScreenCommand.class, SynthCommand.class, ImportCommand.class, LawCommand.class,
                AdminCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    /** Standard input of this run (a password for {@code admin create-user}). */
    java.io.InputStream in = System.in;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Never lets an exception escape. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) { return run(args, System.in, out, err); }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, reading standard input from {@code in}. */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        main.in = in;
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            err.println("pcr: " + Errors.describe(ex));
            if (System.getenv("PCR_DEBUG") != null) ex.printStackTrace(err);
            return Errors.exitCode(ex);
        });
        return cl.execute(args);
    }
}
