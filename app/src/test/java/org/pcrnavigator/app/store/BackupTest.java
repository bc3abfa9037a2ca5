package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore: a faithful round trip, a consistent snapshot under writes, and refusals that keep nothing. */
class BackupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;
    Database db;
    DataConfig cfg;
    User attorney;
    Clients clients;

    /** The database backed up: SQLite here, PostgreSQL in {@link PostgresStoreTest}. */
    DataConfig config() { return StoreFixture.sqlite(tmp); }

    /** An empty database to restore into, whose keys folder is {@code keys} copied from the source when asked. */
    DataConfig emptyTarget(String name) { return DataConfig.sqlite(tmp.resolve(name)); }

    @BeforeEach
    void open() {
        cfg = config();
        db = Database.open(cfg);
        attorney = StoreFixture.user(db, "Office", "ana@example.org", Role.ATTORNEY);
        clients = new Clients(db, new AuditLog(db));
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithTheSameKeys() throws IOException {
        Accounts accounts = new Accounts(db);
        User admin = StoreFixture.user(db, "Office", "boss@example.org", Role.ADMIN);
        StoreFixture.user(db, "Other office", "x@other.org", Role.ADMIN);
        String token = accounts.createApiToken("ana@example.org");
        ClientFile a = clients.create(attorney, "José Ramírez", "{\"a\":1}");
        clients.update(attorney, a.id(), "{\"a\":2}", "notes ñ", 1);
        ClientFile b = clients.create(attorney, "Ana Lopez", "{\"b\":1}");
        int auditBefore = new AuditLog(db).list(admin, null, null, 1000).size();

        Path file = tmp.resolve("out/backup.zip");
        Backup.Manifest m = Backup.write(db, file);
        assertThat(m.rows()).containsEntry("orgs", 2L).containsEntry("users", 3L).containsEntry("clients", 2L).containsEntry("tokens", 1L);
        assertThat(m.keyIds()).containsExactly(db.cipher().currentKeyId());
        assertThat(m.schemaVersion()).isEqualTo(db.schemaVersion()).isPositive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String clientsLines = new String(zip.getInputStream(zip.getEntry("clients.jsonl")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(clientsLines).as("ciphertexts stay encrypted").doesNotContain("Ramírez").doesNotContain("Ramirez").contains("\"k");
        }

        DataConfig target = emptyTarget("restored");
        copyKeys(cfg, target);
        db.close();
        db = null;
        try (Database restored = Database.open(target, false)) {
            Backup.restore(restored, file);
            Clients there = new Clients(restored, new AuditLog(restored));
            ClientFile back = there.get(attorney, a.id()).orElseThrow();
            assertThat(back.displayName()).isEqualTo("José Ramírez");
            assertThat(back.caseJson()).isEqualTo("{\"a\":2}");
            assertThat(back.notes()).isEqualTo("notes ñ");
            assertThat(back.version()).isEqualTo(2);
            assertThat(there.list(attorney, null)).extracting(ClientSummary::id).containsExactlyInAnyOrder(a.id(), b.id());
            Accounts acc = new Accounts(restored);
            assertThat(acc.authenticate("ana@example.org", StoreFixture.PASSWORD, "127.0.0.1")).contains(attorney);
            assertThat(acc.userForApiToken(token)).contains(attorney);
            List<AuditEntry> log = new AuditLog(restored).list(admin, null, null, 1000);
            // the restored entries, then the get, list and login above, each with a fresh sequence number
            assertThat(log).hasSize(auditBefore + 3);
            assertThat(log).extracting(AuditEntry::seq).doesNotHaveDuplicates();

            assertThatThrownBy(() -> Backup.restore(restored, file))
                    .isInstanceOf(Backup.RestoreRefused.class).hasMessageContaining("not empty");
        }
    }

    @Test
    void aRestoreWithoutTheKeysIsRefusedAndKeepsNothing() {
        clients.create(attorney, "José Ramírez", "{}");
        Path file = tmp.resolve("backup.zip");
        Backup.write(db, file);
        db.close();
        db = null;
        DataConfig target = emptyTarget("elsewhere");
        try (Database other = Database.open(target)) {      // a fresh key, not the one the backup needs
            assertThatThrownBy(() -> Backup.restore(other, file))
                    .isInstanceOf(Backup.RestoreRefused.class).hasMessageContaining("needs encryption key").hasMessageContaining("keys");
            assertThat(StoreFixture.number(other, "SELECT COUNT(*) FROM users")).isZero();
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndKeepsNothing() throws IOException {
        clients.create(attorney, "José Ramírez", "{}");
        Path file = tmp.resolve("backup.zip");
        Backup.write(db, file);
        Path damaged = tmp.resolve("damaged.zip");
        // drop the last client line: the counts no longer match the manifest
        rewrite(file, damaged, (name, bytes) -> name.equals("clients.jsonl") ? new byte[0] : bytes);
        DataConfig target = emptyTarget("restored");
        copyKeys(cfg, target);
        db.close();
        db = null;
        try (Database restored = Database.open(target, false)) {
            assertThatThrownBy(() -> Backup.restore(restored, damaged))
                    .isInstanceOf(Backup.RestoreRefused.class).hasMessageContaining("clients has 0 rows but the manifest says 1");
            assertThat(StoreFixture.number(restored, "SELECT COUNT(*) FROM users")).as("rolled back").isZero();
            Path notBackup = tmp.resolve("not.zip");
            rewrite(file, notBackup, (name, bytes) -> name.equals("manifest.json") ? null : bytes);
            assertThatThrownBy(() -> Backup.restore(restored, notBackup)).hasMessageContaining("no manifest.json");
        }
    }

    @Test
    void aBackupTakenWhileAnotherProcessWritesIsOneSnapshot() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer;
        try (Database other = Database.open(cfg)) {
            Clients there = new Clients(other, new AuditLog(other));
            writer = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) there.create(attorney, "Client " + i, "{\"i\":" + i + "}");
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            writer.start();
            try {
                for (int round = 0; round < 4; round++) {
                    Path file = tmp.resolve("b" + round + ".zip");
                    Backup.Manifest m = Backup.write(db, file);
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        Set<String> clientIds = new HashSet<>(ids(zip, "clients.jsonl", "id", null));
                        Set<String> created = new HashSet<>(ids(zip, "audit.jsonl", "client_id", "client.create"));
                        assertThat(clientIds).as("round %d: every client has its audit entry and no entry lacks its client", round)
                                .isEqualTo(created);
                        assertThat((long) clientIds.size()).isEqualTo(m.rows().get("clients"));
                    }
                    Thread.sleep(30);
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
        assertThat(failure.get()).isNull();
    }

    private static List<String> ids(ZipFile zip, String entry, String field, String action) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                if (action == null || action.equals(n.path("action").asText())) out.add(n.get(field).asText());
            }
        }
        return out;
    }

    interface EntryEdit { byte[] apply(String name, byte[] bytes); }

    static void rewrite(Path from, Path to, EntryEdit edit) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = edit.apply(e.getName(), in.getInputStream(e).readAllBytes());
                if (b == null) continue;
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
    }

    static void copyKeys(DataConfig from, DataConfig to) {
        try {
            Files.createDirectories(to.keysDir());
            try (Stream<Path> files = Files.list(from.keysDir())) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) Files.copy(f, to.keysDir().resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
