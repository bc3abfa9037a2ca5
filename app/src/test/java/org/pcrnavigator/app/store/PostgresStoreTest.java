package org.pcrnavigator.app.store;

import org.junit.jupiter.api.Nested;

/**
 * The store tests again on PostgreSQL, with the same migrations, when {@code PCR_TEST_PG_URL} (and
 * {@code PCR_TEST_PG_USER}, {@code PCR_TEST_PG_PASSWORD}) name a database the tests may empty; skipped otherwise.
 */
class PostgresStoreTest {
    @Nested class OnPostgresClients extends ClientsTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }
    }

    @Nested class OnPostgresAccounts extends AccountsTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }
    }

    @Nested class OnPostgresSessions extends SessionsTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }
    }

    @Nested class OnPostgresKeyRotation extends KeyRotationTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }
    }

    @Nested class OnPostgresKill extends KillTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }
    }

    @Nested class OnPostgresBackup extends BackupTest {
        @Override DataConfig config() { return StoreFixture.postgres(tmp); }

        /** The same PostgreSQL database, emptied once the source is closed: the test closes it before restoring. */
        @Override DataConfig emptyTarget(String name) {
            DataConfig c = StoreFixture.postgres(tmp.resolve(name));
            return c;
        }
    }
}
