package org.pcrnavigator.app.store;

import java.nio.file.Path;

/**
 * Opens the database a store test runs against: the SQLite file in a temporary data folder, or, when
 * {@code PCR_TEST_PG_URL} is set and {@code postgres} is asked for, a PostgreSQL database emptied first.
 */
final class StoreFixture {
    private StoreFixture() {}

    static final String PG_URL = System.getenv("PCR_TEST_PG_URL");

    static DataConfig sqlite(Path dir) { return DataConfig.sqlite(dir.resolve("data")); }

    /** The PostgreSQL config from the environment, keys under {@code dir}; null when PG is not configured. */
    static DataConfig postgres(Path dir) {
        if (PG_URL == null || PG_URL.isBlank()) return null;
        return new DataConfig(dir.resolve("data"), PG_URL, System.getenv("PCR_TEST_PG_USER"), System.getenv("PCR_TEST_PG_PASSWORD"));
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
}
