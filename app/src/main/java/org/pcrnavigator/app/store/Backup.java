package org.pcrnavigator.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.pcrnavigator.app.security.FieldCipher;

/**
 * {@code pcr backup} and {@code pcr restore}: the database as a zip of JSON lines, one file per table, and a
 * {@code manifest.json} with the format, the schema version, the row counts and the ids of the keys the encrypted
 * fields need. All tables are read in one snapshot, so a backup taken while the workbench runs is consistent.
 * Encrypted fields stay encrypted: the keys are not in the backup and must be backed up separately
 * ({@code DATA/keys/}). Sessions and login-failure counters are not backed up: after a restore everyone logs in again.
 */
public final class Backup {
    /** The format name in the manifest. */
    public static final String FORMAT = "pcr-backup/1";
    /** Tables in the order a restore inserts them (parents before children). */
    static final List<String> TABLES = List.of("orgs", "users", "tokens", "clients", "audit");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Backup() {}

    /** What a backup holds, as its manifest says; {@code createdAt} is an ISO-8601 instant. */
    public record Manifest(String format, int schemaVersion, String createdAt, Map<String, Long> rows, List<String> keyIds) {}

    /** A backup that cannot be restored here, with the reason and what to do. */
    public static final class RestoreRefused extends RuntimeException {
        public RestoreRefused(String message) { super(message); }
    }

