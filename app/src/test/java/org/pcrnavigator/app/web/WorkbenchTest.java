package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcrnavigator.app.store.AuditEntry;
import org.pcrnavigator.app.store.User;

/** The workbench over HTTP: sign-in, CSRF, roles, organisation isolation, the audit trail, the interview and the API. */
class WorkbenchTest {
    @TempDir static Path dir;
    static WorkbenchFixture wb;

    @BeforeAll
    static void start() { wb = new WorkbenchFixture(dir); }

    @AfterAll
    static void stop() { wb.close(); }

    private static Browserless signedIn(String email) {
        Browserless b = wb.browser();
        assertThat(b.login(email, WorkbenchFixture.PASSWORD).statusCode()).isEqualTo(303);
        b.get("/clients");
        return b;
    }

    /** Creates a client through the form and returns its id. */
    private static String createClient(Browserless b, String name, String statute) {
        HttpResponse<String> r = b.post("/clients", Map.of("name", name, "status", "lpr", "goals", "naturalization",
                "statute", statute), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Matcher m = Pattern.compile("/clients/([^/]+)/interview").matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static User user(String email) { return wb.accounts.findUser(email).orElseThrow(); }

    @Test
    void healthAnswersAndAnonymousPagesRedirectToLogin() {
        Browserless b = wb.browser();
        assertThat(b.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> r = b.get("/clients");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/login");
        assertThat(b.get("/clients/anything/analysis").statusCode()).isEqualTo(303);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> r = wb.browser().get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'").contains("default-src 'none'");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aWrongPasswordIsRefusedAndARightOneRotatesTheSession() {
        Browserless b = wb.browser();
        assertThat(b.login(WorkbenchFixture.ALPHA_ADVOCATE, "not the password").statusCode()).isEqualTo(401);
        assertThat(b.cookie(Workbench.SESSION_COOKIE)).isNull();
        assertThat(b.login(WorkbenchFixture.ALPHA_ADVOCATE, WorkbenchFixture.PASSWORD).statusCode()).isEqualTo(303);
        String first = b.cookie(Workbench.SESSION_COOKIE);
        assertThat(b.get("/clients").statusCode()).isEqualTo(200);

        // signing in again in the same browser issues a new session id and ends the old one
        assertThat(b.login(WorkbenchFixture.ALPHA_ADVOCATE, WorkbenchFixture.PASSWORD).statusCode()).isEqualTo(303);
        String second = b.cookie(Workbench.SESSION_COOKIE);
        assertThat(second).isNotNull().isNotEqualTo(first);
        Browserless stolen = wb.browser();
        stolen.cookies.getCookieStore().add(URI.create(wb.base), cookie(first));
        assertThat(stolen.get("/clients").statusCode()).as("the id from before the login is dead").isEqualTo(303);
        Browserless current = wb.browser();
        current.cookies.getCookieStore().add(URI.create(wb.base), cookie(second));
        assertThat(current.get("/clients").statusCode()).isEqualTo(200);
    }

    private static java.net.HttpCookie cookie(String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(Workbench.SESSION_COOKIE, value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }

    @Test
    void loginWithoutItsCsrfTokenIsRefused() {
        Browserless b = wb.browser();
        b.get("/login");
        assertThat(b.post("/login", Map.of("email", WorkbenchFixture.ALPHA_ADVOCATE, "password", WorkbenchFixture.PASSWORD), false)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        int before = wb.clients.list(user(WorkbenchFixture.ALPHA_ADVOCATE), null).size();
        HttpResponse<String> r = b.post("/clients", Map.of("name", "No Token"), false);
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = b.post("/clients", Map.of("name", "Wrong Token", "_csrf", "guess"), false);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wb.clients.list(user(WorkbenchFixture.ALPHA_ADVOCATE), null)).hasSize(before);
    }

    @Test
    void anotherOrganisationsClientIsNotFoundByUrlOrByApi() {
        Browserless alpha = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(alpha, "Ana Alpha", "PC 273.5(a)");
        assertThat(alpha.get("/clients/" + id).statusCode()).isEqualTo(200);

        Browserless beta = signedIn(WorkbenchFixture.BETA_ATTORNEY);
        for (String path : new String[] {"", "/interview", "/analysis", "/drafts", "/tasks"}) {
            assertThat(beta.get("/clients/" + id + path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(beta.get("/clients").body()).doesNotContain("Ana Alpha");
        assertThat(beta.post("/clients/" + id, Map.of("case", "format: pcr-case/1", "version", "1"), true).statusCode()).isEqualTo(404);

        String betaToken = wb.accounts.createApiToken(WorkbenchFixture.BETA_ATTORNEY);
        HttpResponse<String> api = beta.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/clients/" + id))
                .header("Authorization", "Bearer " + betaToken).GET().build());
        assertThat(api.statusCode()).isEqualTo(404);
        HttpResponse<String> betaList = beta.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/clients"))
                .header("Authorization", "Bearer " + betaToken).GET().build());
        assertThat(betaList.statusCode()).isEqualTo(200);
        assertThat(betaList.body()).startsWith("[").doesNotContain("Ana Alpha").doesNotContain(id);
        String alphaToken = wb.accounts.createApiToken(WorkbenchFixture.ALPHA_ADVOCATE);
        HttpResponse<String> own = beta.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/clients/" + id + "/analysis"))
                .header("Authorization", "Bearer " + alphaToken).GET().build());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"format\" : \"pcr-analysis/1\"");
        HttpResponse<String> alphaList = beta.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/clients"))
                .header("Authorization", "Bearer " + alphaToken).GET().build());
        assertThat(alphaList.body()).contains("Ana Alpha").contains(id);
    }

    @Test
    void everyReadOfAClientFileIsInTheAuditLog() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(b, "Audrey Audit", "PC 484(a)");
        Instant from = Instant.now().minusSeconds(5);
        for (String path : new String[] {"", "/analysis", "/interview"}) {
            assertThat(b.get("/clients/" + id + path).statusCode()).isEqualTo(200);
        }
        var reads = wb.audit.list(user(WorkbenchFixture.ALPHA_ADMIN), from, Instant.now().plusSeconds(5), 1000).stream()
                .filter(e -> id.equals(e.clientId()) && e.action().equals("client.read")).toList();
        assertThat(reads).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reads).extracting(AuditEntry::userEmail).containsOnly(WorkbenchFixture.ALPHA_ADVOCATE);

        Browserless admin = signedIn(WorkbenchFixture.ALPHA_ADMIN);
        assertThat(admin.get("/audit").body()).contains(id);
        HttpResponse<String> csv = admin.get("/audit.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("client.read").contains(id);
        assertThat(b.get("/audit").statusCode()).as("only admins see the audit log").isEqualTo(403);
    }

    @Test
    void aReadOnlyVolunteerCannotChangeAnything() {
        Browserless v = signedIn(WorkbenchFixture.ALPHA_VOLUNTEER);
        assertThat(v.post("/clients", Map.of("name", "Vol Created"), true).statusCode()).isEqualTo(403);
        Browserless a = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(a, "Vera Volunteer-Read", "PC 484(a)");
        assertThat(v.get("/clients/" + id + "/analysis").statusCode()).isEqualTo(200);
        assertThat(v.post("/clients/" + id + "/interview", Map.of("fact", "convictions.c1.plea", "value", "guilty",
                "action", "answer"), true).statusCode()).isEqualTo(403);
    }

    @Test
    void theInterviewWritesAnswersAndDontKnowsIntoTheCaseFile() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(b, "Iris Interview", "PC 273.5(a)");
        String page = b.get("/clients/" + id + "/interview").body();
        assertThat(page).contains("data-fact=\"convictions.c1.pleaDate\"");

        HttpResponse<String> saved = b.post("/clients/" + id + "/interview", Map.of("fact", "convictions.c1.pleaDate",
                "value", "2010-06-01", "action", "answer"), true);
        assertThat(saved.statusCode()).isEqualTo(303);
        String json = wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().caseJson();
        assertThat(json).contains("\"pleaDate\":\"2010-06-01\"");
        assertThat(b.get("/clients/" + id + "/interview").body()).doesNotContain("data-fact=\"convictions.c1.pleaDate\"");

        HttpResponse<String> bad = b.post("/clients/" + id + "/interview", Map.of("fact", "convictions.c1.judgmentDate",
                "value", "2010-13-45", "action", "answer"), true);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("convictions.c1.judgmentDate");
        assertThat(wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().caseJson()).doesNotContain("2010-13-45");

        HttpResponse<String> unchosen = b.post("/clients/" + id + "/interview", Map.of("fact", "convictions.c1.plea",
                "value", "", "action", "answer"), true);
        assertThat(unchosen.statusCode()).as("saving without choosing records nothing").isEqualTo(400);
        assertThat(CaseDocuments.valueAt(wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().caseJson(),
                "convictions.c1.plea")).isNull();
        assertThat(b.get("/clients/" + id + "/interview").body()).contains("<option value=\"\" selected>");

        HttpResponse<String> dontKnow = b.post("/clients/" + id + "/interview", Map.of("fact", "convictions.c1.counselAdvice",
                "action", "dontknow"), true);
        assertThat(dontKnow.statusCode()).isEqualTo(303);
        String after = b.get("/clients/" + id + "/interview").body();
        assertThat(after).doesNotContain("data-fact=\"convictions.c1.counselAdvice\"");
        assertThat(after.substring(after.indexOf("<h2>"))).contains("(convictions.c1.counselAdvice)");
    }

