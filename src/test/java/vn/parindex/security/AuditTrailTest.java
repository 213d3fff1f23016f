package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.VietnamTime;

/**
 * The audit log as the province's security review checks it: the client's address and browser on every line (over
 * real HTTP), rejected input with its field names, changes of password and roles, retention, the CSV export, and
 * that no line can be changed or removed unseen (the PostgreSQL trigger, the hash chain).
 */
@IntegrationTest
@Tag("postgres")
class AuditTrailTest {

    static final String PASSWORD = "Nhat12345";
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 ParIndexAudit";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditRetention retention;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    AppUserRepository users;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    TwoProvinces provinces;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @LocalServerPort
    int port;

    @Test
    void loginsFailuresAndLogoutsOverHttpCarryTheForwardedAddressAndTheBrowser() throws Exception {
        String username = newOfficer();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = token(send(http, httpGet("/login")).body());
        HttpResponse<String> wrong = send(http, httpForm("/login", "username=" + username + "&password=sai-mat-khau&_csrf="
                + token));
        assertThat(wrong.statusCode()).isEqualTo(302);
        token = token(send(http, httpGet("/login")).body());
        HttpResponse<String> login = send(http, httpForm("/login", "username=" + username + "&password=" + PASSWORD
                + "&_csrf=" + token));
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String page = send(http, httpGet("/account/password")).body();
        Matcher meta = CSRF_META.matcher(page);
        assertThat(meta.find()).as("the page of a logged-in user").isTrue();
        send(http, httpForm("/logout", "_csrf=" + meta.group(1)));

        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).extracting(AuditEvent::getKind)
                .containsExactly(AuditKind.LOGIN_FAILED, AuditKind.LOGIN, AuditKind.LOGOUT);
        assertThat(trail).allSatisfy(event -> {
            // the test client is on 127.0.0.1, a trusted proxy: Tomcat takes the client from X-Forwarded-For
            assertThat(event.getIpAddress()).isEqualTo("198.51.100.23");
            assertThat(event.getUserAgent()).isEqualTo(BROWSER);
        });
    }

    @Test
    void aBrowserNameCannotForgeALineAndIsCutToTheColumn() {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("User-Agent", "Evil\r\naudit 2026 kind=LOGIN user=admin\t" + "x".repeat(600));
        String username = "t.agent." + System.nanoTime();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of()));
        try {
            audit.record(AuditKind.EXPORT, "test", request);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(events.findByUsernameOrderById(username)).singleElement().satisfies(event -> {
            assertThat(event.getUserAgent()).startsWith("Evil audit 2026 kind=LOGIN user=admin x").doesNotContain("\n")
                    .doesNotContain("\r").hasSize(AuditEvent.MAX_USER_AGENT);
        });
    }

    @Test
    void aRejectedFormAndA400AreLoggedWithTheFieldNamesButNotTheValues() throws Exception {
        String username = newOfficer();
        CurrentUser officer = provinces.as(username);
        mvc.perform(post("/account/password").with(user(officer)).with(csrf())
                        .param("currentPassword", "Bi-mat-sai-1").param("newPassword", "Moi-Mat-Khau-9")
                        .param("confirmPassword", "Khac-Han-7"))
                .andExpect(status().isOk());
        assertThat(latest(username)).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.INPUT_REJECTED);
            assertThat(event.getPath()).isEqualTo("/account/password");
            assertThat(event.getDetail()).isEqualTo("form form: fields confirmPassword, currentPassword")
                    .doesNotContain("Bi-mat-sai-1").doesNotContain("Khac-Han-7");
        });

        CurrentUser admin = provinces.get().actors().get(Role.ADMIN);
        mvc.perform(get("/audit?kind=NO_SUCH_KIND").with(user(admin))).andExpect(status().isBadRequest());
        assertThat(latest(admin.username())).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.INPUT_REJECTED);
            assertThat(event.getDetail()).isEqualTo("400: parameter kind of the wrong type");
            assertThat(event.getPath()).isEqualTo("/audit?kind=NO_SUCH_KIND");
        });
    }

    @Test
    void aChangedPasswordAndChangedRolesAreLogged() throws Exception {
        String username = newOfficer();
        CurrentUser officer = provinces.as(username);
        mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Moi2026Matkhau").param("confirmPassword", "Moi2026Matkhau"))
                .andExpect(status().is3xxRedirection());
        assertThat(latest(username)).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.PASSWORD_CHANGED);
            assertThat(event.getDetail()).isEqualTo("password of " + username + " changed");
        });

        CurrentUser admin = provinces.as("admin");
        AppUser account = users.findByUsername(username).orElseThrow();
        UserForm form = UserForm.of(account);
        form.setRoles(EnumSet.of(Role.OFFICER, Role.HEAD));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        admin, null, admin.getAuthorities()));
        try {
            administration.update(admin, account.getId(), form);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(latest("admin")).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.ROLE_CHANGED);
            assertThat(event.getDetail()).isEqualTo(username + ": roles [OFFICER] → [OFFICER, HEAD], agency AH-SCT → AH-SCT");
        });
    }

    @Test
    void theNightlyJobRemovesWhatIsOlderThanTheRetentionAndKeepsTheRest() {
        String username = "t.retention." + System.nanoTime();
        ZonedDateTime now = ZonedDateTime.now(VietnamTime.ZONE);
        append(username, now.minusMonths(13).toInstant(), "13 months old");
        append(username, now.minusMonths(12).minusDays(1).toInstant(), "a year and a day old");
        append(username, now.minusMonths(11).toInstant(), "11 months old");
        append(username, now.minusMonths(2).toInstant(), "2 months old");

        assertThat(retention.removeExpired()).isGreaterThanOrEqualTo(2);

        assertThat(events.findByUsernameOrderById(username)).extracting(AuditEvent::getDetail)
                .containsExactly("11 months old", "2 months old");
        assertThat(events.findAll()).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.AUDIT_RETENTION);
            assertThat(event.getDetail()).contains("(12 months kept)");
        });
        // the lines the job removed were old enough: the chain is still intact
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aRetentionUnderThreeMonthsStopsTheApplication() {
        assertThatThrownBy(() -> new AuditRetentionPeriod(2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parindex.audit.retention-months is 2")
                .hasMessageContaining("at least 3 months");
        assertThat(new AuditRetentionPeriod(3).months()).isEqualTo(3);
    }

    @Test
    void administratorsExportTheirSelectionAsCsvThatExcelReadsInVietnamese() throws Exception {
        String username = newOfficer();
        audit.recordFor(AuditKind.EXPORT, username, "Báo cáo tự đánh giá \"Sở Công Thương\", bản PDF");
        CurrentUser admin = provinces.as("admin");
        byte[] file = mvc.perform(get("/audit.csv").param("username", username).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("EXPORT");
            assertThat(row.get("username")).isEqualTo(username);
            assertThat(row.get("detail")).isEqualTo("Báo cáo tự đánh giá \"Sở Công Thương\", bản PDF");
            assertThat(row.get("hash")).hasSize(64);
        });
        assertThat(latest(admin.username())).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.EXPORT);
            assertThat(event.getDetail()).isEqualTo("security audit log (CSV)");
        });
        for (Role role : List.of(Role.ORGANISER, Role.OFFICER, Role.VIEWER)) {
            mvc.perform(get("/audit.csv").with(user(provinces.get().actors().get(role))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeOrDeleteALine() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.kind().equals("h2"), "a PostgreSQL trigger");
        String username = "t.immutable." + System.nanoTime();
        audit.recordFor(AuditKind.LOGIN, username, null);
        Long id = latest(username).getId();
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'forged' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(latest(username).getDetail()).isNull();
    }

    @Test
    void theHashChainNamesAChangedLineAndTheAdministratorSeesIt() throws Exception {
        String username = "t.tamper." + System.nanoTime();
        audit.recordFor(AuditKind.LOGIN_FAILED, username, "bad credentials");
        audit.recordFor(AuditKind.LOGIN, username, null);
        Long id = events.findByUsernameOrderById(username).get(0).getId();
        CurrentUser admin = provinces.as("admin");
        assertThat(chain.verify().intact()).isTrue();
        mvc.perform(get("/audit/chain").with(user(admin))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Chuỗi nhật ký nguyên vẹn")));

        tamper("update audit_event set detail = 'account locked' where id = " + id);
        try {
            AuditChain.Verdict verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(id);
            assertThat(verdict.problem()).isEqualTo("changed");
            mvc.perform(get("/audit/chain").param("lang", "en").with(user(admin))).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("The chain is broken at line no. " + id)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("this line was changed")));
        } finally {
            tamper("update audit_event set detail = 'bad credentials' where id = " + id);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void manyWritersAtOnceStillMakeOneChain() throws Exception {
        String username = "t.concurrent." + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writes.add(pool.submit(() -> audit.recordFor(AuditKind.EXPORT, username, "write " + n)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).hasSize(40);
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Changes a line behind the application's back; on PostgreSQL as the superuser that switches triggers off. */
    private void tamper(String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                boolean postgres = !TestDatabase.kind().equals("h2");
                if (postgres) {
                    statement.execute("set session_replication_role = replica");
                }
                try {
                    statement.executeUpdate(sql);
                } finally {
                    if (postgres) {
                        statement.execute("set session_replication_role = origin");
                    }
                }
            }
            return null;
        });
    }

    private void append(String username, Instant occurredAt, String detail) {
        tx.executeWithoutResult(status -> chain.append(new AuditEvent(occurredAt, AuditKind.LOGIN, username, null,
                "127.0.0.1", BROWSER, "POST", "/login", detail)));
    }

    private String newOfficer() {
        String username = "t.trail." + System.nanoTime();
        accounts.create(username, "Trần Thị Vết", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SCT").orElseThrow(),
                EnumSet.of(Role.OFFICER), PASSWORD, false);
        return username;
    }

    private AuditEvent latest(String username) {
        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).as("audit events of " + username).isNotEmpty();
        return trail.get(trail.size() - 1);
    }

    private HttpRequest.Builder httpGet(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder httpForm(String path, String body) {
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", BROWSER).header("X-Forwarded-For", "198.51.100.23");
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
