package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.security.FieldCipher;

/** Field encryption: round trips, binding to the row, the key file, and no plaintext in the database file. */
class FieldCipherTest {
    @TempDir Path tmp;

    @Test
    void seededRandomValuesRoundTripAndAreBoundToTheirField() {
        FieldCipher c = FieldCipher.open(tmp.resolve("keys"), true);
        Random random = new Random(20261128);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int j = 0; j < n; j++) sb.appendCodePoint(random.nextInt(3) == 0 ? 0x00C0 + random.nextInt(0x17F - 0xC0) : 0x20 + random.nextInt(0x5F));
            String plain = sb.toString();
            String aad = "clients.case_json:" + i;
            String stored = c.encrypt(plain, aad);
            assertThat(stored).as("seed case %d", i).startsWith("k" + c.currentKeyId() + ":");
            assertThat(c.decrypt(stored, aad)).as("seed case %d", i).isEqualTo(plain);
            assertThat(c.encrypt(plain, aad)).as("a fresh IV every time").isNotEqualTo(stored);
        }
        assertThat(c.encrypt(null, "x")).isNull();
        assertThat(c.decrypt(null, "x")).isNull();
    }

    @Test
    void aCiphertextMovedToAnotherRowOrColumnOrAlteredIsRejected() {
        FieldCipher c = FieldCipher.open(tmp.resolve("keys"), true);
        String stored = c.encrypt("José Ramírez", "clients.display_name:row-1");
        assertThatThrownBy(() -> c.decrypt(stored, "clients.display_name:row-2"))
                .isInstanceOf(FieldCipher.RejectedCiphertextException.class).hasMessageContaining("row-2");
        assertThatThrownBy(() -> c.decrypt(stored, "clients.notes:row-1")).isInstanceOf(FieldCipher.RejectedCiphertextException.class);
        char[] chars = stored.toCharArray();
        int last = chars.length - 3;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> c.decrypt(new String(chars), "clients.display_name:row-1"))
                .isInstanceOf(FieldCipher.RejectedCiphertextException.class);
        assertThatThrownBy(() -> c.decrypt("José Ramírez", "clients.display_name:row-1"))
                .isInstanceOf(FieldCipher.RejectedCiphertextException.class);
    }

    @Test
    void damagedValuesAreRejectedCleanlyNeverWithAnotherError() {
        FieldCipher c = FieldCipher.open(tmp.resolve("keys"), true);
        String good = c.encrypt("José Ramírez, A012345678", "clients.display_name:r");
        Random random = new Random(7);
        String alphabet = "k:0123456789abcdefABCDEF+/=xyz";
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder(good);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.setLength(at);
                }
            }
            String damaged = sb.toString();
            if (damaged.equals(good)) continue;
            try {
                c.decrypt(damaged, "clients.display_name:r");
                org.junit.jupiter.api.Assertions.fail("seed case " + i + ": a damaged value decrypted: " + damaged);
            } catch (FieldCipher.RejectedCiphertextException | FieldCipher.MissingKeyException expected) {
                // the only two answers a damaged value may get
            }
        }
    }

    @Test
    void theKeyIsCreatedOnceOutsideTheDatabaseReadableByTheOwnerOnly() throws Exception {
        Path data = tmp.resolve("data");
        String first;
        try (Database db = Database.open(DataConfig.sqlite(data))) {
            first = db.cipher().currentKeyId();
        }
        try (Database db = Database.open(DataConfig.sqlite(data))) {
            assertThat(db.cipher().currentKeyId()).as("the second run reuses the key").isEqualTo(first);
        }
        Path keyFile = data.resolve("keys").resolve(first + ".key");
        assertThat(keyFile).exists();
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys")))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).as("a new data folder").isEqualTo("rwx------");
        }
        assertThatThrownBy(() -> FieldCipher.open(tmp.resolve("elsewhere"), false))
                .isInstanceOf(FieldCipher.MissingKeyException.class).hasMessageContaining("keys/");

        // a key file copied alone to a new machine (no "current" file) is used, not replaced by a new key
        Path copied = tmp.resolve("copied");
        Files.createDirectories(copied);
        Files.copy(keyFile, copied.resolve(keyFile.getFileName()));
        FieldCipher there = FieldCipher.open(copied, false);
        assertThat(there.currentKeyId()).isEqualTo(first);
        FieldCipher here = FieldCipher.open(data.resolve("keys"), false);
        assertThat(there.decrypt(here.encrypt("x", "t.c:1"), "t.c:1")).isEqualTo("x");
    }

    @Test
    void noPlaintextReachesTheDatabaseFiles() throws Exception {
        Path data = tmp.resolve("data");
        String name = "Zacarías Quintanilla";
        String aNumber = "A098765432";
        try (Database db = Database.open(DataConfig.sqlite(data))) {
            User u = StoreFixture.user(db, "Office", "ana@example.org", Role.ATTORNEY);
            Clients clients = new Clients(db, new AuditLog(db));
            ClientFile f = clients.create(u, name, "{\"client\":{\"name\":\"" + name + "\",\"a_number\":\"" + aNumber + "\"}}");
            clients.update(u, f.id(), "{\"client\":{\"a_number\":\"" + aNumber + "\"}}", "met " + name + " at the jail", 1);
            clients.list(u, "Zacar");
            assertThat(clients.get(u, f.id()).orElseThrow().notes()).contains(name);
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isDirectory(f)) continue;
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String rawUtf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(raw).as(f.toString()).doesNotContain("Quintanilla").doesNotContain(aNumber).doesNotContain("Zacar");
                assertThat(rawUtf8).as(f.toString()).doesNotContain(name);
            }
        }
    }
}
