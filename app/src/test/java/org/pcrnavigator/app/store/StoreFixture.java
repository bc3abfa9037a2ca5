package org.pcrnavigator.app.store;

import java.nio.file.Path;

/**
 * Opens the database a store test runs against: the SQLite file in a temporary data folder, or, when
 * {@code PCR_TEST_PG_URL} is set and {@code postgres} is asked for, a PostgreSQL database emptied first.
 */
final class StoreFixture {
    private StoreFixture() {}

    static final String PG_URL = System.getenv("PCR_TEST_PG_URL");
    private static boolean pgSchemaDropped;

    static DataConfig sqlite(Path dir) { return DataConfig.sqlite(dir.resolve("data")); }

    /**
     * The PostgreSQL database named by {@code PCR_TEST_PG_URL} (user and password from {@code PCR_TEST_PG_USER} and
     * {@code PCR_TEST_PG_PASSWORD}), emptied first, with keys under {@code dir}; skips the test when the variable is unset.
     */
    static DataConfig postgres(Path dir) {
        org.junit.jupiter.api.Assumptions.assumeTrue(PG_URL != null && !PG_URL.isBlank(),
                "PCR_TEST_PG_URL is not set: PostgreSQL tests skipped");
        DataConfig c = new DataConfig(dir.resolve("data"), PG_URL, System.getenv("PCR_TEST_PG_USER"), System.getenv("PCR_TEST_PG_PASSWORD"));
        try (java.sql.Connection conn = java.sql.DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
             java.sql.Statement st = conn.createStatement()) {
            if (!pgSchemaDropped) {      // once per run, so an edited migration starts from scratch
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
                pgSchemaDropped = true;
            } else {                     // then only empty the tables: migrating again for every test is slow
                java.util.List<String> tables = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'")) {
                    while (rs.next()) tables.add(rs.getString(1));
                }
                if (!tables.isEmpty()) st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + PG_URL + ": " + e.getMessage(), e);
        }
        return c;
    }

    /** The first column of every row {@code sql} returns, as text. */
    static java.util.List<String> strings(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    /** The single number {@code sql} returns. */
    static long number(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static final char[] PASSWORD = "correct horse battery".toCharArray();

    /** The Argon2id hash of {@link #PASSWORD}, computed once: tests that only need users skip the deliberate slowness. */
    private static final String PASSWORD_HASH = org.pcrnavigator.app.security.Passwords.hash(PASSWORD);

    /** A user whose password is {@link #PASSWORD}, created through the same path as {@link Accounts#createUser}. */
    static User user(Database db, String org, String email, Role role) {
        return new Accounts(db).insertUser(org, email, role, () -> PASSWORD_HASH);
    }
}
