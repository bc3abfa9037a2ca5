package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the {@code pcr} command line through {@link Main#run}: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {
    /** Runs {@code pcr ARGS} with nothing on standard input. */
    static CliRun of(String... args) { return withInput("", args); }

    /** Runs {@code pcr ARGS} with {@code stdin} on standard input (a password for {@code admin create-user}). */
    static CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e);
        }
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A refusal: a non-zero exit and a message, with no stack trace or exception name in it. */
    void assertCleanError() {
        assertThat(exit).as("exit code; err: %s", err).isNotZero();
        assertThat(err).as("err").isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** A usage error (exit 2) whose message contains {@code expected} and is not reported as an internal error. */
    void assertCleanError(String expected) {
        assertThat(exit).as("exit code; err: %s", err).isEqualTo(2);
        assertThat(err).contains(expected).doesNotContain("\tat ").doesNotContain("internal error");
    }
}
