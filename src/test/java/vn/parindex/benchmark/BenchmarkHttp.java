package vn.parindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real HTTP against the test server for the benchmarks: a signed-in session, and percentiles of a GET. */
public final class BenchmarkHttp {

    /**
     * Untimed requests before the timed ones ({@code -Dbenchmark.warmup}): a server that has answered a few
     * thousand requests has its hot paths compiled by the JIT (20, the figure of earlier runs, leaves them mostly
     * interpreted: a fragment save at p95 72 ms after 20, 28 ms after 1,000).
     */
    public static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1000);
    /** Timed requests per path ({@code -Dbenchmark.runs}). */
    public static final int RUNS = Integer.getInteger("benchmark.runs", 200);

    /** Milliseconds at the 50th and 95th percentile of {@link #RUNS} requests. */
    public record Percentiles(double p50, double p95, double max) {
        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p95 %.1f ms", p50, p95);
        }
    }

    /** One timed request. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private final int port;
    private final HttpClient client;
    private final CookieManager cookies;
    private final String authorization;

    private BenchmarkHttp(int port, HttpClient client, CookieManager cookies, String authorization) {
        this.port = port;
        this.client = client;
        this.cookies = cookies;
        this.authorization = authorization;
    }

    /** A browser-like session: the login form with its CSRF token, then the session cookie. */
    public static BenchmarkHttp signedIn(int port, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        BenchmarkHttp http = new BenchmarkHttp(port, client, cookies, null);
        String form = http.get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(http.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).as("login of " + username)
                .doesNotContain("error");
        return http;
    }

    /** An API client with HTTP Basic, as a script calling the engine REST API would be. */
    public static BenchmarkHttp basic(int port, String username, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new BenchmarkHttp(port, HttpClient.newHttpClient(), null, basic);
    }

    public String get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html,application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** A POST of JSON with the given headers (name, value, name, value …); the response's body. */
    public String postJson(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + path).isEqualTo(200);
        return response.body();
    }

    /** The value of a cookie the server set in this session. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name)).getValue();
    }

    /** A form POST as a browser sends it (redirects not followed); {@code htmx} adds the header htmx sends. */
    public HttpResponse<String> post(String path, String form, boolean htmx) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #WARM_UP} requests, then the percentiles of {@link #RUNS} more. */
    public Percentiles measure(String path) throws Exception {
        return measure(() -> get(path), () -> { });
    }

    /** {@link #WARM_UP} calls, then the percentiles of {@link #RUNS} more; {@code before} runs untimed before each. */
    public static Percentiles measure(Call call, Call before) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            call.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            call.run();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        return new Percentiles(micros.get(RUNS / 2 - 1) / 1000.0, micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0,
                micros.get(RUNS - 1) / 1000.0);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
