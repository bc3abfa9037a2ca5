package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of writing loses nothing it had committed. */
class KillTest {
    @TempDir Path tmp;

    DataConfig config() { return StoreFixture.sqlite(tmp); }

    @Test
    void everyCommittedClientFileSurvivesKillMinus9() throws Exception {
        DataConfig cfg = config();
        User user;
        try (Database db = Database.open(cfg)) {
            user = StoreFixture.user(db, "Office", "ana@example.org", Role.ATTORNEY);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillWriter.class.getName(), cfg.dataDir().toString(), user.email()));
        if (cfg.jdbcUrl() != null) cmd.addAll(List.of(cfg.jdbcUrl(), cfg.user(), cfg.password()));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (committed.size() < 40 && (line = out.readLine()) != null && System.nanoTime() < deadline) committed.add(line);
            child.destroyForcibly();              // SIGKILL on Linux: no shutdown hooks, no closing
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(committed).as("the child wrote before it was killed").hasSizeGreaterThanOrEqualTo(40);
        assertThat(child.exitValue()).as("killed, not exited").isNotZero();

        try (Database db = Database.open(cfg)) {
            Clients clients = new Clients(db, new AuditLog(db));
            for (String id : committed) {
                assertThat(clients.get(user, id)).as("committed client %s", id).isPresent()
                        .get().extracting(ClientFile::caseJson).asString().startsWith("{\"format\":\"pcr-case/1\"");
            }
            if (cfg.isSqlite()) {
                assertThat(StoreFixture.strings(db, "PRAGMA integrity_check")).containsExactly("ok");
            }
        }
    }
}
