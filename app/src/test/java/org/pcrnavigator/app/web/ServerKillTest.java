package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.AuditLog;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.DataConfig;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.User;

/**
 * {@code pcr serve} killed with SIGKILL while clients are being created over HTTP: every creation the
 * server had answered (303 to the new file) is there after a restart, and the database is intact.
 */
class ServerKillTest {
    private static final Pattern LISTENING = Pattern.compile("workbench: (http://[0-9.]+:[0-9]+)/");

    @Test
    void everyAnsweredWriteSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        DataConfig cfg = DataConfig.sqlite(dir.resolve("data"));
        User user;
        try (Database db = Database.open(cfg)) {
            user = new Accounts(db).createUser("Office", "ana@example.org", Role.ATTORNEY, WorkbenchFixture.PASSWORD.toCharArray());
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.pcrnavigator.app.Main",
                "serve", "--port", "0", "--data", cfg.dataDir().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> answered = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String base = null;
            for (String line; base == null && (line = out.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) base = m.group(1);
            }
            assertThat(base).as("the server said where it listens").isNotNull();
            Browserless b = new Browserless(base);
            assertThat(b.login("ana@example.org", WorkbenchFixture.PASSWORD).statusCode()).isEqualTo(303);
            b.get("/clients");
            String csrf = b.csrf;
            // a second writer keeps a request in flight at the moment of the kill
            Thread inFlight = new Thread(() -> {
                Browserless w = new Browserless(b.base);
                for (int i = 0; i < 10_000; i++) {
                    try {
                        w.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.base + "/clients"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", Workbench.SESSION_COOKIE + "=" + b.cookie(Workbench.SESSION_COOKIE))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&name=Racer+" + i)).build());
                    } catch (RuntimeException e) {
                        return;   // the server is gone
                    }
                }
            });
            inFlight.start();
            for (int i = 0; i < 30; i++) {
                HttpResponse<String> r = b.post("/clients", Map.of("name", "Client " + i, "statute", "PC 484(a)", "_csrf", csrf), false);
                assertThat(r.statusCode()).isEqualTo(303);
                String location = r.headers().firstValue("Location").orElseThrow();
                answered.add(location.split("/")[2]);
            }
            server.destroyForcibly();   // SIGKILL: no shutdown hook runs
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
            inFlight.join(20_000);
        } finally {
            server.destroyForcibly();
        }
        assertThat(server.exitValue()).as("killed, not exited").isNotZero();
        try (Database db = Database.open(cfg)) {
            Clients clients = new Clients(db, new AuditLog(db));
            for (String id : answered) {
                assertThat(clients.get(user, id)).as("client %s, answered before the kill", id).isPresent();
            }
            List<String> integrity = db.jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
            assertThat(integrity).containsExactly("ok");
        }
    }
}
