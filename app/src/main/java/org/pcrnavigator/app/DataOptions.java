package org.pcrnavigator.app;

import java.nio.file.Path;
import org.pcrnavigator.app.store.DataConfig;
import picocli.CommandLine.Option;

/** Where the workbench's data lives: a folder (SQLite file and key files) and, for an office, a PostgreSQL URL. */
final class DataOptions {
    @Option(names = "--data", defaultValue = "data", description = "the data folder: SQLite database and encryption keys (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:PCR_DB_URL}", description = "a PostgreSQL JDBC URL instead of the SQLite file (env PCR_DB_URL); keys stay in --data")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:PCR_DB_USER}", description = "database user (env PCR_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:PCR_DB_PASSWORD}", description = "database password (env PCR_DB_PASSWORD)")
    String dbPassword;

    DataConfig config() {
        return dbUrl == null || dbUrl.isBlank() ? DataConfig.sqlite(dataDir) : new DataConfig(dataDir, dbUrl, dbUser, dbPassword);
    }
}
