package org.pcrnavigator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.DataConfig;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.User;

/** {@code pcr admin}, {@code pcr backup} and {@code pcr restore} through {@link Main#run}: output, exit codes, errors. */
class AdminCommandTest {
    @TempDir Path tmp;


    private static CliRun run(String stdin, String... args) { return CliRun.withInput(stdin, args); }

    @Test
    void theFirstAdminIsCreatedWithThePasswordOnStandardInputAndATokenPrintsAlone() {
        String data = tmp.resolve("data").toString();
        CliRun created = run("a long passphrase here\n", "admin", "create-user", "--data", data, "--org", "Legal Aid", "--email", "Boss@Example.org", "--role", "admin");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("admin boss@example.org").contains("Legal Aid");

        CliRun token = run("", "admin", "create-token", "--data", data, "--email", "boss@example.org");
        assertThat(token.exit()).as(token.err()).isZero();
        assertThat(token.out()).matches("[A-Za-z0-9_-]{43}\\R");
        try (Database db = Database.open(DataConfig.sqlite(tmp.resolve("data")))) {
            Accounts accounts = new Accounts(db);
            User boss = accounts.userForApiToken(token.out().strip()).orElseThrow();
            assertThat(boss.role()).isEqualTo(Role.ADMIN);
            assertThat(accounts.authenticate("boss@example.org", "a long passphrase here".toCharArray(), "127.0.0.1")).contains(boss);
        }
    }

    @Test
    void revokedTokensNoLongerWork() {
        String data = tmp.resolve("data").toString();
        run("a long passphrase here\n", "admin", "create-user", "--data", data, "--org", "O", "--email", "a@b.org", "--role", "attorney");
        String token = run("", "admin", "create-token", "--data", data, "--email", "a@b.org").out().strip();
        CliRun revoked = run("", "admin", "revoke-tokens", "--data", data, "--email", "a@b.org");
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("revoked 1 token(s) of a@b.org");
        try (Database db = Database.open(DataConfig.sqlite(tmp.resolve("data")))) {
            assertThat(new Accounts(db).userForApiToken(token)).isEmpty();
        }
        run("", "admin", "revoke-tokens", "--data", data, "--email", "x@y.org").assertCleanError("--email: no user with the address x@y.org");
    }

    @Test
    void mistakesGetAClearMessage() {
        String data = tmp.resolve("data").toString();
        run("", "admin", "create-user", "--data", data, "--org", "O", "--email", "a@b.org", "--role", "admin")
                .assertCleanError("password: expected one line on standard input");
        run("short\n", "admin", "create-user", "--data", data, "--org", "O", "--email", "a@b.org", "--role", "admin")
                .assertCleanError("password: expected at least 12 characters");
        run("a long passphrase here\n", "admin", "create-user", "--data", data, "--org", "O", "--email", "a@b.org", "--role", "boss")
                .assertCleanError("role: expected one of admin, attorney, advocate, volunteer");
        run("", "admin", "create-token", "--data", tmp.resolve("nothing").toString(), "--email", "a@b.org")
                .assertCleanError("no workbench data in");
        run("a long passphrase here\n", "admin", "create-user", "--data", data, "--org", "O", "--email", "a@b.org", "--role", "admin");
        run("", "admin", "create-token", "--data", data, "--email", "c@d.org").assertCleanError("email: no user with the address c@d.org");
        run("", "admin", "create-user", "--data", data, "--db-url", "jdbc:mysql://x/y", "--org", "O", "--email", "a@b.org", "--role", "admin")
                .assertCleanError("jdbcUrl: expected jdbc:postgresql://");
    }

    @Test
    void backupRotateAndRestoreFromTheCommandLine() throws Exception {
        Path data = tmp.resolve("data");
        run("a long passphrase here\n", "admin", "create-user", "--data", data.toString(), "--org", "O", "--email", "a@b.org", "--role", "attorney");
        String clientId;
        try (Database db = Database.open(DataConfig.sqlite(data))) {
            User u = new Accounts(db).findUser("a@b.org").orElseThrow();
            clientId = new org.pcrnavigator.app.store.Clients(db, new org.pcrnavigator.app.store.AuditLog(db)).create(u, "José", "{}").id();
        }
        CliRun rotated = run("", "admin", "rotate-key", "--data", data.toString());
        assertThat(rotated.exit()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("1 row(s) re-encrypted").contains("retired");

        Path file = tmp.resolve("backup.zip");
        CliRun backup = run("", "backup", "--data", data.toString(), "--out", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("clients=1").contains("keys");

        Path fresh = tmp.resolve("fresh");
        run("", "restore", "--data", fresh.toString(), file.toString()).assertCleanError("no encryption key in");
        Files.createDirectories(fresh.resolve("keys"));
        try (Stream<Path> keys = Files.list(data.resolve("keys"))) {
            for (Path k : (Iterable<Path>) keys::iterator) if (Files.isRegularFile(k)) Files.copy(k, fresh.resolve("keys").resolve(k.getFileName()));
        }
        CliRun restored = run("", "restore", "--data", fresh.toString(), file.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        try (Database db = Database.open(DataConfig.sqlite(fresh))) {
            User u = new Accounts(db).findUser("a@b.org").orElseThrow();
            assertThat(new org.pcrnavigator.app.store.Clients(db, new org.pcrnavigator.app.store.AuditLog(db)).get(u, clientId))
                    .get().extracting(f -> f.displayName()).isEqualTo("José");
        }
        run("", "restore", "--data", fresh.toString(), file.toString()).assertCleanError("not empty");
        run("", "restore", "--data", fresh.toString(), tmp.resolve("missing.zip").toString()).assertCleanError("no such file");
    }
}
