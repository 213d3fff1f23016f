package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.Role;

/**
 * The dashboard page of a 300-agency campaign (≈ 1,500 work items, 600 mails), timed over real HTTP with a logged-in
 * session. Not part of the normal build; run it on PostgreSQL with
 * {@code ./mvnw -q -B test -Dtest=DashboardBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark {

    static final int AGENCIES = 300;
    static final int WARM_UP = 20;
    static final int RUNS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppClock clock;
    @Autowired
    CampaignDashboard dashboard;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void dashboardOf300AgenciesAnswersWithinAHundredMilliseconds() throws Exception {
        LocalDate today = clock.today();
        ResultsFixture.Seeded seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100"),
                ResultsFixture.Node.of("1.1", "100")), AGENCIES, today.getYear());
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(seeded.campaignId()).orElseThrow();
            campaign.setMilestone(MilestoneType.FRAMEWORK_REVISION, null, today.minusDays(20), false);
            campaign.setMilestone(MilestoneType.TRAINING, null, today.minusDays(15), true);
            campaign.setMilestone(MilestoneType.RESPONDENT_LIST, null, today.minusDays(10), true);
            campaign.setMilestone(MilestoneType.SELF_ASSESSMENT, today.minusDays(9), today.minusDays(1), true);
            campaign.setMilestone(MilestoneType.SUPPLEMENTARY, today.plusDays(2), today.plusDays(8), true);
            campaign.setMilestone(MilestoneType.APPRAISAL, null, today.plusDays(10), true);
            campaign.setMilestone(MilestoneType.SURVEY_RESULTS, null, today.plusDays(10), true);
            campaign.setMilestone(MilestoneType.AGGREGATION, null, today.plusDays(15), true);
            campaign.setMilestone(MilestoneType.APPROVAL, null, today.plusDays(18), true);
            campaign.setMilestone(MilestoneType.PUBLICATION, null, today.plusDays(20), true);
            campaign.setStatus(CampaignStatus.RUNNING);
            campaign.setLaunchedAt(clock.instant().minus(20, ChronoUnit.DAYS));
        });
        seedWorkItemsAndMails(seeded);
        String organiser = fixture.user(seeded, -1, Role.ORGANISER);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        login(http, organiser);
        URI page = URI.create(base() + "/dashboard/campaigns/" + seeded.campaignId());
        for (int i = 0; i < WARM_UP; i++) {
            get(http, page);
        }
        List<Long> micros = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = get(http, page).length();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        vn.parindex.security.CurrentUser user = (vn.parindex.security.CurrentUser) userDetails.loadUserByUsername(organiser);
        List<Long> serviceMicros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            dashboard.view(seeded.campaignId(), user);
            serviceMicros.add((System.nanoTime() - start) / 1_000);
        }
        serviceMicros.sort(null);
        double median = (micros.get(RUNS / 2 - 1) + micros.get(RUNS / 2)) / 2000.0;
        double p95 = micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0;
        System.out.printf("%nDASHBOARD BENCHMARK on %s: %d agencies, %d GET over HTTP after %d warm-up, page %d kB:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms (of which the queries and assembly: p50 %.1f ms)%n%n",
                TestDatabase.kind(), AGENCIES, RUNS, WARM_UP, size / 1024, median, p95, micros.get(RUNS - 1) / 1000.0,
                serviceMicros.get(25) / 1000.0);
        assertThat(p95).isLessThanOrEqualTo(100.0);
    }

    private void seedWorkItemsAndMails(ResultsFixture.Seeded seeded) {
        Instant now = clock.instant();
        Instant selfDue = now.minus(1, ChronoUnit.DAYS);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> mails = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            Long agency = seeded.agencyIds().get(a);
            String p = "bench-" + seeded.code() + "-" + a;
            boolean submitted = a % 3 != 0;
            items.add(item(p + "-rl", p, seeded, agency, "submitRespondentList", "RESPONDENT_LIST", "COMPLETED",
                    now.minus(12, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS), a % 7 == 0 ? 2 : 0));
            items.add(item(p + "-sa", p, seeded, agency, "submitSelfAssessment", "SELF_ASSESSMENT",
                    submitted ? "COMPLETED" : "OPEN", now.minus(9, ChronoUnit.DAYS), selfDue, submitted ? 0 : null));
            if (submitted) {
                items.add(item(p + "-so", p, seeded, agency, "signOffSelfAssessment", "SELF_ASSESSMENT", "COMPLETED",
                        now.minus(3, ChronoUnit.DAYS), selfDue, 0));
                items.add(item(p + "-ap1", p, seeded, agency, "appraiseSelfAssessment", "APPRAISAL", "OPEN",
                        now.minus(2, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS), null));
                items.add(item(p + "-ap2", p, seeded, agency, "appraiseSelfAssessment", "APPRAISAL", "OPEN",
                        now.minus(2, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS), null));
            }
            mails.add(mail(p + "-rem", seeded, agency, "REMINDER", now.minus(4, ChronoUnit.DAYS)));
            if (!submitted) {
                mails.add(mail(p + "-over", seeded, agency, "OVERDUE", now.minus(1, ChronoUnit.HOURS)));
            }
        }
        jdbc.batchUpdate("""
                insert into work_item (task_id, process_instance_id, campaign_id, agency_id, task_key, name, milestone,
                    state, created_at, due_at, completed_at, late_days)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
        jdbc.batchUpdate("""
                insert into outbox_mail (dedup_key, campaign_id, agency_id, kind, recipient, subject, body_html, status,
                    attempts, next_attempt_at, created_at, message_id, version)
                values (?, ?, ?, ?, ?, ?, '<p>x</p>', 'SENT', 1, ?, ?, ?, 0)""", mails);
    }

    private static Object[] item(String taskId, String process, ResultsFixture.Seeded seeded, Long agency,
                                 String key, String milestone, String state, Instant created, Instant due,
                                 Integer lateDays) {
        boolean done = "COMPLETED".equals(state);
        Instant completed = done ? due.minus(lateDays != null && lateDays > 0 ? -lateDays : 1, ChronoUnit.DAYS) : null;
        return new Object[] {taskId, process, seeded.campaignId(), agency, key, key, milestone, state,
                Timestamp.from(created), Timestamp.from(due), completed == null ? null : Timestamp.from(completed),
                lateDays};
    }

    private static Object[] mail(String key, ResultsFixture.Seeded seeded, Long agency, String kind, Instant at) {
        return new Object[] {key, seeded.campaignId(), agency, kind, key + "@test.parindex.vn",
                "[Chỉ số CCHC] " + kind + " " + key, Timestamp.from(at), Timestamp.from(at), "<" + key + "@bench>"};
    }

    private void login(HttpClient http, String username) throws Exception {
        String form = get(http, URI.create(base() + "/login"));
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("csrf token on the login page").isTrue();
        String body = "username=" + enc(username) + "&password=" + enc("Test@2026x") + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return response.body();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
