package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.security.FieldCipher;

/** Key rotation: every field moves to the new key, the old key is retired, nothing is lost. */
class KeyRotationTest {
    @TempDir Path tmp;
    Database db;
    DataConfig cfg;
    User user;
    Clients clients;

    DataConfig config() { return StoreFixture.sqlite(tmp); }

    @BeforeEach
    void open() {
        cfg = config();
        db = Database.open(cfg);
        user = StoreFixture.user(db, "Office", "ana@example.org", Role.ATTORNEY);
        clients = new Clients(db, new AuditLog(db));
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    @Test
    void rotationReencryptsEveryFieldAndRetiresTheOldKey() {
        String oldKey = db.cipher().currentKeyId();
        List<ClientFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {      // more than one batch
            ClientFile f = clients.create(user, "Client " + i + " Ñúñez", "{\"i\":" + i + "}");
            if (i % 3 == 0) f = clients.update(user, f.id(), f.caseJson(), "note " + i, 1);
            files.add(f);
        }
        try (Database running = Database.open(cfg)) {   // another process, opened before the rotation
            KeyRotation.Result r = KeyRotation.rotate(db);
            assertThat(r.newKeyId()).isNotEqualTo(oldKey);
            assertThat(r.retiredKeyIds()).containsExactly(oldKey);
            assertThat(r.rowsReencrypted()).isEqualTo(130);
            assertThat(db.cipher().keyIds()).containsExactly(r.newKeyId());
            assertThat(cfg.keysDir().resolve("retired").resolve(oldKey + ".key")).exists();
            assertThat(cfg.keysDir().resolve(oldKey + ".key")).doesNotExist();

            List<String> stored = StoreFixture.strings(db, "SELECT display_name FROM clients UNION ALL SELECT case_json FROM clients "
                    + "UNION ALL SELECT notes FROM clients WHERE notes IS NOT NULL");
            assertThat(stored).hasSize(130 * 2 + 44).allMatch(s -> s.startsWith("k" + r.newKeyId() + ":"));
            for (ClientFile f : files) {
                ClientFile back = clients.get(user, f.id()).orElseThrow();
                assertThat(back).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(f);
            }
            // the running process reads the new ciphertexts and writes with the new key
            Clients there = new Clients(running, new AuditLog(running));
            assertThat(there.get(user, files.get(5).id()).orElseThrow().displayName()).isEqualTo("Client 5 Ñúñez");
            ClientFile later = there.create(user, "After", "{}");
            assertThat(StoreFixture.strings(db, "SELECT display_name FROM clients WHERE id = '" + later.id() + "'").get(0))
                    .startsWith("k" + r.newKeyId() + ":");
        }
    }

    @Test
    void aRotationStoppedHalfWayIsFinishedByTheNextOne() {
        ClientFile f = clients.create(user, "Ana", "{}");
        String first = db.cipher().currentKeyId();
        db.cipher().addKey();                  // as if a rotation stopped right after adding its key
        ClientFile g = clients.create(user, "Bea", "{}");
        KeyRotation.Result r = KeyRotation.rotate(db);
        assertThat(r.retiredKeyIds()).hasSize(2).contains(first);
        assertThat(clients.get(user, f.id()).orElseThrow().displayName()).isEqualTo("Ana");
        assertThat(clients.get(user, g.id()).orElseThrow().displayName()).isEqualTo("Bea");
    }

    @Test
    void aValueUnderARetiredKeySaysWhereTheKeyWent() throws Exception {
        String old = db.cipher().currentKeyId();
        String stale = db.cipher().encrypt("x", "t.c:1");
        KeyRotation.rotate(db);
        assertThatThrownBy(() -> db.cipher().decrypt(stale, "t.c:1"))
                .isInstanceOf(FieldCipher.MissingKeyException.class).hasMessageContaining(old).hasMessageContaining("retired/");
        Files.move(cfg.keysDir().resolve("retired").resolve(old + ".key"), cfg.keysDir().resolve(old + ".key"));
        assertThat(db.cipher().decrypt(stale, "t.c:1")).as("a key moved back is found again").isEqualTo("x");
    }
}
