package org.pcrnavigator.app.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the workbench's data lives. With {@code jdbcUrl} null the database is the SQLite file
 * {@code dataDir/pcr.db} (WAL journal, busy timeout 5000 ms, foreign keys on); otherwise it is the database at
 * {@code jdbcUrl} ({@code jdbc:postgresql://...}). The encryption keys always live under {@code dataDir/keys/}, never
 * in the database.
 */
public record DataConfig(Path dataDir, String jdbcUrl, String user, String password) {
    public DataConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (jdbcUrl != null && jdbcUrl.isBlank()) jdbcUrl = null;
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("jdbcUrl: expected jdbc:postgresql://HOST/DB (or none for the SQLite file in the data folder), got "
                    + mask(jdbcUrl));
        }
    }

    /** The default: the SQLite file {@code dataDir/pcr.db} and the keys in {@code dataDir/keys/}. */
    public static DataConfig sqlite(Path dataDir) { return new DataConfig(dataDir, null, null, null); }

    /** Whether the database is SQLite (the default file or an explicit {@code jdbc:sqlite:} URL). */
    public boolean isSqlite() { return jdbcUrl == null || jdbcUrl.startsWith("jdbc:sqlite:"); }

    /** The folder holding the encryption keys: {@code dataDir/keys}. */
    public Path keysDir() { return dataDir.resolve("keys"); }

    /** The SQLite file used when no JDBC URL is given: {@code dataDir/pcr.db}. */
    public Path sqliteFile() { return dataDir.resolve("pcr.db"); }

    /** Where the database is, for messages: the SQLite file, or the JDBC URL with any password in it masked. */
    public String location() {
        return jdbcUrl == null ? "sqlite:" + sqliteFile() : mask(jdbcUrl);
    }

    private static String mask(String url) { return url.replaceAll("password=[^&]*", "password=***"); }

    /** Hides the password, which must not reach a log. */
    @Override
    public String toString() {
        return "DataConfig[dataDir=" + dataDir + ", jdbcUrl=" + location()
                + ", user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
