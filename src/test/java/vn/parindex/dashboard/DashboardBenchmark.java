package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.benchmark.BenchmarkHttp;
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

    @LocalServerPort
    int port;
    @Autowired
    ResultsFixture fixture;
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
        ResultsFixture.Seeded seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100"),
                ResultsFixture.Node.of("1.1", "100")), AGENCIES, clock.today().getYear());
        fixture.running(seeded);
        seedWorkItemsAndMails(seeded);
        String organiser = fixture.user(seeded, -1, Role.ORGANISER);

        BenchmarkHttp http = BenchmarkHttp.signedIn(port, organiser, "Test@2026x");
        String path = "/dashboard/campaigns/" + seeded.campaignId();
        int size = http.get(path).length();
        BenchmarkHttp.Percentiles page = http.measure(path);
        vn.parindex.security.CurrentUser user = (vn.parindex.security.CurrentUser) userDetails.loadUserByUsername(organiser);
        List<Long> serviceMicros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            dashboard.view(seeded.campaignId(), user);
            serviceMicros.add((System.nanoTime() - start) / 1_000);
        }
        serviceMicros.sort(null);
        System.out.printf("%nDASHBOARD BENCHMARK on %s, heap max %d MB: %d agencies, %d GET over HTTP after %d warm-up,"
                        + " page %d kB: %s, max %.1f ms (of which the queries and assembly: p50 %.1f ms); target %s%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), AGENCIES, BenchmarkHttp.RUNS,
                BenchmarkHttp.WARM_UP, size / 1024, page, page.max(), serviceMicros.get(25) / 1000.0,
                page.p95() <= 100.0 ? "met" : "MISSED");
        assertThat(http.get(path)).contains("cell-OVERDUE").contains("cell-PENDING");
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
}
