package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions: fresh tokens, idle and absolute expiry, and sharing between processes. */
class SessionsTest {
    @TempDir Path tmp;
    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    Sessions sessions;
    User user;

    /** The database under test: SQLite here, PostgreSQL in {@link PostgresStoreTest}. */
    DataConfig config() { return StoreFixture.sqlite(tmp); }

    DataConfig cfg;

    @BeforeEach
    void open() {
        cfg = config();
        db = Database.open(cfg);
        sessions = new Sessions(db, Duration.ofMinutes(30), Duration.ofHours(8), clock);
        user = StoreFixture.user(db, "Office", "ana@example.org", Role.ATTORNEY);
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    @Test
    void aSessionIsFoundByItsTokenOnlyAndTheDatabaseKeepsOnlyItsHash() {
        Session s = sessions.create(user);
        Session t = sessions.create(user);
        assertThat(s.token()).isNotEqualTo(t.token()).hasSize(43);
        assertThat(s.csrfToken()).isNotEqualTo(s.token()).isNotEqualTo(t.csrfToken());
        Session found = sessions.find(s.token()).orElseThrow();
        assertThat(found.user()).isEqualTo(user);
        assertThat(found.csrfToken()).isEqualTo(s.csrfToken());
        assertThat(sessions.find(s.token() + "A")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(StoreFixture.strings(db, "SELECT token_hash FROM sessions"))
                .doesNotContain(s.token(), t.token());
        sessions.delete(s.token());
        assertThat(sessions.find(s.token())).isEmpty();
        assertThat(sessions.find(t.token())).isPresent();
    }

    @Test
    void useSlidesTheIdleExpiryUpToTheAbsoluteLimit() {
        Session s = sessions.create(user);
        for (int i = 0; i < 15; i++) {       // 15 × 29 min = 7 h 15 min, each step within the idle time
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(s.token())).as("after %d steps", i + 1).isPresent();
        }
        clock.advance(Duration.ofMinutes(29));   // 7 h 44 min
        assertThat(sessions.find(s.token())).isPresent();
        clock.advance(Duration.ofMinutes(29));   // past 8 h
        assertThat(sessions.find(s.token())).isEmpty();
    }

    @Test
    void anIdleSessionExpires() {
        Session s = sessions.create(user);
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(s.token())).isEmpty();
        assertThat(StoreFixture.number(db, "SELECT COUNT(*) FROM sessions"))
                .as("the expired session was deleted").isZero();
    }

    @Test
    void aSessionCreatedThroughOneProcessIsFoundThroughAnother() {
        try (Database second = Database.open(cfg)) {
            Sessions there = new Sessions(second, Duration.ofMinutes(30), Duration.ofHours(8), clock);
            Session s = sessions.create(user);
            assertThat(there.find(s.token())).map(Session::user).contains(user);
            Session t = there.create(user);
            assertThat(sessions.find(t.token())).map(Session::csrfToken).contains(t.csrfToken());
            there.delete(s.token());
            assertThat(sessions.find(s.token())).isEmpty();
            // the other process also reads client files the first one wrote, with the same key
            ClientFile c = new Clients(db, new AuditLog(db)).create(user, "Ana", "{}");
            assertThat(new Clients(second, new AuditLog(second)).get(user, c.id())).map(ClientFile::displayName).contains("Ana");
        }
    }
}
