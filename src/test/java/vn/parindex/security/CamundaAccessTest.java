package vn.parindex.security;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parindex.IntegrationTest;
import vn.parindex.demo.DemoData;

/**
 * Camunda's webapps (Cockpit, Tasklist, Admin at /camunda) and the engine's REST API (/engine-rest) are for
 * administrators only: tried over real HTTP as the demo user of every role.
 */
@IntegrationTest
class CamundaAccessTest {

    /** The demo user of each role (README). */
    static final Map<String, Role> DEMO_USERS = Map.of("organiser", Role.ORGANISER, "officer", Role.OFFICER,
            "head", Role.HEAD, "reviewer", Role.REVIEWER, "council", Role.COUNCIL, "chairman", Role.CHAIRMAN,
            "viewer", Role.VIEWER, "admin", Role.ADMIN);

    @LocalServerPort
    int port;

    @Test
    void theWebappsOpenForAdministratorsOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var user : DEMO_USERS.entrySet()) {
            HttpClient browser = loggedIn(user.getKey());
            for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
                    "/camunda/app/tasklist/default/", "/camunda/api/engine/engine/default/process-definition/count")) {
                int status = browser.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int expected = user.getValue() == Role.ADMIN ? 200 : 403;
                if (status != expected) {
                    wrong.add(user.getKey() + " " + path + ": " + status + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theEngineRestApiOpensForAdministratorsOnlyAndOnlyWithCredentials() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        for (var user : DEMO_USERS.entrySet()) {
            for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition/count", "/engine-rest/user")) {
                int status = client.send(HttpRequest.newBuilder(uri(path)).header("Authorization",
                                basic(user.getKey(), DemoData.PASSWORD)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int expected = user.getValue() == Role.ADMIN ? 200 : 403;
                if (status != expected) {
                    wrong.add(user.getKey() + " " + path + ": " + status + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(client.send(HttpRequest.newBuilder(uri("/engine-rest/engine")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(client.send(HttpRequest.newBuilder(uri("/engine-rest/engine"))
                        .header("Authorization", basic("admin", "wrong-password")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    /** The browser's session does not open the API: a page elsewhere could otherwise post to it as the admin. */
    @Test
    void anAdministratorsSessionAloneDoesNotOpenTheEngineRestApi() throws Exception {
        HttpClient browser = loggedIn("admin");
        assertThat(browser.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/engine-rest/engine")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    /** The webapps' own API wants the webapps' CSRF header for changes, even from the admin's session. */
    @Test
    void theWebappApiRefusesChangesWithoutItsCsrfHeader() throws Exception {
        HttpClient browser = loggedIn("admin");
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("login of " + username)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return client;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
