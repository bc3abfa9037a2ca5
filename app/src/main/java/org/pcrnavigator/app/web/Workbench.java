package org.pcrnavigator.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pcrnavigator.app.security.Secrets;
import org.pcrnavigator.app.store.AccessDeniedException;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.AuditLog;
import org.pcrnavigator.app.store.ClientFile;
import org.pcrnavigator.app.store.ClientSummary;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.LoginThrottledException;
import org.pcrnavigator.app.store.NotFoundException;
import org.pcrnavigator.app.store.Session;
import org.pcrnavigator.app.store.Sessions;
import org.pcrnavigator.app.store.StaleVersionException;
import org.pcrnavigator.app.store.User;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.records.rapsheet.RapSheetFlag;
import org.pcrnavigator.records.rapsheet.RapSheetParser;

/**
 * The web workbench: its pages, its JSON API and the checks every request passes (who is signed in,
 * CSRF, roles, security headers). Holds no state of its own between requests: sessions, login throttling
 * and client files live in the database, so several workbench processes can share one PostgreSQL.
 */
public final class Workbench {
    static final String SESSION_COOKIE = "pcr_session";
    static final String LOGIN_CSRF_COOKIE = "pcr_login_csrf";
    static final String LANG_COOKIE = "pcr_lang";
    private static final Set<String> STATE_CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Pages allow only this origin's own styles, no scripts, no framing. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /**
     * What the workbench runs on. {@code secureCookies} where it is served over TLS (directly or behind a proxy);
     * {@code trustedProxies}: the addresses whose X-Forwarded-For is believed; {@code baseUrl}: where users reach the
     * workbench (for links that leave it, such as the calendar feed), or null to take it from each request.
     */
    public record Services(Database db, Accounts accounts, Sessions sessions, Clients clients, AuditLog audit,
                           KnowledgeBase kb, Analyzer analyzer, Drafts drafts, Clock clock, boolean secureCookies,
                           Set<String> trustedProxies, String baseUrl) {
        public Services { trustedProxies = Set.copyOf(trustedProxies); }
    }

    private final Services s;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Messages messages = new Messages();

    private Workbench(Services s) { this.s = s; }

