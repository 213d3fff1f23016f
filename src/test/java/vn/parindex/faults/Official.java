package vn.parindex.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An official in a browser, as far as the server can tell: a session cookie on one node, the login form, the
 * CSRF token of the pages, form posts (htmx ones too) and redirects followed by hand.
 */
final class Official {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final String username;
    private final AppNode node;
    private final HttpClient http;
    private String csrf;

    Official(String username, AppNode node) {
        this(username, node, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build(), null);
    }

    private Official(String username, AppNode node, HttpClient http, String csrf) {
        this.username = username;
        this.node = node;
        this.http = http;
        this.csrf = csrf;
    }

    /** The same browser (its cookie, its CSRF token) sent to another node, as a load balancer without stickiness does. */
    Official on(AppNode other) {
        return new Official(username, other, http, csrf);
    }

    /** Signs in; a temporary password is changed to {@code newPassword} on the page the app sends the user to. */
    Official login(String password, String newPassword) throws IOException, InterruptedException {
        Page form = get("/login");
        csrf = find(FORM_CSRF, form.body());
        Page after = send(post("/login", Map.of("username", username, "password", password)));
        String target = after.location();
        if (target == null || target.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in on " + node);
        }
        Page landing = follow(after);
        if (landing.path().startsWith("/account/password")) {
            csrf = find(META_CSRF, landing.body());
            Page changed = send(post("/account/password", Map.of("currentPassword", password,
                    "newPassword", newPassword, "confirmPassword", newPassword)));
            if (changed.location() == null) {
                throw new IllegalStateException(username + " could not change the temporary password");
            }
            landing = follow(changed);
        }
        csrf = find(META_CSRF, landing.body());
        return this;
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60)).GET());
    }

    /** A GET of a JSON API with the browser's session (Camunda's webapps call their own API so). */
    Page getJson(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60)).GET(),
                "application/json");
    }

    /** Posts a form as the page's own form would, with the CSRF token. */
    Page submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(post(path, fields));
    }

    /** Posts a form as htmx does (the response is a fragment of the page). */
    Page submitHtmx(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(post(path, fields).header("HX-Request", "true"));
    }

    /** Follows redirects (GET), as a browser does after a form post. */
    Page follow(Page page) throws IOException, InterruptedException {
        Page current = page;
        for (int hops = 0; current.location() != null && hops < 5; hops++) {
            current = get(relative(current.location()));
        }
        return current;
    }

    AppNode node() {
        return node;
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrf);
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, "text/html,application/xhtml+xml");
    }

    private Page send(HttpRequest.Builder request, String accept) throws IOException, InterruptedException {
        HttpRequest built = request.header("Accept", accept).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(built.uri().getPath(), response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    private String relative(String location) {
        URI uri = URI.create(location);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return uri.isAbsolute() ? path : location;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    /** A response as the browser would get it. */
    record Page(String path, int status, String body, String location) {
    }
}