    /**
     * Writes a backup of {@code db} to {@code out} (replaced atomically, permissions 0600) and returns its manifest.
     * Consistent while other processes write: every table is read inside one snapshot.
     */
    public static Manifest write(Database db, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(target.getParent(), ".pcr-backup-", ".zip",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(target.getParent(), ".pcr-backup-", ".zip");
            try {
                Manifest m;
                try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                    m = db.readSnapshot(h -> writeTables(h, db, zip));
                    zip.putNextEntry(new ZipEntry("manifest.json"));
                    zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
                    zip.closeEntry();
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return m;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    private static Manifest writeTables(Handle h, Database db, ZipOutputStream zip) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Set<String> keyIds = new TreeSet<>();
        try {
            for (String table : TABLES) {
                zip.putNextEntry(new ZipEntry(table + ".jsonl"));
                long n = 0;
                try (var rows = h.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().stream()) {
                    for (Iterator<Map<String, Object>> it = rows.iterator(); it.hasNext(); ) {
                        Map<String, Object> row = it.next();
                        for (EncryptedColumns t : EncryptedColumns.ALL) {
                            if (!t.table().equals(table)) continue;
                            for (String col : t.columns()) FieldCipher.keyIdOf((String) row.get(col)).ifPresent(keyIds::add);
                        }
                        zip.write(JSON.writeValueAsBytes(row));
                        zip.write('\n');
                        n++;
                    }
                }
                zip.closeEntry();
                counts.put(table, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(FORMAT, db.schemaVersion(), Instant.now().toString(), counts, List.copyOf(keyIds));
    }

    /**
     * Restores the backup {@code in} into {@code db}, which must be empty (freshly migrated) and whose keyring must
     * hold every key the manifest names. Inserts everything in one transaction, then checks the row counts against
     * the manifest and that every encrypted field decrypts; on any failure nothing is kept. Throws
     * {@link RestoreRefused} with the reason.
     */
    public static Manifest restore(Database db, Path in) {
        try (ZipFile zip = new ZipFile(in.toFile())) {
            Manifest m = readManifest(zip, in);
            if (m.schemaVersion() > db.schemaVersion()) {
                throw new RestoreRefused(in + " was written by a newer version (schema " + m.schemaVersion() + ", this one has "
                        + db.schemaVersion() + "): restore it with that version of pcr");
            }
            List<String> missing = new ArrayList<>(m.keyIds());
            missing.removeAll(db.cipher().keyIds());
            if (!missing.isEmpty()) {
                throw new RestoreRefused(in + " needs encryption key(s) " + missing + ", which are not in " + db.cipher().directory()
                        + ": copy the key files (<id>.key, from the keys/ folder backed up with the data, or its retired/) there first");
            }
            db.jdbi().useTransaction(h -> {
                Map<String, Long> present = new LinkedHashMap<>();
                for (String table : TABLES) {
                    long n = h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
                    if (n > 0) present.put(table, n);
                }
                if (!present.isEmpty()) {
                    throw new RestoreRefused("the database is not empty " + present
                            + ": restore only into a new data folder or an empty PostgreSQL database");
                }
                for (String table : TABLES) {
                    long n = insertTable(h, zip, table, in);
                    long expected = m.rows().getOrDefault(table, 0L);
                    if (n != expected) {
                        throw new RestoreRefused(in + ": " + table + " has " + n + " rows but the manifest says " + expected + "; the backup is damaged");
                    }
                }
                verifyDecryptable(h, db.cipher());
                if (!db.config().isSqlite()) {
                    h.execute("SELECT setval(pg_get_serial_sequence('audit', 'seq'), COALESCE((SELECT MAX(seq) FROM audit), 0) + 1, false)");
                }
            });
            return m;
        } catch (IOException e) {
            throw new RestoreRefused("cannot read the backup " + in + ": " + e.getMessage());
        }
    }

    private static Manifest readManifest(ZipFile zip, Path in) throws IOException {
        ZipEntry e = zip.getEntry("manifest.json");
        if (e == null) throw new RestoreRefused(in + " is not a pcr backup: it has no manifest.json");
        Manifest m;
        try {
            m = JSON.readValue(zip.getInputStream(e), Manifest.class);
        } catch (JsonProcessingException bad) {
            throw new RestoreRefused(in + ": manifest.json is not valid: " + bad.getOriginalMessage());
        }
        if (!FORMAT.equals(m.format())) throw new RestoreRefused(in + ": format " + m.format() + " is not " + FORMAT);
        if (m.rows() == null || m.keyIds() == null) throw new RestoreRefused(in + ": manifest.json lacks rows or keyIds");
        return m;
    }

    private static long insertTable(Handle h, ZipFile zip, String table, Path in) throws IOException {
        ZipEntry e = zip.getEntry(table + ".jsonl");
        if (e == null) throw new RestoreRefused(in + ": " + table + ".jsonl is missing");
        Set<String> columns = columns(h, table);
        long n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode row = JSON.readTree(line);
                if (!(row instanceof ObjectNode obj)) throw new RestoreRefused(in + ": " + table + ".jsonl line " + (n + 1) + " is not an object");
                List<String> names = new ArrayList<>();
                obj.fieldNames().forEachRemaining(names::add);
                for (String c : names) {
                    if (!columns.contains(c.toLowerCase(java.util.Locale.ROOT))) {
                        throw new RestoreRefused(in + ": " + table + " has a column " + c + " this version does not know");
                    }
                }
                var insert = h.createUpdate("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (:"
                        + String.join(", :", names) + ")");
                for (String c : names) {
                    JsonNode v = obj.get(c);
                    if (v.isNull()) insert.bindNull(c, java.sql.Types.NULL);
                    else if (v.isIntegralNumber()) insert.bind(c, v.longValue());
                    else if (v.isTextual()) insert.bind(c, v.textValue());
                    else throw new RestoreRefused(in + ": " + table + "." + c + " holds " + v.getNodeType() + "; expected text or a whole number");
                }
                insert.execute();
                n++;
            }
        }
        return n;
    }

    private static Set<String> columns(Handle h, String table) {
        return h.createQuery("SELECT * FROM " + table + " WHERE 1 = 0").scanResultSet((supplier, ctx) -> {
            ResultSetMetaData md = supplier.get().getMetaData();
            Set<String> names = new TreeSet<>();
            for (int i = 1; i <= md.getColumnCount(); i++) names.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            return names;
        });
    }

    private static void verifyDecryptable(Handle h, FieldCipher cipher) {
        for (EncryptedColumns t : EncryptedColumns.ALL) {
            try (var rows = h.createQuery("SELECT * FROM " + t.table()).mapToMap().stream()) {
                rows.forEach(row -> {
                    String id = (String) row.get(t.idColumn());
                    for (String col : t.columns()) {
                        try {
                            cipher.decrypt((String) row.get(col), t.aad(col, id));
                        } catch (FieldCipher.RejectedCiphertextException | FieldCipher.MissingKeyException bad) {
                            throw new RestoreRefused("the backup's " + t.aad(col, id) + " cannot be decrypted with the keys in "
                                    + cipher.directory() + " (" + bad.getMessage() + ")");
                        }
                    }
                });
            }
        }
    }
}
