package org.pcrnavigator.app.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pcrnavigator.app.security.FieldCipher;

/**
 * Replaces the field-encryption key: adds a new key and makes it current, re-encrypts every encrypted field under it
 * in small transactions, checks that no field still names another key, then moves the other keys to
 * {@code keys/retired/}. Run it with the workbench stopped (a process on this machine notices the new key at its next
 * write, but one on another machine would not). If it stops half way, running it again finishes the job.
 */
public final class KeyRotation {
    private static final int BATCH = 100;

    private KeyRotation() {}

    /** What a rotation did. */
    public record Result(String newKeyId, List<String> retiredKeyIds, int rowsReencrypted) {}

    /** Rotates the key of {@code db}'s keyring and re-encrypts its data; see the class comment. */
    public static Result rotate(Database db) {
        FieldCipher cipher = db.cipher();
        String fresh = cipher.addKey();
        String prefix = "k" + fresh + ":";
        int rows = 0;
        for (EncryptedColumns t : EncryptedColumns.ALL) {
            String stale = staleCondition(t);
            while (true) {
                int done = db.jdbi().inTransaction(h -> {
                    List<Map<String, Object>> batch = h.createQuery("SELECT * FROM " + t.table() + " WHERE " + stale + " ORDER BY "
                                    + t.idColumn() + " LIMIT " + BATCH)
                            .bind("p", prefix + "%").mapToMap().list();
                    for (Map<String, Object> row : batch) {
                        String id = (String) row.get(t.idColumn());
                        Map<String, Object> fresher = new HashMap<>();
                        StringBuilder set = new StringBuilder();
                        StringBuilder same = new StringBuilder();
                        for (String col : t.columns()) {
                            String old = (String) row.get(col);
                            if (set.length() > 0) set.append(", ");
                            set.append(col).append(" = :new_").append(col);
                            fresher.put("new_" + col, cipher.encrypt(cipher.decrypt(old, t.aad(col, id)), t.aad(col, id)));
                            same.append(" AND ").append(old == null ? col + " IS NULL" : col + " = :old_" + col);
                            if (old != null) fresher.put("old_" + col, old);
                        }
                        // Compare-and-set: a row changed meanwhile is left for the next batch.
                        h.createUpdate("UPDATE " + t.table() + " SET " + set + " WHERE " + t.idColumn() + " = :id" + same)
                                .bindMap(fresher).bind("id", id).execute();
                    }
                    return batch.size();
                });
                rows += done;
                if (done == 0) break;
            }
            long left = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + t.table() + " WHERE " + stale)
                    .bind("p", prefix + "%").mapTo(Long.class).one());
            if (left > 0) throw new IllegalStateException(left + " rows of " + t.table() + " still use an old key; run rotate-key again");
        }
        List<String> retired = new ArrayList<>();
        for (String id : cipher.keyIds()) {
            if (!id.equals(fresh)) {
                cipher.retire(id);
                retired.add(id);
            }
        }
        return new Result(fresh, retired, rows);
    }

    /** SQL that is true for a row with any encrypted column not under the key whose prefix is bound as {@code :p}. */
    private static String staleCondition(EncryptedColumns t) {
        List<String> parts = new ArrayList<>();
        for (String col : t.columns()) parts.add("(" + col + " IS NOT NULL AND " + col + " NOT LIKE :p)");
        return "(" + String.join(" OR ", parts) + ")";
    }
}
