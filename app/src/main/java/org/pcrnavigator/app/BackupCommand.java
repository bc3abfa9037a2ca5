package org.pcrnavigator.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pcrnavigator.app.store.Backup;
import org.pcrnavigator.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pcr backup --data DIR --out FILE}: a consistent backup, safe to take while the workbench runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent backup of the workbench database (a zip of JSON lines), safe while the workbench runs.",
                "Encrypted fields stay encrypted: back up DIR/keys/ separately, or the backup cannot be read."})
final class BackupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file to write (replaced if it exists)") Path out;

    @Override
    public Integer call() {
        try (Database db = Database.open(data.existing(), false)) {
            Backup.Manifest m = Backup.write(db, out);
            spec.commandLine().getOut().println("backup written to " + out + ": " + m.rows() + " (schema " + m.schemaVersion()
                    + "); it needs key(s) " + m.keyIds() + " from " + db.cipher().directory() + ", which is not in the backup");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
