package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, passwords, login throttling and tokens. */
class AccountsTest {
    @TempDir Path tmp;
    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    Accounts accounts;

    /** The database under test: SQLite here, PostgreSQL in {@link PostgresStoreTest}. */
    DataConfig config() { return StoreFixture.sqlite(tmp); }

    DataConfig cfg;

    @BeforeEach
    void open() {
        cfg = config();
        db = Database.open(cfg);
        accounts = new Accounts(db, new Accounts.Throttle(3, 5, Duration.ofMinutes(10)), clock);
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    @Test
    void aUserLogsInWithTheRightPasswordOnly() {
        User u = accounts.createUser("Office", " Ana@Example.ORG ", Role.ATTORNEY, StoreFixture.PASSWORD);
        assertThat(u.email()).isEqualTo("ana@example.org");
        assertThat(accounts.authenticate("ANA@example.org", StoreFixture.PASSWORD, "10.0.0.1")).contains(u);
        assertThat(accounts.authenticate("ana@example.org", "correct horse battery!".toCharArray(), "10.0.0.1")).isEmpty();
        assertThat(accounts.authenticate("nobody@example.org", StoreFixture.PASSWORD, "10.0.0.1")).isEmpty();
        String stored = StoreFixture.strings(db, "SELECT password_hash FROM users").get(0);
        assertThat(stored).startsWith("$argon2id$").doesNotContain("horse");
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> accounts.createUser("Office", "a@b.org", Role.ADMIN, "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password:").hasMessageContaining("12");
        assertThatThrownBy(() -> accounts.createUser("Office", "not-an-address", Role.ADMIN, StoreFixture.PASSWORD))
                .hasMessageStartingWith("email:");
        assertThatThrownBy(() -> accounts.createUser(" ", "a@b.org", Role.ADMIN, StoreFixture.PASSWORD)).hasMessageStartingWith("org:");
        accounts.createUser("Office", "a@b.org", Role.ADMIN, StoreFixture.PASSWORD);
        assertThatThrownBy(() -> accounts.createUser("Office", "A@B.org", Role.ADMIN, StoreFixture.PASSWORD))
                .hasMessageStartingWith("email:").hasMessageContaining("already exists");
        assertThatThrownBy(() -> Role.parse("boss")).hasMessageStartingWith("role:");
        assertThat(Role.parse("Volunteer")).isEqualTo(Role.VOLUNTEER);
    }

    @Test
    void repeatedFailuresForOneEmailAreThrottledThenForgiven() {
        accounts.createUser("Office", "ana@example.org", Role.ATTORNEY, StoreFixture.PASSWORD);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(accounts.authenticate("ana@example.org", "wrong password!!".toCharArray(), "10.0.0." + i)).isEmpty();
        }
        // even the right password is not checked while throttled, from any address
        assertThatThrownBy(() -> accounts.authenticate("ana@example.org", StoreFixture.PASSWORD, "10.9.9.9"))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).retryAfter()).isEqualTo(Duration.ofMinutes(8)));
        clock.advance(Duration.ofMinutes(8));
        assertThat(accounts.authenticate("ana@example.org", StoreFixture.PASSWORD, "10.9.9.9")).isPresent();
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.authenticate("user" + i + "@example.org", StoreFixture.PASSWORD, "203.0.113.7")).isEmpty();
        }
        assertThatThrownBy(() -> accounts.authenticate("other@example.org", StoreFixture.PASSWORD, "203.0.113.7"))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(accounts.authenticate("other@example.org", StoreFixture.PASSWORD, "198.51.100.1")).isEmpty();
    }

    @Test
    void throttlingIsSharedByProcessesOnOneDatabase() {
        accounts.createUser("Office", "ana@example.org", Role.ATTORNEY, StoreFixture.PASSWORD);
        try (Database other = Database.open(cfg)) {
            Accounts there = new Accounts(other, new Accounts.Throttle(3, 5, Duration.ofMinutes(10)), clock);
            for (int i = 0; i < 3; i++) there.authenticate("ana@example.org", "wrong password!!".toCharArray(), "10.0.0.1");
        }
        assertThatThrownBy(() -> accounts.authenticate("ana@example.org", StoreFixture.PASSWORD, "10.0.0.2"))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void tokensAreStoredHashedAndKeptApartByKind() {
        User u = accounts.createUser("Office", "ana@example.org", Role.ATTORNEY, StoreFixture.PASSWORD);
        String api = accounts.createApiToken("ANA@example.org");
        String cal = accounts.createCalendarToken(u);
        assertThat(api).hasSize(43).isNotEqualTo(cal);
        assertThat(accounts.userForApiToken(api)).contains(u);
        assertThat(accounts.userForCalendarToken(cal)).contains(u);
        assertThat(accounts.userForApiToken(cal)).as("a calendar token is read-only").isEmpty();
        assertThat(accounts.userForCalendarToken(api)).isEmpty();
        assertThat(accounts.userForApiToken(api + "x")).isEmpty();
        assertThat(accounts.userForApiToken(null)).isEmpty();
        List<String> stored = StoreFixture.strings(db, "SELECT token_hash FROM tokens");
        assertThat(stored).hasSize(2).doesNotContain(api, cal).allMatch(s -> s.matches("[0-9a-f]{64}"));
        assertThat(accounts.revokeTokens(u, "api")).isEqualTo(1);
        assertThat(accounts.userForApiToken(api)).isEmpty();
        assertThatThrownBy(() -> accounts.createApiToken("nobody@example.org")).hasMessageStartingWith("email:");
    }

    @Test
    void anAdminListsOnlyTheirOwnOrganisation() {
        User admin = accounts.createUser("A", "admin@a.org", Role.ADMIN, StoreFixture.PASSWORD);
        User att = accounts.createUser("A", "att@a.org", Role.ATTORNEY, StoreFixture.PASSWORD);
        accounts.createUser("B", "admin@b.org", Role.ADMIN, StoreFixture.PASSWORD);
        assertThat(accounts.users(admin)).containsExactly(admin, att);
        assertThatThrownBy(() -> accounts.users(att)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.createOrg("A").id()).isEqualTo(admin.orgId());
    }

    @Test
    void guessesSentAllAtOnceGetNoMoreTriesThanTheLimit() throws Exception {
        accounts.createUser("Office", "ana@example.org", Role.ATTORNEY, StoreFixture.PASSWORD);
        int guesses = 12;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    // a different address each time: only the per-email limit (3) applies
                    assertThat(accounts.authenticate("ana@example.org", ("wrong guess " + n).toCharArray(), "10.0.0." + n)).isEmpty();
                    checked.incrementAndGet();
                } catch (LoginThrottledException e) {
                    refused.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) t.join(60_000);
        assertThat(checked.get()).as("passwords actually checked").isLessThanOrEqualTo(3);
        assertThat(checked.get() + refused.get()).isEqualTo(guesses);
        // however the burst was split (all refused is fine: that fails closed), the limit holds in total
        int more = 0;
        for (int i = 0; i < 5; i++) {
            try {
                accounts.authenticate("ana@example.org", ("later guess " + i).toCharArray(), "10.0.1." + i);
                more++;
            } catch (LoginThrottledException e) {
                break;
            }
        }
        assertThat(checked.get() + more).as("passwords checked in all").isEqualTo(3);
        assertThatThrownBy(() -> accounts.authenticate("ana@example.org", StoreFixture.PASSWORD, "10.0.2.1"))
                .isInstanceOf(LoginThrottledException.class);
    }
}
