package org.pcrnavigator.app;

import java.nio.file.Path;
import org.pcrnavigator.app.store.DataConfig;
import picocli.CommandLine.Option;

/** The options that say where the workbench's data lives, shared by every command that opens the database. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "the data folder: the SQLite file pcr.db and the encryption keys in keys/ (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:PCR_DB_URL}",
            description = "a PostgreSQL database instead of the SQLite file, e.g. jdbc:postgresql://127.0.0.1:5432/pcr (env PCR_DB_URL)")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:PCR_DB_USER}", description = "database user (env PCR_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:PCR_DB_PASSWORD}",
            description = "database password (env PCR_DB_PASSWORD; prefer the variable: a command line is visible to other users)")
    String dbPassword;

    /** The data configuration these options describe. */
    DataConfig config() { return new DataConfig(data, dbUrl, dbUser, dbPassword); }

    /** As {@link #config()}, for commands that need existing data: an error if the SQLite file is not there. */
    DataConfig existing() {
        DataConfig c = config();
        if (c.jdbcUrl() == null && !java.nio.file.Files.isRegularFile(c.sqliteFile())) {
            throw new Errors.UsageError("no workbench data in " + data + " (no pcr.db): check --data, or create the first user with 'pcr admin create-user'");
        }
        return c;
    }
}