    @Test
    void theAnalysisPageShowsGoalsAndTheirExplanations() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(b, "Ana Analysis", "PC 273.5(a)");
        String page = b.get("/clients/" + id + "/analysis").body();
        assertThat(page).contains("Naturalization").contains("class=\"goal s-").contains("<details class=\"finding\">");
        assertThat(page).contains("PC 1473.7");
    }

    @Test
    void theApiAnalysesACaseFileForAValidTokenOnly() throws Exception {
        String yaml = Files.readString(Path.of(System.getProperty("pcr.repo.root"), "examples", "lpr-dv-naturalization.yaml"));
        Browserless b = wb.browser();
        HttpResponse<String> none = b.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/analyze"))
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = b.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/analyze"))
                .header("Authorization", "Bearer not-a-token").POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        String token = wb.accounts.createApiToken(WorkbenchFixture.ALPHA_ADVOCATE);
        HttpResponse<String> ok = b.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/analyze"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        String golden = Files.readString(Path.of(System.getProperty("pcr.repo.root"), "examples", "golden", "lpr-dv-naturalization.json"));
        assertThat(ok.body().strip().replaceFirst("\"lawVersion\" : \"[^\"]*\"", "\"lawVersion\" : \"<lawVersion>\""))
                .as("the API answers as pcr analyze --format json does").isEqualTo(golden.strip());

        HttpResponse<String> bad = b.send(HttpRequest.newBuilder(URI.create(wb.base + "/api/analyze"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("format: pcr-case/1\nconvictions: [{id: c1, statute: PC 273.5(a), plea: guilt}]")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("convictions[0].plea").contains("guilty");
    }

    @Test
    void theCalendarFeedNeedsItsTokenAndListsDeadlines() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        assertThat(b.get("/calendar.ics").statusCode()).isEqualTo(401);
        String token = wb.accounts.createCalendarToken(user(WorkbenchFixture.ALPHA_ADVOCATE));
        HttpResponse<String> feed = wb.browser().get("/calendar.ics?token=" + token);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void theQuestionnaireSpeaksSpanishOnRequest() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String es = b.get("/questionnaire?lang=es").body();
        assertThat(es).contains("Cuestionario para el cliente").contains("¿Qué le dijo su abogado defensor");
        assertThat(b.get("/questionnaire").body()).as("the choice is remembered").contains("Cuestionario");
        assertThat(b.get("/questionnaire?lang=en").body()).contains("What did your defense lawyer tell you");
    }

    @Test
    void aPastedRapSheetBecomesAClientAfterReview() throws Exception {
        String sheet = Files.readString(Path.of(System.getProperty("pcr.repo.root"), "records", "src", "test", "resources",
                "rapsheets", "multi-count-17b-1203-4.txt"));
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        b.get("/import/rapsheet");
        HttpResponse<String> review = b.post("/import/rapsheet", Map.of("sheet", sheet), true);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("format: pcr-case/1").contains("action=\"/import/rapsheet/confirm\"");
        Matcher draft = Pattern.compile("<textarea id=\"case\"[^>]*>([^<]*)</textarea>").matcher(review.body());
        assertThat(draft.find()).isTrue();
        String yaml = Browserless.unescape(draft.group(1));

        HttpResponse<String> noName = b.post("/import/rapsheet/confirm", Map.of("case", yaml, "name", " "), true);
        assertThat(noName.statusCode()).isEqualTo(400);
        HttpResponse<String> created = b.post("/import/rapsheet/confirm", Map.of("case", yaml, "name", "Rafael Rapsheet"), true);
        assertThat(created.statusCode()).isEqualTo(303);
        String id = created.headers().firstValue("Location").orElseThrow().substring("/clients/".length());
        String json = wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().caseJson();
        assertThat(json).contains("\"name\":\"Rafael Rapsheet\"").contains("\"convictions\"");

        HttpResponse<String> notASheet = b.post("/import/rapsheet", Map.of("sheet", "hello, this is not a RAP sheet"), true);
        assertThat(notASheet.statusCode()).isEqualTo(400);
        assertThat(notASheet.body()).contains("sheet:");
    }

    @Test
    void anAdminAddsUsersToTheirOwnOfficeOnly() {
        Browserless admin = signedIn(WorkbenchFixture.ALPHA_ADMIN);
        admin.get("/admin/users");
        HttpResponse<String> weak = admin.post("/admin/users", Map.of("email", "new@alpha.example", "role", "advocate", "password", "short"), true);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("password");
        HttpResponse<String> ok = admin.post("/admin/users", Map.of("email", "new@alpha.example", "role", "volunteer",
                "password", "a long enough first password"), true);
        assertThat(ok.statusCode()).isEqualTo(200);
        User added = user("new@alpha.example");
        assertThat(added.orgId()).isEqualTo(user(WorkbenchFixture.ALPHA_ADMIN).orgId());
        assertThat(added.role()).isEqualTo(org.pcrnavigator.app.store.Role.VOLUNTEER);
        assertThat(admin.get("/admin/users").body()).contains("new@alpha.example").doesNotContain(WorkbenchFixture.BETA_ATTORNEY);

        assertThat(wb.audit.list(user(WorkbenchFixture.ALPHA_ADMIN), Instant.now().minusSeconds(60), Instant.now().plusSeconds(5), 1000))
                .as("the audit names the admin who added the user").anyMatch(e -> e.action().equals("user.create")
                        && e.userEmail().equals(WorkbenchFixture.ALPHA_ADMIN) && e.detail().contains(added.id()));
        HttpResponse<String> elsewhere = admin.post("/admin/users", Map.of("email", WorkbenchFixture.BETA_ATTORNEY, "role", "advocate",
                "password", "a long enough first password"), true);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).as("no hint that the address exists in another office")
                .contains("cannot be added").doesNotContain("already exists");

        Browserless advocate = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        assertThat(advocate.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(advocate.post("/admin/users", Map.of("email", "sneaky@alpha.example", "role", "admin",
                "password", "a long enough first password"), true).statusCode()).isEqualTo(403);
        assertThat(wb.accounts.findUser("sneaky@alpha.example")).isEmpty();
    }

    @Test
    void draftsDownloadForDraftingRolesInTheirOfficeOnly() throws Exception {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String yaml = Files.readString(Path.of(System.getProperty("pcr.repo.root"), "examples", "lpr-dv-naturalization.yaml"));
        String id = wb.clients.create(user(WorkbenchFixture.ALPHA_ADVOCATE), "Demo Drafts",
                CaseDocuments.normalise("demo", yaml, java.time.LocalDate.now())).id();
        String page = b.get("/clients/" + id + "/drafts").body();
        assertThat(page).contains("/drafts/packet/c1/pc1473_7_a1.zip");
        for (String path : new String[] {"/drafts/packet/c1/pc1473_7_a1.zip", "/drafts/memo/c1/pc1473_7_a1.zip",
                "/drafts/records.zip", "/drafts/letter.zip?in=es"}) {
            HttpResponse<byte[]> r = bytes(b, "/clients/" + id + path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(zipNames(r.body())).as(path).isNotEmpty();
        }
        assertThat(zipNames(bytes(b, "/clients/" + id + "/drafts/packet/c1/pc1473_7_a1.zip").body()))
                .anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".docx"));
        assertThat(b.get("/clients/" + id + "/drafts/packet/c1/no_such_vehicle.zip").statusCode()).isEqualTo(400);
        assertThat(bytes(signedIn(WorkbenchFixture.ALPHA_VOLUNTEER), "/clients/" + id + "/drafts/records.zip").statusCode()).isEqualTo(403);
        assertThat(bytes(signedIn(WorkbenchFixture.BETA_ATTORNEY), "/clients/" + id + "/drafts/records.zip").statusCode()).isEqualTo(404);
        assertThat(wb.audit.list(user(WorkbenchFixture.ALPHA_ADMIN), Instant.now().minusSeconds(60), Instant.now().plusSeconds(5), 1000))
                .anyMatch(e -> id.equals(e.clientId()) && e.action().equals("draft.packet"));
    }

    private static HttpResponse<byte[]> bytes(Browserless b, String path) throws Exception {
        String session = b.cookie(Workbench.SESSION_COOKIE);
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wb.base + path))
                .header("Cookie", Workbench.SESSION_COOKIE + "=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static java.util.List<String> zipNames(byte[] zip) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null; ) names.add(e.getName());
        }
        return names;
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() {
        wb.accounts.createUser("Alpha", "target@alpha.example", org.pcrnavigator.app.store.Role.ADVOCATE,
                WorkbenchFixture.PASSWORD.toCharArray());
        Browserless b = wb.browser();
        int status = 0;
        for (int i = 0; i < 8 && status != 429; i++) status = b.login("target@alpha.example", "wrong password " + i).statusCode();
        assertThat(status).isEqualTo(429);
        HttpResponse<String> right = b.login("target@alpha.example", WorkbenchFixture.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(b.cookie(Workbench.SESSION_COOKIE)).isNull();
    }

    @Test
    void revokingTokensOnTheAccountPageEndsThem() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        b.get("/account");
        String page = b.post("/account/tokens", Map.of(), true).body();
        Matcher m = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(wb.accounts.userForApiToken(token)).isPresent();
        assertThat(b.post("/account/tokens/revoke", Map.of(), false).statusCode()).as("CSRF applies").isEqualTo(403);
        assertThat(b.post("/account/tokens/revoke", Map.of(), true).statusCode()).isEqualTo(303);
        assertThat(wb.accounts.userForApiToken(token)).isEmpty();
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy(@TempDir Path one, @TempDir Path other) {
        // untrusted: every login comes from the socket's address, whatever the header says (20 failures an address)
        try (WorkbenchFixture direct = new WorkbenchFixture(org.pcrnavigator.app.store.DataConfig.sqlite(one.resolve("data")), false)) {
            assertThat(failuresUntilThrottled(direct, "untrusted")).isEqualTo(21);
        }
        try (WorkbenchFixture behindProxy = new WorkbenchFixture(org.pcrnavigator.app.store.DataConfig.sqlite(other.resolve("data")), true,
                java.util.Set.of("127.0.0.1"))) {
            assertThat(failuresUntilThrottled(behindProxy, "trusted")).as("each forwarded address has its own count").isEqualTo(-1);
        }
    }

    /** Logins with unknown emails from forwarded addresses 10.9.0.N; the attempt that is throttled, or -1 if none of 25 is. */
    private static int failuresUntilThrottled(WorkbenchFixture f, String tag) {
        Browserless b = f.browser();
        b.get("/login");
        for (int i = 1; i <= 25; i++) {
            String body = "email=" + tag + i + "%40nowhere.example&password=x&_csrf=" + b.csrf;
            HttpResponse<String> r = b.send(HttpRequest.newBuilder(URI.create(f.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "10.9.0." + i)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (r.statusCode() == 429) return i;
        }
        return -1;
    }

    @Test
    void theCaseFileEditorRefusesWhatTheReaderRefusesAndRenamesFromIt() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(b, "Edna Editor", "PC 484(a)");
        b.get("/clients/" + id);
        String bad = "format: pcr-case/1\nperson: {name: Edna Editor}\nconvictions:\n  - {id: c1, statute: PC 484(a), plea: guilt}\n";
        HttpResponse<String> refused = b.post("/clients/" + id, Map.of("case", bad, "notes", "", "version", "1"), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("convictions[0].plea").contains("did you mean");
        long version = wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().version();
        String good = "format: pcr-case/1\nperson: {name: Edna Q. Editor}\nconvictions:\n  - {id: c1, statute: PC 484(a), plea: guilty}\n";
        HttpResponse<String> saved = b.post("/clients/" + id, Map.of("case", good, "notes", "called 11/28", "version",
                String.valueOf(version)), true);
        assertThat(saved.statusCode()).isEqualTo(303);
        var file = wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow();
        assertThat(file.displayName()).isEqualTo("Edna Q. Editor");
        assertThat(file.notes()).isEqualTo("called 11/28");
        HttpResponse<String> stale = b.post("/clients/" + id, Map.of("case", good, "notes", "", "version", String.valueOf(version)), true);
        assertThat(stale.statusCode()).as("an edit from an old version is refused").isEqualTo(409);
    }

    @Test
    void aConvictionIsAddedWithTheNextIdAndABadStatuteIsRefused() {
        Browserless b = signedIn(WorkbenchFixture.ALPHA_ADVOCATE);
        String id = createClient(b, "Carla Convictions", "PC 484(a)");
        b.get("/clients/" + id);
        HttpResponse<String> bad = b.post("/clients/" + id + "/convictions", Map.of("statute", "PC 99999(zz", "version", "1"), true);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("statute");
        HttpResponse<String> ok = b.post("/clients/" + id + "/convictions", Map.of("statute", "HS 11377(a)", "county", "Fresno",
                "version", "1"), true);
        assertThat(ok.statusCode()).isEqualTo(303);
        String json = wb.clients.get(user(WorkbenchFixture.ALPHA_ADVOCATE), id).orElseThrow().caseJson();
        assertThat(json).contains("{\"id\":\"c2\",\"statute\":\"HS 11377(a)\",\"county\":\"Fresno\"}");
        assertThat(b.get("/clients/" + id + "/interview").body()).contains("data-fact=\"convictions.c2.");
    }
}
