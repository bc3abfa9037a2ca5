package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.store.DataConfig;

/**
 * Two workbench servers on one database, as an office behind a load balancer runs them: a session begun
 * on one is good on the other, a client created through one is read through the other, and a sign-out on
 * one ends the session on both. Nothing a request needs lives only in one server's memory.
 */
class TwoProcessesTest {
    @Test
    void twoServersShareSessionsAndClientFiles(@TempDir Path dir) {
        try (WorkbenchFixture one = new WorkbenchFixture(dir);
             WorkbenchFixture two = new WorkbenchFixture(DataConfig.sqlite(dir.resolve("data")), false)) {
            Browserless a = one.browser();
            assertThat(a.login(WorkbenchFixture.ALPHA_ADVOCATE, WorkbenchFixture.PASSWORD).statusCode()).isEqualTo(303);
            a.get("/clients");
            HttpResponse<String> created = a.post("/clients", Map.of("name", "Shared Across Servers", "statute", "PC 484(a)"), true);
            assertThat(created.statusCode()).isEqualTo(303);
            String path = created.headers().firstValue("Location").orElseThrow();

            // the same browser session, sent to the other server
            Browserless b = two.browser();
            java.net.HttpCookie c = new java.net.HttpCookie(Workbench.SESSION_COOKIE, a.cookie(Workbench.SESSION_COOKIE));
            c.setPath("/");
            c.setVersion(0);
            b.cookies.getCookieStore().add(URI.create(two.base), c);
            HttpResponse<String> page = b.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Shared Across Servers");
            // its CSRF token is the session's, so a form from one server posts to the other
            assertThat(b.post("/logout", Map.of(), true).statusCode()).isEqualTo(303);
            assertThat(a.get("/clients").statusCode()).as("signed out on both").isEqualTo(303);
        }
    }
}
