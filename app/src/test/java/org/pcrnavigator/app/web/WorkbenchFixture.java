package org.pcrnavigator.app.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.AuditLog;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.DataConfig;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.Sessions;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;

/**
 * A running workbench on a free port over a fresh SQLite data folder, with two organisations: Alpha
 * (an admin, an advocate and a read-only volunteer) and Beta (an attorney).
 */
final class WorkbenchFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    static final String ALPHA_ADMIN = "admin@alpha.example";
    static final String ALPHA_ADVOCATE = "advocate@alpha.example";
    static final String ALPHA_VOLUNTEER = "volunteer@alpha.example";
    static final String BETA_ATTORNEY = "attorney@beta.example";
    private static final KnowledgeBase KB = KnowledgeBaseLoader.bundled();

    final Database db;
    final Accounts accounts;
    final Clients clients;
    final AuditLog audit;
    final Javalin app;
    final String base;

    WorkbenchFixture(Path dir) { this(DataConfig.sqlite(dir.resolve("data")), true); }

    WorkbenchFixture(DataConfig config, boolean createUsers) { this(config, createUsers, java.util.Set.of()); }

    WorkbenchFixture(DataConfig config, boolean createUsers, java.util.Set<String> trustedProxies) {
        db = Database.open(config);
        audit = new AuditLog(db);
        accounts = new Accounts(db);
        clients = new Clients(db, audit);
        if (createUsers) {
            accounts.createUser("Alpha", ALPHA_ADMIN, Role.ADMIN, PASSWORD.toCharArray());
            accounts.createUser("Alpha", ALPHA_ADVOCATE, Role.ADVOCATE, PASSWORD.toCharArray());
            accounts.createUser("Alpha", ALPHA_VOLUNTEER, Role.VOLUNTEER, PASSWORD.toCharArray());
            accounts.createUser("Beta", BETA_ATTORNEY, Role.ATTORNEY, PASSWORD.toCharArray());
        }
        Workbench.Services s = new Workbench.Services(db, accounts, new Sessions(db, Duration.ofMinutes(30), Duration.ofHours(12)),
                clients, audit, KB, new Analyzer(KB), drafts(), Clock.systemDefaultZone(), false, trustedProxies, null);
        app = Workbench.create(s).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    static Drafts drafts() { return new DraftingDrafts(KB); }

    Browserless browser() { return new Browserless(base); }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
