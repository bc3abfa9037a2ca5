package org.pcrnavigator.app;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.AuditLog;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.DataConfig;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.Sessions;
import org.pcrnavigator.app.web.Demo;
import org.pcrnavigator.app.web.DraftingDrafts;
import org.pcrnavigator.app.web.Workbench;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pcr serve}: runs the web workbench until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web workbench (SQLite in the data folder by default, or PostgreSQL with --db-url).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "the HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for the office network, behind TLS)")
    String host;

    @Option(names = "--demo", description = "on an empty data folder, create a demo organisation, an admin and the example cases")
    boolean demo;

    @Option(names = "--secure-cookies", description = "mark cookies Secure and send HSTS: use when served over HTTPS")
    boolean secureCookies;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "the address of a reverse proxy or load balancer in front of the workbench (repeatable); only its "
                    + "X-Forwarded-For header is believed, for login throttling per address")
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the address users reach the workbench at, e.g. https://pcr.office.example (for calendar links; default: as each request says)")
    String baseUrl;

    @Option(names = "--session-idle-minutes", defaultValue = "30", description = "sign out after this many idle minutes (default: ${DEFAULT-VALUE})")
    int idleMinutes;

    @Mixin DataOptions data;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new Errors.UsageError("--port must be from 0 to 65535, not " + port);
        if (idleMinutes < 1) throw new Errors.UsageError("--session-idle-minutes must be at least 1, not " + idleMinutes);
        PrintWriter out = spec.commandLine().getOut();
        Database db = Database.open(data.config());
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        AuditLog audit = new AuditLog(db);
        Accounts accounts = new Accounts(db);
        Clients clients = new Clients(db, audit);
        Sessions sessions = new Sessions(db, Duration.ofMinutes(idleMinutes), Duration.ofHours(12));
        Clock clock = Clock.systemDefaultZone();
        if (demo) {
            String login = Demo.seed(accounts, clients, data.data, LocalDate.now(clock));
            out.println(login != null ? "Demo office created. Log in with " + login + " (also in " + data.data.resolve("demo-login.txt") + ")"
                    : "Demo office already set up; its login is in " + data.data.resolve("demo-login.txt"));
        }
        Workbench.Services services = new Workbench.Services(db, accounts, sessions, clients, audit, kb, new Analyzer(kb),
                new DraftingDrafts(kb), clock, secureCookies, java.util.Set.copyOf(trustedProxies),
                baseUrl == null ? null : baseUrl.replaceAll("/+$", ""));
        Javalin app = Workbench.create(services);
        try {
            app.start(host, port);
        } catch (io.javalin.util.JavalinBindException e) {
            db.close();
            throw new Errors.UsageError("--port " + port + ": the port is in use on " + host + "; stop what uses it or choose another with --port N");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
        DataConfig cfg = data.config();
        out.println("PCR Navigator workbench: http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/  (data: "
                + cfg.location() + ", keys in " + cfg.keysDir() + "; stop with Ctrl-C)");
        out.flush();
        Thread.currentThread().join();   // the server runs on its own threads; this command ends with the process
        return 0;
    }
}
