package org.pcrnavigator.app.store;

import java.nio.file.Path;

/**
 * The child process of {@link KillTest}: writes client files in a loop and prints each id once its transaction has
 * committed, until it is killed. Arguments: DATA_DIR EMAIL [JDBC_URL USER PASSWORD].
 */
public final class KillWriter {
    private KillWriter() {}

    public static void main(String[] args) {
        DataConfig c = args.length > 2 ? new DataConfig(Path.of(args[0]), args[2], args[3], args[4]) : DataConfig.sqlite(Path.of(args[0]));
        Database db = Database.open(c);
        User u = new Accounts(db).findUser(args[1]).orElseThrow();
        Clients clients = new Clients(db, new AuditLog(db));
        for (int i = 0; ; i++) {
            ClientFile f = clients.create(u, "Client " + i, "{\"format\":\"pcr-case/1\",\"n\":" + i + "}");
            System.out.println(f.id());
            System.out.flush();
        }
    }
}
