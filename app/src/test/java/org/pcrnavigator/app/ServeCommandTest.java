package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcr serve} refuses what it cannot do with a message that names the option. */
class ServeCommandTest {

    @Test
    void aPortInUseIsAUsageError(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--port", String.valueOf(taken.getLocalPort()));
            r.assertCleanError("--port " + taken.getLocalPort() + ": the port is in use");
        }
    }

    @Test
    void badOptionsNameTheOption(@TempDir Path dir) {
        CliRun.of("serve", "--data", dir.toString(), "--port", "70000").assertCleanError("--port must be from 0 to 65535");
        CliRun.of("serve", "--data", dir.toString(), "--session-idle-minutes", "0").assertCleanError("--session-idle-minutes must be at least 1");
    }
}
