package org.pcrnavigator.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pcrnavigator.app.store.Backup;
import org.pcrnavigator.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pcr restore --data DIR FILE}: a backup into an empty database, checked before anything is kept. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into an empty database (a new data folder, or an empty PostgreSQL database).",
                "Copy the keys the backup needs into DIR/keys/ first. Everyone logs in again afterwards."})
final class RestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;
    @Parameters(paramLabel = "FILE", description = "the backup written by 'pcr backup'") Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new Errors.UsageError("no such file: " + file);
        try (Database db = Database.open(data.config(), false)) {
            Backup.Manifest m = Backup.restore(db, file);
            spec.commandLine().getOut().println("restored " + file + " (written " + m.createdAt() + "): " + m.rows());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
