package org.pcrnavigator.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The audit log of an organisation: who read or changed which client file, and when. Entries are written in the same
 * transaction as what they record, so a change is never without its entry nor an entry without its change. Details
 * must not hold client data (names, facts): the log is not encrypted.
 */
public final class AuditLog {
    private static final int MAX_DETAIL = 1000;

    private final Database db;
    private final Clock clock;

    /** The audit log in {@code db}. */
    public AuditLog(Database db) { this(db, Clock.systemUTC()); }

    /** As {@link #AuditLog(Database)}, with the clock that stamps entries. */
    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records an entry inside the caller's transaction {@code h}, in the actor's organisation. */
    public void record(Handle h, User actor, String action, String clientId, String detail) {
        h.createUpdate("INSERT INTO audit (at, org_id, user_id, user_email, action, client_id, detail) "
                        + "VALUES (:at, :org, :user, :email, :action, :client, :detail)")
                .bind("at", clock.millis())
                .bind("org", actor.orgId())
                .bind("user", actor.id())
                .bind("email", actor.email())
                .bind("action", action)
                .bind("client", clientId)
                .bind("detail", detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .execute();
    }

    /** Records an entry in a transaction of its own (for events that change nothing else). */
    public void record(User actor, String action, String clientId, String detail) {
        db.jdbi().useTransaction(h -> record(h, actor, action, clientId, detail));
    }

    /**
     * The entries of the admin's organisation with {@code from <= at < to} (either may be null: open), newest first,
     * at most {@code limit} (1 to 10000). Throws {@link AccessDeniedException} unless the actor is an admin.
     */
    public List<AuditEntry> list(User admin, Instant from, Instant to, int limit) {
        requireAdmin(admin);
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit: expected 1 to 10000, got " + limit);
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit WHERE org_id = :org AND at >= :from AND at < :to "
                        + "ORDER BY seq DESC LIMIT :limit")
                .bind("org", admin.orgId())
                .bind("from", from == null ? Long.MIN_VALUE : from.toEpochMilli())
                .bind("to", to == null ? Long.MAX_VALUE : to.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("org_id"),
                        rs.getString("user_id"), rs.getString("user_email"), rs.getString("action"), rs.getString("client_id"),
                        rs.getString("detail")))
                .list());
    }

    /**
     * Writes every entry of the admin's organisation, oldest first, as CSV (RFC 4180, header line first) and records
     * the export itself. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
     */
    public void exportCsv(User admin, Writer out) {
        requireAdmin(admin);
        db.jdbi().useTransaction(h -> {
            record(h, admin, "audit.export", null, null);
            try {
                out.write("seq,at,user_email,user_id,action,client_id,detail\r\n");
                try (var rows = h.createQuery("SELECT * FROM audit WHERE org_id = :org ORDER BY seq")
                        .bind("org", admin.orgId())
                        .map((rs, ctx) -> String.join(",", Long.toString(rs.getLong("seq")),
                                Instant.ofEpochMilli(rs.getLong("at")).toString(), csv(rs.getString("user_email")),
                                csv(rs.getString("user_id")), csv(rs.getString("action")), csv(rs.getString("client_id")),
                                csv(rs.getString("detail"))))
                        .stream()) {
                    for (String line : (Iterable<String>) rows::iterator) out.write(line + "\r\n");
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit export", e);
            }
        });
    }

    static String csv(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void requireAdmin(User actor) {
        if (!actor.role().canAdminister()) throw new AccessDeniedException("only an admin may read the audit log");
    }
}
