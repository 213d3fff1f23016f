package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.demo.DemoData;

/**
 * A user's sessions, kept in the database, as browsers meet them over real HTTP (each with its own cookie): the list of
 * sessions with device and address, ending one, a password change ending the others, an administrator ending all,
 * a deactivation ending them before any further request. Every ending leaves an audit entry.
 */
@IntegrationTest
@Tag("postgres")
class UserSessionsTest {

    static final String PASSWORD = "Phien12345";
    static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
    static final String FIREFOX_ON_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:138.0) Gecko/138.0 Firefox/138.0";
    static final String COC_COC_ON_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) coc_coc_browser/139.0.0 Chrome/133.0.0.0 Safari/537.36";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AuditEventRepository events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUserSeesTheirSessionsWithDeviceAndAddressAndThisOneMarked() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        new Browser(FIREFOX_ON_ANDROID).login(username, PASSWORD);
        new Browser(COC_COC_ON_MAC).login(username, PASSWORD);

        String page = office.get("/account/sessions").body();
        List<String> rows = rows(page);
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(row -> row.contains("Chrome 140")).singleElement().satisfies(row ->
                assertThat(text(row)).contains("Chrome 140", "Windows", "Phiên này", "127.0.0.1"));
        assertThat(rows).filteredOn(row -> row.contains("Firefox 138")).singleElement().satisfies(row -> {
            assertThat(text(row)).contains("Android", "127.0.0.1", "Kết thúc phiên").doesNotContain("Phiên này");
            assertThat(row).contains("title=\"" + FIREFOX_ON_ANDROID + "\"");
        });
        assertThat(rows).filteredOn(row -> row.contains("Cốc Cốc 139")).singleElement()
                .satisfies(row -> assertThat(text(row)).contains("macOS"));
        assertThat(page).as("no session id on the page").doesNotContain(office.sessionId());
    }

    @Test
    void theUserEndsAnotherSessionWhichThenMeetsTheLoginPage() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        Browser phone = new Browser(FIREFOX_ON_ANDROID).login(username, PASSWORD);
        assertThat(phone.get("/tasks").status()).isEqualTo(200);

        String phoneRow = rows(office.get("/account/sessions").body()).stream()
                .filter(row -> row.contains("Firefox")).findFirst().orElseThrow();
        Matcher action = Pattern.compile("action=\"(/account/sessions/[0-9a-f]+/end)\"").matcher(phoneRow);
        assertThat(action.find()).isTrue();
        Response ended = office.post(action.group(1), Map.of());
        assertThat(office.follow(ended).body()).contains("Đã kết thúc phiên đăng nhập.");
        assertThat(rows(office.get("/account/sessions").body())).hasSize(1);

        assertEnded(phone);
        assertThat(office.get("/tasks").status()).isEqualTo(200);
        assertThat(lastAudit(username)).isEqualTo("1 session ended by " + username);

        Response again = office.post(action.group(1), Map.of());
        assertThat(office.follow(again).body()).as("an ended session ended again").contains("Phiên này đã kết thúc trước đó.");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsButNotTheCurrentOne() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        Browser phone = new Browser(FIREFOX_ON_ANDROID).login(username, PASSWORD);
        Browser home = new Browser(COC_COC_ON_MAC).login(username, PASSWORD);

        office.get("/account/password");
        Response changed = office.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Moi-2026-phien-lam-viec", "confirmPassword", "Moi-2026-phien-lam-viec"));
        assertThat(office.follow(changed).body()).contains("Đã đổi mật khẩu.");

        assertEnded(phone);
        assertEnded(home);
        assertThat(office.get("/tasks").status()).as("the session the password was changed in goes on").isEqualTo(200);
        assertThat(rows(office.get("/account/sessions").body())).hasSize(1);
        assertThat(lastAudit(username)).isEqualTo("2 sessions ended (password changed) by " + username);
    }

    @Test
    void anAdministratorEndsEverySessionOfAUser() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        Browser phone = new Browser(FIREFOX_ON_ANDROID).login(username, PASSWORD);
        long id = users.findByUsername(username).orElseThrow().getId();

        Browser admin = new Browser(CHROME_ON_WINDOWS).login("admin", DemoData.PASSWORD);
        String detail = admin.get("/users/" + id).body();
        assertThat(Pattern.compile("id=\"open-sessions\">2<").matcher(detail).find()).as(detail).isTrue();
        Response ended = admin.post("/users/" + id + "/end-sessions", Map.of());
        String after = admin.follow(ended).body();
        assertThat(after).contains("Đã kết thúc mọi phiên đăng nhập của người dùng.", "id=\"open-sessions\">0<");

        assertEnded(office);
        assertEnded(phone);
        assertThat(admin.get("/users/" + id).status()).as("the administrator's own session goes on").isEqualTo(200);
        assertThat(lastAudit(username)).isEqualTo("2 sessions ended (asked by an administrator) by admin");
    }

    @Test
    void deactivatingAnAccountDeletesItsSessionsAtOnce() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        long id = users.findByUsername(username).orElseThrow().getId();
        assertThat(sessionsInDatabase(username)).isEqualTo(1);

        Browser admin = new Browser(CHROME_ON_WINDOWS).login("admin", DemoData.PASSWORD);
        admin.get("/users/" + id);
        admin.follow(admin.post("/users/" + id + "/deactivate", Map.of()));
        assertThat(sessionsInDatabase(username)).as("no session row left, before the user's next request").isZero();
        assertThat(lastAudit(username)).isEqualTo("1 session ended (account deactivated) by admin");
        assertEnded(office);
    }

    @Test
    void aSessionLeftIdleForFifteenMinutesEnds() throws Exception {
        String username = account();
        Browser office = new Browser(CHROME_ON_WINDOWS).login(username, PASSWORD);
        assertThat(office.get("/tasks").status()).isEqualTo(200);
        // as if the last request had been 14 minutes ago: still open
        idle(office.sessionId(), Duration.ofMinutes(14));
        assertThat(office.get("/tasks").status()).isEqualTo(200);
        idle(office.sessionId(), Duration.ofMinutes(15).plusSeconds(1));
        assertEnded(office);
    }

    /** Moves the session's last request back by the given time, as the store itself would have seen it. */
    private void idle(String sessionId, Duration idle) {
        long millis = idle.toMillis();
        assertThat(jdbc.update("update spring_session set last_access_time = last_access_time - ?, "
                + "expiry_time = expiry_time - ? where session_id = ?", millis, millis, sessionId)).isEqualTo(1);
    }

    @Test
    void anotherUsersSessionCannotBeEndedByItsHandle() throws Exception {
        String victim = account();
        Browser victimBrowser = new Browser(CHROME_ON_WINDOWS).login(victim, PASSWORD);
        String handle = UserSessions.handle(victimBrowser.sessionId());
        Browser other = new Browser(FIREFOX_ON_ANDROID).login(account(), PASSWORD);
        other.get("/account/sessions");
        Response tried = other.post("/account/sessions/" + handle + "/end", Map.of());
        assertThat(other.follow(tried).body()).contains("Phiên này đã kết thúc trước đó.");
        assertThat(victimBrowser.get("/tasks").status()).isEqualTo(200);
    }

    private void assertEnded(Browser browser) throws Exception {
        Response page = browser.get("/tasks");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).as("an ended session's next request").endsWith("/login?expired");
        assertThat(browser.follow(page).body()).contains("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.");
    }

    private String lastAudit(String username) {
        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        AuditEvent last = trail.get(trail.size() - 1);
        assertThat(last.getKind()).isEqualTo(AuditKind.SESSION_ENDED);
        return last.getDetail();
    }

    private int sessionsInDatabase(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    private String account() {
        String username = "t.sessions." + System.nanoTime();
        accounts.create(username, "Lê Văn Phiên", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SCT").orElseThrow(),
                EnumSet.of(Role.OFFICER), PASSWORD, false);
        return username;
    }

    private static List<String> rows(String html) {
        Matcher body = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(body.find()).as("the table of sessions").isTrue();
        return Pattern.compile("<tr.*?</tr>", Pattern.DOTALL).matcher(body.group(1)).results()
                .map(m -> m.group()).toList();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    record Response(int status, String body, String location) {
    }

    /** A browser with its own cookie jar and user agent, following no redirect by itself. */
    class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

        final String userAgent;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;
        String csrf;

        Browser(String userAgent) {
            this.userAgent = userAgent;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        Browser login(String username, String password) throws Exception {
            get("/login");
            Response login = post("/login", Map.of("username", username, "password", password));
            assertThat(login.location()).doesNotContain("error");
            follow(login);
            return this;
        }

        Response get(String path) throws Exception {
            return send(request(path).GET());
        }

        Response post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> body = new LinkedHashMap<>(fields);
            body.put("_csrf", csrf);
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")))));
        }

        Response follow(Response response) throws Exception {
            Response current = response;
            for (int hops = 0; current.location() != null && hops < 5; hops++) {
                URI location = URI.create(current.location());
                current = get(location.isAbsolute() ? location.getRawPath()
                        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()) : current.location());
            }
            return current;
        }

        /** The id of the session in the database (the cookie carries it in Base64). */
        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> new String(java.util.Base64.getDecoder().decode(c.getValue()), StandardCharsets.UTF_8))
                    .findFirst().orElseThrow();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", userAgent)
                    .header("Accept", "text/html");
        }

        private Response send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        }
    }
}