    /** The workbench's Javalin app, not yet started. */
    public static Javalin create(Services services) {
        Workbench w = new Workbench(services);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/web/static";
                sf.location = Location.CLASSPATH;
            });
            w.routes(config.routes);
        });
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(this::guard);
        r.get("/health", ctx -> {
            s.db().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            ctx.result("ok");
        });
        r.get("/", ctx -> ctx.redirect("/clients"));
        r.get("/login", ctx -> loginPage(ctx, null, ""));
        r.post("/login", this::login);
        r.post("/logout", this::logout);
        r.get("/clients", this::clientList);
        r.post("/clients", this::createClient);
        r.get("/clients/{id}", this::clientFile);
        r.post("/clients/{id}", this::saveClient);
        r.post("/clients/{id}/convictions", this::addConviction);
        r.get("/clients/{id}/interview", ctx -> interviewPage(ctx, client(ctx), ctx.queryParam("saved") != null ? t(ctx, "client.saved") : null, null));
        r.post("/clients/{id}/interview", this::answer);
        r.get("/clients/{id}/analysis", this::analysisPage);
        r.get("/clients/{id}/tasks", this::clientTasks);
        r.get("/clients/{id}/drafts", this::draftsPage);
        r.get("/clients/{id}/drafts/packet/{conviction}/{vehicle}.zip", ctx -> draft(ctx, "packet"));
        r.get("/clients/{id}/drafts/memo/{conviction}/{vehicle}.zip", ctx -> draft(ctx, "memo"));
        r.get("/clients/{id}/drafts/records.zip", ctx -> draft(ctx, "records"));
        r.get("/clients/{id}/drafts/letter.zip", ctx -> draft(ctx, "letter"));
        r.get("/tasks", this::allTasks);
        r.post("/account/calendar", this::createCalendarLink);
        r.get("/calendar.ics", this::calendar);
        r.get("/questionnaire", ctx -> {
            int cases = parseCount(ctx.queryParam("cases"));
            render(ctx, "questionnaire.jte", Map.of("page", page(ctx, t(ctx, "questionnaire.title")),
                    "questionnaire", Questionnaire.load(lang(ctx), cases)));
        });
        r.get("/import/rapsheet", ctx -> rapsheetPage(ctx, "", null, List.of(), null));
        r.post("/import/rapsheet", this::readRapsheet);
        r.post("/import/rapsheet/confirm", this::confirmRapsheet);
        r.get("/admin/users", ctx -> usersPage(ctx, null, null));
        r.post("/admin/users", this::addUser);
        r.get("/audit", this::auditPage);
        r.get("/audit.csv", this::auditCsv);
        r.get("/account", ctx -> accountPage(ctx, null, ctx.queryParam("revoked") != null));
        r.post("/account/tokens", ctx -> accountPage(ctx, s.accounts().createApiToken(user(ctx).email()), false));
        r.post("/account/tokens/revoke", ctx -> {
            User u = user(ctx);
            s.accounts().revokeTokens(u, "api");
            s.accounts().revokeTokens(u, "calendar");
            ctx.redirect("/account?revoked=1", HttpStatus.SEE_OTHER);
        });
        r.post("/api/analyze", this::apiAnalyze);
        r.get("/api/clients", ctx -> {
            List<Map<String, String>> out = new ArrayList<>();
            for (ClientSummary c : s.clients().list(apiUser(ctx), ctx.queryParam("q"))) {
                out.add(Map.of("id", c.id(), "name", c.displayName(), "updatedAt", c.updatedAt().toString()));
            }
            ctx.json(out);
        });
        r.get("/api/clients/{id}", ctx -> {
            ClientFile c = s.clients().get(apiUser(ctx), ctx.pathParam("id")).orElseThrow(() -> new NotFoundException("client"));
            ctx.contentType("application/json").result(c.caseJson());
        });
        r.get("/api/clients/{id}/analysis", ctx -> {
            ClientFile c = s.clients().get(apiUser(ctx), ctx.pathParam("id")).orElseThrow(() -> new NotFoundException("client"));
            ctx.contentType("application/json").result(JsonReport.render(analyse(c, lang(ctx)), false, true));
        });

        r.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, t(ctx, "error.notfound")));
        r.exception(AccessDeniedException.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, t(ctx, "error.forbidden")));
        r.exception(CsrfRefused.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, t(ctx, "error.csrf")));
        r.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", e.getMessage()));
        });
        r.exception(DataError.class, (e, ctx) -> badRequest(ctx, e.describe()));
        r.exception(IllegalArgumentException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, HttpStatus.NOT_FOUND, t(ctx, "error.notfound"));
        });
    }

    // ---- the checks every request passes ----

    /** Thrown where a state change does not carry the session's CSRF token. */
    static final class CsrfRefused extends RuntimeException {
        CsrfRefused() { super("CSRF token missing or wrong"); }
    }

    /** Thrown where an API call has no valid bearer token. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized(String message) { super(message); }
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (s.secureCookies()) ctx.header("Strict-Transport-Security", "max-age=31536000");
        String lang = ctx.queryParam("lang");
        if (lang != null && Messages.LANGUAGES.contains(lang)) {
            ctx.cookie(cookie(LANG_COOKIE, lang, (int) Duration.ofDays(365).toSeconds()));
            ctx.attribute("lang", lang);
        }
        String path = ctx.path();
        if (path.equals("/health") || path.startsWith("/static/") || path.startsWith("/api/") || path.equals("/calendar.ics")) {
            return;   // the API and the feed authenticate by token, not by session or CSRF
        }
        String token = ctx.cookie(SESSION_COOKIE);
        Optional<Session> session = token == null ? Optional.empty() : s.sessions().find(token);
        session.ifPresent(se -> ctx.attribute("session", se));
        boolean stateChange = STATE_CHANGES.contains(ctx.method().name());
        if (path.equals("/login")) {
            if (stateChange) {
                String expected = ctx.cookie(LOGIN_CSRF_COOKIE);
                if (expected == null || !same(expected, ctx.formParam("_csrf"))) throw new CsrfRefused();
            }
            return;
        }
        if (session.isEmpty()) {
            if (stateChange) throw new CsrfRefused();
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (stateChange) {
            String sent = ctx.header("X-CSRF-Token") != null ? ctx.header("X-CSRF-Token") : ctx.formParam("_csrf");
            if (!same(session.get().csrfToken(), sent)) throw new CsrfRefused();
        }
    }

    private static boolean same(String expected, String sent) {
        return expected != null && !expected.isEmpty() && sent != null && Secrets.constantTimeEquals(expected, sent);
    }

    private Cookie cookie(String name, String value, int maxAgeSeconds) {
        Cookie c = new Cookie(name, value);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(SameSite.LAX);
        c.setSecure(s.secureCookies());
        c.setMaxAge(maxAgeSeconds);
        return c;
    }

    private static Session session(Context ctx) { return ctx.attribute("session"); }

    private static User user(Context ctx) { return session(ctx).user(); }

    private User apiUser(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) throw new Unauthorized("an API token is required: Authorization: Bearer TOKEN");
        return s.accounts().userForApiToken(auth.substring(7).trim()).orElseThrow(() -> new Unauthorized("the API token is not valid"));
    }

    private static void requireEdit(User u) {
        if (!u.role().canEditClients()) throw new AccessDeniedException("the " + u.role().name().toLowerCase() + " role cannot change client files");
    }

    // ---- pages ----

    private String lang(Context ctx) {
        String l = ctx.attribute("lang");
        if (l == null) l = ctx.cookie(LANG_COOKIE);
        return l != null && Messages.LANGUAGES.contains(l) ? l : "en";
    }

    private String t(Context ctx, String key, Object... args) { return messages.get(lang(ctx), key, args); }

    private Page page(Context ctx, String title) {
        Session se = session(ctx);
        return new Page(title, se == null ? null : se.user(), se == null ? null : se.csrfToken(), lang(ctx), messages);
    }

    /** A template's parameters from name-value pairs; unlike {@code Map.of}, a value may be null (nothing to show). */
    private static Map<String, Object> params(Object... nameValue) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put((String) nameValue[i], nameValue[i + 1]);
        return m;
    }

    private void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.html(out.toString());
    }

    private void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/calendar.ics")) {
            ctx.json(Map.of("error", message));
            return;
        }
        render(ctx, "error.jte", params(
                "page", page(ctx, status.getCode() + " " + status.getMessage()),
                "message", message));
    }

    private void badRequest(Context ctx, String message) {
        ctx.status(HttpStatus.BAD_REQUEST);
        if (ctx.path().startsWith("/api/")) ctx.json(Map.of("error", message));
        else error(ctx, HttpStatus.BAD_REQUEST, message);
    }

    private void loginPage(Context ctx, String error, String email) {
        String csrf = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (csrf == null) {
            csrf = Secrets.newToken();
            ctx.cookie(cookie(LOGIN_CSRF_COOKIE, csrf, -1));
        }
        Page p = new Page(t(ctx, "login.title"), null, csrf, lang(ctx), messages);
        render(ctx, "login.jte", params(
                "page", p,
                "error", error,
                "email", email));
    }

    private void login(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<User> user;
        try {
            user = s.accounts().authenticate(email, password.toCharArray(), clientAddress(ctx));
        } catch (LoginThrottledException e) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            loginPage(ctx, t(ctx, "login.throttled", e.retryAfter().toSeconds()), email);
            return;
        }
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            loginPage(ctx, t(ctx, "login.failed"), email);
            return;
        }
        // a fresh session id at every login: a token planted before login is worth nothing after it
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) s.sessions().delete(old);
        Session se = s.sessions().create(user.get());
        ctx.cookie(cookie(SESSION_COOKIE, se.token(), -1));
        ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
        ctx.redirect("/clients", HttpStatus.SEE_OTHER);
    }

    /**
     * The address a request came from: the socket's peer, or, where that peer is a trusted proxy, the last address
     * in X-Forwarded-For that is not itself a trusted proxy. A header from anyone else is ignored: it could be forged.
     */
    String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!s.trustedProxies().contains(peer)) return peer;
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) return peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !s.trustedProxies().contains(hop)) return hop;
        }
        return peer;
    }

    private void logout(Context ctx) {
        s.sessions().delete(session(ctx).token());
        ctx.removeCookie(SESSION_COOKIE, "/");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void clientList(Context ctx) { clientListPage(ctx, null); }

    private void clientListPage(Context ctx, String error) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        render(ctx, "clients.jte", params(
                "page", page(ctx, t(ctx, "clients.title")),
                "clients", s.clients().list(user(ctx), q),
                "query", q,
                "statuses", org.pcrnavigator.engine.casefile.CaseFields.STATUSES,
                "goals", CaseFileReader.GOALS,
                "error", error));
    }

    private void createClient(Context ctx) {
        User u = user(ctx);
        requireEdit(u);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        if (name.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            clientListPage(ctx, t(ctx, "clients.name") + ": required");
            return;
        }
        String json;
        try {
            json = CaseDocuments.normalise("new client", CaseDocuments.newCase(name, ctx.formParam("dateOfBirth"),
                    ctx.formParam("status"), ctx.formParams("goals"), ctx.formParam("statute")), today());
        } catch (DataError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            clientListPage(ctx, e.path() + ": " + e.getMessage());
            return;
        }
        ClientFile c = s.clients().create(u, name, json);
        ctx.redirect("/clients/" + c.id() + "/interview", HttpStatus.SEE_OTHER);
    }

    private ClientFile client(Context ctx) {
        return s.clients().get(user(ctx), ctx.pathParam("id")).orElseThrow(() -> new NotFoundException("client"));
    }

    private LocalDate today() { return LocalDate.now(s.clock()); }

    private void clientFile(Context ctx) {
        ClientFile c = client(ctx);
        clientFilePage(ctx, c, CaseDocuments.toYaml(c.caseJson()), ctx.queryParam("saved") != null ? t(ctx, "client.saved") : null, null);
    }

    private void clientFilePage(Context ctx, ClientFile c, String yaml, String message, String error) {
        CaseFile cf = null;
        try {
            cf = CaseDocuments.read(c.id(), c.caseJson(), today());
        } catch (DataError e) {
            if (error == null) error = e.describe();
        }
        render(ctx, "client.jte", params(
                "page", page(ctx, c.displayName()),
                "client", c,
                "caseFile", cf,
                "yaml", yaml,
                "message", message,
                "error", error));
    }

    private void saveClient(Context ctx) {
        User u = user(ctx);
        requireEdit(u);
        ClientFile c = client(ctx);
        String text = Optional.ofNullable(ctx.formParam("case")).orElse("");
        String notes = ctx.formParam("notes");
        long version = parseVersion(ctx.formParam("version"));
        String json;
        try {
            json = CaseDocuments.normalise("case file", text, today());
        } catch (DataError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            clientFilePage(ctx, c, text, null, e.describe());
            return;
        }
        try {
            ClientFile saved = s.clients().update(u, c.id(), json, notes, version);
            // the list shows the name the case file gives, once it gives one
            String name = CaseDocuments.read(c.id(), json, today()).person().name();
            if (name != null && !name.isBlank() && !name.strip().equals(saved.displayName())) {
                s.clients().rename(u, c.id(), name.strip(), saved.version());
            }
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            clientFilePage(ctx, c, text, null, t(ctx, "client.stale"));
            return;
        }
        ctx.redirect("/clients/" + c.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void addConviction(Context ctx) {
        User u = user(ctx);
        requireEdit(u);
        ClientFile c = client(ctx);
        String json;
        try {
            json = CaseDocuments.normalise("new conviction", CaseDocuments.addConviction(c.caseJson(), ctx.formParam("statute"),
                    ctx.formParam("county"), ctx.formParam("caseNumber")), today());
        } catch (DataError | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            clientFilePage(ctx, c, CaseDocuments.toYaml(c.caseJson()), null, e.getMessage());
            return;
        }
        try {
            s.clients().update(u, c.id(), json, c.notes(), parseVersion(ctx.formParam("version")));
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            ClientFile current = client(ctx);   // read once: every read is an audit row
            clientFilePage(ctx, current, CaseDocuments.toYaml(current.caseJson()), null, t(ctx, "client.stale"));
            return;
        }
        ctx.redirect("/clients/" + c.id() + "/interview", HttpStatus.SEE_OTHER);
    }

    private static long parseVersion(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("version: expected the file's version number, found " + (v == null ? "nothing" : "'" + v + "'"));
        }
    }

    private static int parseCount(String v) {
        if (v == null || v.isBlank()) return 0;
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 0 && n <= 50) return n;
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("cases: expected a number of cases from 0 to 50, found '" + v + "'");
    }

    private Report analyse(ClientFile c, String lang) {
        return s.analyzer().analyze(CaseDocuments.read(c.id(), c.caseJson(), today()), lang);
    }

    private void interviewPage(Context ctx, ClientFile c, String message, String error) {
        Report report;
        try {
            report = analyse(c, lang(ctx));
        } catch (DataError e) {
            clientFilePage(ctx, c, CaseDocuments.toYaml(c.caseJson()), null, e.describe());
            return;
        }
        render(ctx, "interview.jte", params(
                "page", page(ctx, t(ctx, "interview.title") + " · " + c.displayName()),
                "interview", Interview.of(c.id(), c.displayName(), report, c.caseJson()),
                "message", message,
                "error", error));
    }

    private void answer(Context ctx) {
        User u = user(ctx);
        requireEdit(u);
        ClientFile c = client(ctx);
        String fact = ctx.formParam("fact");
        if (fact == null || fact.isBlank()) throw new IllegalArgumentException("fact: expected the fact a question asks about");
        boolean dontKnow = "dontknow".equals(ctx.formParam("action"));
        String value = ctx.formParam("value");
        if (!dontKnow && (value == null || value.isBlank())) {
            ctx.status(HttpStatus.BAD_REQUEST);
            interviewPage(ctx, c, null, fact + ": enter an answer, or choose \"" + t(ctx, "interview.dontknow") + "\"");
            return;
        }
        String json;
        try {
            json = CaseDocuments.normalise("answer", CaseDocuments.answer(c.caseJson(), fact, dontKnow ? null : value), today());
        } catch (DataError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            interviewPage(ctx, c, null, fact + ": " + e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            interviewPage(ctx, c, null, e.getMessage());
            return;
        }
        try {
            s.clients().update(u, c.id(), json, c.notes(), c.version());
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            interviewPage(ctx, client(ctx), null, t(ctx, "client.stale"));
            return;
        }
        ctx.redirect("/clients/" + c.id() + "/interview?saved=1", HttpStatus.SEE_OTHER);
    }

    private void analysisPage(Context ctx) {
        ClientFile c = client(ctx);
        Report report;
        try {
            report = analyse(c, lang(ctx));
        } catch (DataError e) {
            clientFilePage(ctx, c, CaseDocuments.toYaml(c.caseJson()), null, t(ctx, "analysis.error") + " " + e.describe());
            return;
        }
        render(ctx, "analysis.jte", Map.of("page", page(ctx, t(ctx, "analysis.title") + " · " + c.displayName()),
                "view", new AnalysisView(c.id(), c.displayName(), report, s.kb())));
    }

    private void clientTasks(Context ctx) {
        ClientFile c = client(ctx);
        render(ctx, "tasks.jte", params(
                "page", page(ctx, t(ctx, "tasks.title") + " · " + c.displayName()),
                "tasks", Tasks.of(c.id(), c.displayName(), analyse(c, lang(ctx))),
                "clientId", c.id(),
                "clientName", c.displayName(),
                "calendarUrl", null));
    }

    /** Every task of the user's organisation; a client file that cannot be analysed yet is skipped (its own page says why). */
    private List<Tasks.Task> orgTasks(User u, String lang) {
        List<Tasks.Task> out = new ArrayList<>();
        for (ClientSummary cs : s.clients().list(u, null)) {
            Optional<ClientFile> c = s.clients().get(u, cs.id());
            if (c.isEmpty()) continue;
            try {
                out.addAll(Tasks.of(cs.id(), cs.displayName(), analyse(c.get(), lang)));
            } catch (DataError e) {
                // not analysable yet: shown on the client's page
            }
        }
        out.sort(java.util.Comparator.comparing(Tasks.Task::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }

    private void allTasks(Context ctx) { tasksPage(ctx, null); }

    private void tasksPage(Context ctx, String calendarUrl) {
        render(ctx, "tasks.jte", params(
                "page", page(ctx, t(ctx, "tasks.title")),
                "tasks", orgTasks(user(ctx), lang(ctx)),
                "clientId", null,
                "clientName", null,
                "calendarUrl", calendarUrl));
    }

    private void createCalendarLink(Context ctx) {
        String token = s.accounts().createCalendarToken(user(ctx));
        String base = s.baseUrl() != null ? s.baseUrl() : ctx.scheme() + "://" + ctx.host();
        tasksPage(ctx, base + "/calendar.ics?token=" + token);
    }

    private void calendar(Context ctx) {
        String token = ctx.queryParam("token");
        User u = token == null ? null : s.accounts().userForCalendarToken(token).orElse(null);
        if (u == null) throw new Unauthorized("a calendar token is required: /calendar.ics?token=TOKEN");
        ctx.contentType("text/calendar; charset=utf-8").result(Tasks.icalendar(orgTasks(u, "en"), messages, Instant.now(s.clock())));
    }

    private void draftsPage(Context ctx) {
        ClientFile c = client(ctx);
        Report report = analyse(c, lang(ctx));
        Map<String, List<String>> packets = new LinkedHashMap<>();
        for (Report.ConvictionResult cr : report.convictions()) {
            List<String> v = s.drafts().draftableVehicles(report, cr.id());
            if (!v.isEmpty()) packets.put(cr.id(), v);
        }
        render(ctx, "drafts.jte", params(
                "page", page(ctx, t(ctx, "drafts.title") + " · " + c.displayName()),
                "clientId", c.id(),
                "clientName", c.displayName(),
                "packets", packets));
    }

    /** One draft set as a zip: a vehicle's packet or immigration memo, the records requests, or the client letter. */
    private void draft(Context ctx, String kind) {
        User u = user(ctx);
        if (!u.role().canDraft()) throw new AccessDeniedException("the " + u.role().name().toLowerCase() + " role cannot draft papers");
        ClientFile c = client(ctx);
        // ?in=es drafts in Spanish without switching the pages' language (?lang=)
        String in = ctx.queryParam("in");
        String lang = in != null && Messages.LANGUAGES.contains(in) ? in : lang(ctx);
        CaseFile cf = CaseDocuments.read(c.id(), c.caseJson(), today());
        Report report = s.analyzer().analyze(cf, lang);
        String conviction = kind.equals("packet") || kind.equals("memo") ? ctx.pathParam("conviction") : null;
        String vehicle = conviction != null ? ctx.pathParam("vehicle") : null;
        byte[] zip = switch (kind) {
            case "packet" -> s.drafts().packet(cf, report, conviction, vehicle, lang);
            case "memo" -> s.drafts().immigrationMemo(cf, report, conviction, vehicle, lang);
            case "records" -> s.drafts().recordsRequests(cf, report);
            default -> s.drafts().clientLetter(cf, report, lang);
        };
        s.audit().record(u, "draft." + kind, c.id(), conviction == null ? null : conviction + " " + vehicle);
        download(ctx, c.id() + "-" + kind + (conviction == null ? "" : "-" + conviction + "-" + vehicle) + ".zip", zip);
    }

    private static void download(Context ctx, String name, byte[] content) {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ctx.result(content);
    }

    private void rapsheetPage(Context ctx, String sheet, String draft, List<String> flags, String error) {
        requireEdit(user(ctx));
        render(ctx, "rapsheet.jte", params(
                "page", page(ctx, t(ctx, "import.title")),
                "sheet", sheet,
                "draftYaml", draft,
                "flags", flags,
                "error", error));
    }

    private void readRapsheet(Context ctx) {
        requireEdit(user(ctx));
        String sheet = Optional.ofNullable(ctx.formParam("sheet")).orElse("");
        try {
            RapSheetParser.Result r = RapSheetParser.parse(sheet);
            List<String> flags = new ArrayList<>();
            for (RapSheetFlag f : r.flags()) flags.add(f.describe());
            rapsheetPage(ctx, sheet, r.draftYaml(), flags, null);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            rapsheetPage(ctx, sheet, null, List.of(), "sheet: " + e.getMessage());
        }
    }

    private void confirmRapsheet(Context ctx) {
        User u = user(ctx);
        requireEdit(u);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String text = Optional.ofNullable(ctx.formParam("case")).orElse("");
        if (name.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            rapsheetPage(ctx, "", text, List.of(), t(ctx, "import.name") + ": required");
            return;
        }
        String json;
        try {
            json = CaseDocuments.normalise("draft", text, today());
        } catch (DataError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            rapsheetPage(ctx, "", text, List.of(), e.describe());
            return;
        }
        ClientFile c = s.clients().create(u, name, CaseDocuments.withName(json, name));
        ctx.redirect("/clients/" + c.id(), HttpStatus.SEE_OTHER);
    }

    private void usersPage(Context ctx, String message, String error) {
        render(ctx, "users.jte", params("page", page(ctx, t(ctx, "users.title")), "users", s.accounts().users(user(ctx)),
                "message", message, "error", error));
    }

    private void addUser(Context ctx) {
        User admin = user(ctx);
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        try {
            s.accounts().addUser(admin, email, org.pcrnavigator.app.store.Role.parse(Optional.ofNullable(ctx.formParam("role")).orElse("")),
                    password.toCharArray());
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            usersPage(ctx, null, e.getMessage());
            return;
        }
        usersPage(ctx, t(ctx, "users.added"), null);
    }

    private void auditPage(Context ctx) {
        User u = user(ctx);
        Instant now = Instant.now(s.clock());
        render(ctx, "audit.jte", Map.of("page", page(ctx, t(ctx, "audit.title")),
                "entries", s.audit().list(u, now.minus(Duration.ofDays(90)), now.plusSeconds(60), 500)));
    }

    private void auditCsv(Context ctx) throws java.io.IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        s.audit().exportCsv(user(ctx), w);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
        ctx.result(w.toString());
    }

    private void accountPage(Context ctx, String newToken, boolean revoked) {
        render(ctx, "account.jte", params(
                "page", page(ctx, t(ctx, "account.title")),
                "newToken", newToken,
                "revoked", revoked));
    }

    /** {@code POST /api/analyze}: a case file (JSON or YAML) in, the pcr-analysis/1 report out, as {@code pcr analyze --format json}. */
    private void apiAnalyze(Context ctx) {
        User u = apiUser(ctx);
        String lang = Optional.ofNullable(ctx.queryParam("lang")).orElse("en");
        if (!Messages.LANGUAGES.contains(lang)) throw new IllegalArgumentException("lang: expected en or es, found '" + lang + "'");
        boolean brief = "true".equals(ctx.queryParam("brief"));
        CaseFile cf = CaseFileReader.read("request body", ctx.body(), today());
        Report report = s.analyzer().analyze(cf, lang);
        // the case is not stored; the audit log still records that this user analysed one
        s.audit().record(u, "api.analyze", null, null);
        ctx.contentType("application/json").result(JsonReport.render(report, brief, true));
    }

}
