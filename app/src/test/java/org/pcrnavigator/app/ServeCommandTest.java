package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcr serve} refuses what it cannot do with a message that names the option. */
class ServeCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Main.run(args, new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void aPortInUseIsAUsageError(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String[] r = run("serve", "--data", dir.resolve("data").toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("--port " + taken.getLocalPort() + ": the port is in use").doesNotContain("internal error");
        }
    }

    @Test
    void badOptionsNameTheOption(@TempDir Path dir) {
        assertThat(run("serve", "--data", dir.toString(), "--port", "70000")[2]).contains("--port must be from 0 to 65535");
        assertThat(run("serve", "--data", dir.toString(), "--session-idle-minutes", "0")[2]).contains("--session-idle-minutes must be at least 1");
    }
}
