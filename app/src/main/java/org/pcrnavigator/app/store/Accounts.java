package org.pcrnavigator.app.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.pcrnavigator.app.security.Passwords;
import org.pcrnavigator.app.security.Secrets;

/**
 * Organisations, users, logins and tokens. Passwords are Argon2id hashes; API and calendar tokens are random
 * 256-bit secrets of which only the SHA-256 is stored; failed logins are counted in the database, so every process
 * sharing it throttles the same way.
 */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final RowMapper<User> USER = (rs, ctx) ->
            new User(rs.getString("id"), rs.getString("org_id"), rs.getString("email"), Role.valueOf(rs.getString("role")));

    /**
     * How many failed logins are allowed within {@code window}: per e-mail address (guessing one password) and per
     * remote address (trying many accounts).
     */
    public record Throttle(int maxPerEmail, int maxPerAddress, Duration window) {
        /** 5 failures per e-mail and 20 per address within 15 minutes. */
        public static final Throttle DEFAULT = new Throttle(5, 20, Duration.ofMinutes(15));
    }

    private final Database db;
    private final AuditLog audit;
    private final Throttle throttle;
    private final Clock clock;

    /** Accounts in {@code db} with the default throttle. */
    public Accounts(Database db) { this(db, Throttle.DEFAULT, Clock.systemUTC()); }

    /** Accounts in {@code db} with the given throttle and clock. */
    public Accounts(Database db, Throttle throttle, Clock clock) {
        this.db = db;
        this.audit = new AuditLog(db, clock);
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The organisation named {@code name} (trimmed), created if it does not exist yet. */
    public Org createOrg(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) throw new IllegalArgumentException("org: expected a name of 1 to 200 characters, got '" + n + "'");
        return findOrg(n).orElseGet(() -> {
            try {
                return db.jdbi().inTransaction(h -> {
                    Org org = new Org(UUID.randomUUID().toString(), n);
                    h.createUpdate("INSERT INTO orgs (id, name, created_at) VALUES (:id, :name, :at)")
                            .bind("id", org.id()).bind("name", n).bind("at", clock.millis()).execute();
                    return org;
                });
            } catch (RuntimeException raced) {   // another process created it between our look and our insert
                return findOrg(n).orElseThrow(() -> raced);
            }
        });
    }

    /** The organisation named {@code name}, if any. */
    public Optional<Org> findOrg(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, name FROM orgs WHERE name = :name")
                .bind("name", name == null ? "" : name.strip())
                .map((rs, ctx) -> new Org(rs.getString("id"), rs.getString("name"))).findOne());
    }

    /**
     * Creates a user in the organisation {@code orgName} (created if new). The e-mail is lower-cased and must be new;
     * the password must have at least {@value Passwords#MIN_LENGTH} characters. Bad input: {@link IllegalArgumentException}
     * naming the field.
     */
    public User createUser(String orgName, String email, Role role, char[] password) {
        Passwords.check(password);
        return insertUser(orgName, email, role, () -> Passwords.hash(password), null);
    }

    /** As {@link #insertUser(String, String, Role, java.util.function.Supplier, User)} from the command line (no acting user). */
    User insertUser(String orgName, String email, Role role, java.util.function.Supplier<String> hash) {
        return insertUser(orgName, email, role, hash, null);
    }

    /**
     * Creates the user with the password hash {@code hash} supplies (computed only once the input is valid). The audit
     * entry names {@code actor} (the admin who added the user), or the new user where the command line created it.
     */
    User insertUser(String orgName, String email, Role role, java.util.function.Supplier<String> hash, User actor) {
        String e = normaliseEmail(email).orElseThrow(() ->
                new IllegalArgumentException("email: expected an address like name@example.org, got '" + email + "'"));
        if (role == null) throw new IllegalArgumentException("role: expected admin, attorney, advocate or volunteer");
        if (findUser(e).isPresent()) throw new IllegalArgumentException("email: a user with the address " + e + " already exists");
        Org org = createOrg(orgName);
        String passwordHash = hash.get();
        User u = new User(UUID.randomUUID().toString(), org.id(), e, role);
        db.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO users (id, org_id, email, role, password_hash, created_at) VALUES (:id, :org, :email, :role, :hash, :at)")
                    .bind("id", u.id()).bind("org", u.orgId()).bind("email", e).bind("role", role.name()).bind("hash", passwordHash)
                    .bind("at", clock.millis()).execute();
            audit.record(h, actor != null ? actor : u, "user.create", null,
                    "user=" + u.id() + " role=" + role.name().toLowerCase(Locale.ROOT));
        });
        return u;
    }

    /** The user with this e-mail (any case), if any. */
    public Optional<User> findUser(String email) {
        Optional<String> e = normaliseEmail(email);
        if (e.isEmpty()) return Optional.empty();
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM users WHERE email = :email").bind("email", e.get()).map(USER).findOne());
    }

    /**
     * The user whose e-mail and password these are, or empty. Throws {@link LoginThrottledException} when the e-mail or
     * {@code remoteAddr} has had too many failures within the window; an unknown e-mail costs as long as a wrong
     * password. A success clears the e-mail's failures; failures of a known user are audited.
     *
     * <p>Each attempt is written down <em>before</em> the password is checked and the limit is then counted with it:
     * concurrent guesses each see the attempts committed before them, so no more than the limit get through however
     * many are sent at once. At most {@link #CONCURRENT_CHECKS} password checks run at a time (each takes 19 MiB).
     */
    public Optional<User> authenticate(String email, char[] password, String remoteAddr) {
        String e = normaliseEmail(email).orElse(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String emailKey = "email:" + e;
        String addrKey = "addr:" + (remoteAddr == null || remoteAddr.isBlank() ? "unknown" : remoteAddr.strip());
        long now = clock.millis();
        long since = now - throttle.window().toMillis();
        long[] attempt = db.jdbi().inTransaction(h -> {
            long[] ids = new long[2];
            int i = 0;
            for (String key : List.of(emailKey, addrKey)) {
                h.createUpdate("DELETE FROM login_failures WHERE subject = :s AND at <= :since").bind("s", key).bind("since", since).execute();
                ids[i++] = h.createUpdate("INSERT INTO login_failures (subject, at) VALUES (:s, :at)").bind("s", key).bind("at", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            return ids;
        });
        try {
            db.jdbi().useHandle(h -> {
                checkThrottle(h, emailKey, throttle.maxPerEmail(), since, now);
                checkThrottle(h, addrKey, throttle.maxPerAddress(), since, now);
            });
        } catch (LoginThrottledException throttled) {
            forget(attempt);   // refused unchecked: a refused attempt does not lengthen the lock
            throw throttled;
        }
        record Found(User user, String hash) {}
        Optional<Found> found = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM users WHERE email = :email").bind("email", e)
                .map((rs, ctx) -> new Found(USER.map(rs, ctx), rs.getString("password_hash"))).findOne());
        boolean ok;
        PASSWORD_CHECKS.acquireUninterruptibly();
        try {
            if (found.isEmpty()) {
                Passwords.burnTime(password);
                ok = false;
            } else {
                ok = Passwords.matches(password, found.get().hash());
            }
        } finally {
            PASSWORD_CHECKS.release();
        }
        db.jdbi().useTransaction(h -> {
            if (ok) {
                h.createUpdate("DELETE FROM login_failures WHERE subject = :s").bind("s", emailKey).execute();
                h.createUpdate("DELETE FROM login_failures WHERE id = :id").bind("id", attempt[1]).execute();
                audit.record(h, found.get().user(), "login.success", null, null);
            } else if (found.isPresent()) {
                audit.record(h, found.get().user(), "login.failure", null, null);
            }
        });
        return ok ? Optional.of(found.get().user()) : Optional.empty();
    }

    /** How many password checks may run at once. */
    public static final int CONCURRENT_CHECKS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final java.util.concurrent.Semaphore PASSWORD_CHECKS = new java.util.concurrent.Semaphore(CONCURRENT_CHECKS, true);

    private void forget(long[] attemptIds) {
        db.jdbi().useHandle(h -> {
            for (long id : attemptIds) h.createUpdate("DELETE FROM login_failures WHERE id = :id").bind("id", id).execute();
        });
    }

    private static void checkThrottle(Handle h, String key, int max, long since, long now) {
        var row = h.createQuery("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE subject = :s AND at > :since")
                .bind("s", key).bind("since", since)
                .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("oldest")}).one();
        if (row[0] > max) {   // the count includes the attempt being made
            long windowMs = now - since;
            throw new LoginThrottledException(java.time.Duration.ofMillis(Math.max(1000, row[1] + windowMs - now)));
        }
    }

    /** A new API token for the user with this e-mail; the secret is returned once and only its hash is stored. */
    public String createApiToken(String email) {
        User u = findUser(email).orElseThrow(() -> new IllegalArgumentException("email: no user with the address " + email));
        return createToken(u, "api");
    }

    /** The user an API token belongs to, if the token is valid. */
    public Optional<User> userForApiToken(String token) { return userForToken(token, "api"); }

    /** A new read-only token for the user's iCalendar feed; stored as a hash like API tokens. */
    public String createCalendarToken(User u) { return createToken(u, "calendar"); }

    /** The user a calendar token belongs to, if the token is valid. An API token is not a calendar token, and vice versa. */
    public Optional<User> userForCalendarToken(String token) { return userForToken(token, "calendar"); }

    /** Revokes every token of {@code kind} ("api" or "calendar") the user has; returns how many. */
    public int revokeTokens(User u, String kind) {
        return db.jdbi().inTransaction(h -> {
            int n = h.createUpdate("DELETE FROM tokens WHERE user_id = :u AND kind = :k").bind("u", u.id()).bind("k", kind).execute();
            audit.record(h, u, "token.revoke", null, "kind=" + kind + " count=" + n);
            return n;
        });
    }

    private String createToken(User u, String kind) {
        String token = Secrets.newToken();
        db.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO tokens (token_hash, kind, user_id, created_at) VALUES (:h, :k, :u, :at)")
                    .bind("h", Secrets.hash(token)).bind("k", kind).bind("u", u.id()).bind("at", clock.millis()).execute();
            audit.record(h, u, "token.create", null, "kind=" + kind);
        });
        return token;
    }

    private Optional<User> userForToken(String token, String kind) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        return db.jdbi().withHandle(h -> h.createQuery("SELECT u.* FROM tokens t JOIN users u ON u.id = t.user_id "
                        + "WHERE t.token_hash = :h AND t.kind = :k")
                .bind("h", Secrets.hash(token.strip())).bind("k", kind).map(USER).findOne());
    }

    /**
     * A new user in the admin's own organisation (the Users page). Only an admin may add one; the password
     * rules are those of {@link #createUser}.
     */
    public User addUser(User admin, String email, Role role, char[] password) {
        if (!admin.role().canAdminister()) throw new AccessDeniedException("only an admin may add users");
        String orgName = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM orgs WHERE id = :id")
                .bind("id", admin.orgId()).mapTo(String.class).one());
        Passwords.check(password);
        if (findUser(email).isPresent()) {
            // the same answer whichever office holds the address: an admin learns nothing about other offices
            throw new IllegalArgumentException("email: this address cannot be added; if the person already has an account, "
                    + "ask an administrator to move it");
        }
        return insertUser(orgName, email, role, () -> Passwords.hash(password), admin);
    }

    /** The users of the admin's organisation, by e-mail. Throws {@link AccessDeniedException} unless the actor is an admin. */
    public List<User> users(User admin) {
        if (!admin.role().canAdminister()) throw new AccessDeniedException("only an admin may list users");
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM users WHERE org_id = :org ORDER BY email")
                .bind("org", admin.orgId()).map(USER).list());
    }

    static Optional<String> normaliseEmail(String email) {
        if (email == null) return Optional.empty();
        String e = email.strip().toLowerCase(Locale.ROOT);
        return e.length() <= 320 && EMAIL.matcher(e).matches() ? Optional.of(e) : Optional.empty();
    }
}
