package org.pcrnavigator.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's HTTP conversation with a running workbench, as a browser without scripts has it: cookies
 * kept, redirects not followed (tests look at them), the CSRF token read from the last page's forms.
 */
final class Browserless {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    String csrf;

    Browserless(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A form POST; {@code withCsrf} adds the token of the last page read. */
    HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) {
        Map<String, String> f = new LinkedHashMap<>(form);
        if (withCsrf && csrf != null) f.put("_csrf", csrf);
        String body = f.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) csrf = m.group(1);
            return r;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the login page; returns the response to the login POST. */
    HttpResponse<String> login(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password), true);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Text as it was before the page escaped it for HTML. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#34;", "\"").replace("&amp;", "&");
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
