package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.demo.DemoData;

/**
 * The session cookie and the security headers as a browser gets them: over real HTTP from the test server, directly
 * and as a load balancer that ended TLS would forward a request (X-Forwarded-Proto: https).
 */
@IntegrationTest
class SessionAndHeadersTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${parindex.security.session.idle-timeout}")
    Duration idleTimeout;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginGivesANewSessionIdAndLogoutEndsTheSession() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        String before = sessionId(form);
        String token = csrfToken(form.body());

        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "JSESSIONID=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=viewer&password=" + DemoData.PASSWORD + "&_csrf=" + token)).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String after = sessionId(login);
        assertThat(after).as("session fixation: the id changes at login").isNotEqualTo(before);

        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).header("Cookie", "JSESSIONID=" + after)
                .GET().build());
        assertThat(home.statusCode()).isEqualTo(200);
        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/logout"))
                .header("Cookie", "JSESSIONID=" + after)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("_csrf=" + csrfToken(home.body()))).build());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(cookie(logout)).as("the browser forgets the cookie").contains("Max-Age=0");
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/")).header("Cookie", "JSESSIONID=" + after)
                .GET().build());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).as("the ended session's cookie, kept and sent again")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndAHostPrefixedSecureCookieBehindTls() throws Exception {
        String plain = cookie(send(HttpRequest.newBuilder(uri("/login")).GET().build()));
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
                .GET().build());
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        String forwarded = hostCookie(form);
        assertThat(forwarded).contains("Path=/;").contains("Secure").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Domain=");

        String before = forwarded.substring(forwarded.indexOf('=') + 1, forwarded.indexOf(';'));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
                .header("Cookie", SessionCookie.TLS_NAME + "=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=viewer&password=" + DemoData.PASSWORD + "&_csrf=" + csrfToken(form.body()))).build());
        String after = hostCookie(login);
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).header("X-Forwarded-Proto", "https")
                .header("Cookie", after.substring(0, after.indexOf(';'))).GET().build());
        assertThat(home.statusCode()).as("the __Host- cookie carries the session over TLS").isEqualTo(200);
    }

    private static String hostCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookie.TLS_NAME + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no __Host- session cookie"));
    }

    @Test
    void sessionsAreKeptInTheDatabaseAndEndAfterFifteenMinutesIdle() throws Exception {
        assertThat(idleTimeout).as("parindex.security.session.idle-timeout by default").isEqualTo(Duration.ofMinutes(15));
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "JSESSIONID=" + sessionId(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=viewer&password=" + DemoData.PASSWORD + "&_csrf=" + csrfToken(form.body()))).build());
        String id = new String(Base64.getDecoder().decode(sessionId(login)), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForMap("select principal_name, max_inactive_interval from spring_session where session_id = ?",
                id)).as("the session row every node reads")
                .containsEntry("PRINCIPAL_NAME", "viewer").containsEntry("MAX_INACTIVE_INTERVAL", 15 * 60);
        assertThat(cookie(login)).as("a session cookie: it dies with the browser").doesNotContain("Max-Age", "Expires");
    }

    @Test
    void pagesSendTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void hstsIsSentWhenTlsEndedAtTheLoadBalancer() throws Exception {
        for (String path : List.of("/login", "/public/results", "/engine-rest/engine", "/camunda/app/cockpit/")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https")
                    .GET().build());
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000 ; includeSubDomains");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void directTlsGetsHstsToo() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(status().isOk())
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String sessionId(HttpResponse<String> response) {
        Matcher id = SESSION_COOKIE.matcher(cookie(response));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!token.find()) {
            token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
            assertThat(token.find()).as("a CSRF token in the page").isTrue();
        }
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
