package org.pcrnavigator.app.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pcrnavigator.app.security.Secrets;

/**
 * Login sessions, kept in the database so that any process serving the office finds them. A session ends after
 * {@code idle} without use, and in any case {@code absolute} after it was created. The database stores the SHA-256 of
 * the session token, never the token.
 */
public final class Sessions {
    private final Database db;
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    /** Sessions in {@code db} that expire after {@code idle} without use or {@code absolute} after login. */
    public Sessions(Database db, Duration idle, Duration absolute) { this(db, idle, absolute, Clock.systemUTC()); }

    /** As {@link #Sessions(Database, Duration, Duration)}, with the clock that decides expiry. */
    public Sessions(Database db, Duration idle, Duration absolute, Clock clock) {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("sessions: expected 0 < idle <= absolute, got idle " + idle + ", absolute " + absolute);
        }
        this.db = db;
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    /**
     * A new session for {@code u} with a fresh random 256-bit token and CSRF token. Call it at every login (and delete
     * the session the browser had before), so a session id fixed before login is worthless. Also sweeps expired sessions.
     */
    public Session create(User u) {
        String token = Secrets.newToken();
        String csrf = Secrets.newToken();
        long now = clock.millis();
        long expires = Math.min(now + idle.toMillis(), now + absolute.toMillis());
        db.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now OR absolute_expires_at <= :now").bind("now", now).execute();
            h.createUpdate("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, absolute_expires_at) "
                            + "VALUES (:h, :u, :csrf, :now, :now, :exp, :abs)")
                    .bind("h", Secrets.hash(token)).bind("u", u.id()).bind("csrf", csrf).bind("now", now)
                    .bind("exp", expires).bind("abs", now + absolute.toMillis()).execute();
        });
        return new Session(token, u, csrf, Instant.ofEpochMilli(expires));
    }

    /**
     * The live session with this token, its idle expiry moved forward; empty when the token is unknown or the session
     * expired (an expired session is deleted). The stored expiry is rewritten only when it would move by more than a
     * twentieth of the idle time, so that reading pages does not turn every request into a write.
     */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        String hash = Secrets.hash(token);
        long now = clock.millis();
        record Row(User user, String csrf, long expires, long absolute) {}
        Optional<Row> row = db.jdbi().withHandle(h -> h.createQuery("SELECT s.csrf_token, s.expires_at, s.absolute_expires_at, u.* "
                        + "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = :h")
                .bind("h", hash)
                .map((rs, ctx) -> new Row(new User(rs.getString("id"), rs.getString("org_id"), rs.getString("email"),
                        Role.valueOf(rs.getString("role"))), rs.getString("csrf_token"), rs.getLong("expires_at"),
                        rs.getLong("absolute_expires_at")))
                .findOne());
        if (row.isEmpty()) return Optional.empty();
        Row r = row.get();
        if (now >= r.expires() || now >= r.absolute()) {
            delete(token);
            return Optional.empty();
        }
        long slid = Math.min(now + idle.toMillis(), r.absolute());
        if (slid - r.expires() <= idle.toMillis() / 20) {
            return Optional.of(new Session(token, r.user(), r.csrf(), Instant.ofEpochMilli(r.expires())));
        }
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :now, expires_at = :exp WHERE token_hash = :h")
                .bind("now", now).bind("exp", slid).bind("h", hash).execute());
        return Optional.of(new Session(token, r.user(), r.csrf(), Instant.ofEpochMilli(slid)));
    }

    /** Ends the session with this token (logout); unknown tokens are ignored. */
    public void delete(String token) {
        if (token == null) return;
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :h").bind("h", Secrets.hash(token)).execute());
    }

    /** Ends every session of {@code u} (after a password change, or "log out everywhere"); returns how many. */
    public int deleteAll(User u) {
        return db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", u.id()).execute());
    }
}
