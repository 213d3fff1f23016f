package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Saving one criterion of a 100-leaf scorecard over real HTTP as the agency's officer: 200 saves answered with the
 * row and the subtotals it changes (htmx), and beside them, in the same run, 200 saves through the page without
 * JavaScript (the POST, its redirect and the whole page). Not part of the normal build; run it on PostgreSQL with
 * {@code ./mvnw -q -B test -Dtest=ScorecardBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true
 * -Dtest.heap=-Xmx512m}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ScorecardBenchmark {

    static final int GROUPS = 10;
    static final int LEAVES_PER_GROUP = 10;
    static final int SAVES = 200;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppClock clock;
    @Autowired
    ScorecardService service;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void aFragmentSaveAnswersWithinThirtyMillisecondsAndFiveKilobytes() throws Exception {
        List<ResultsFixture.Node> tree = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        for (int g = 1; g <= GROUPS; g++) {
            tree.add(ResultsFixture.Node.of(String.valueOf(g), String.valueOf(LEAVES_PER_GROUP)));
            for (int l = 1; l <= LEAVES_PER_GROUP; l++) {
                tree.add(ResultsFixture.Node.of(g + "." + l, "1"));
                leaves.add(g + "." + l);
            }
        }
        ResultsFixture.Seeded seeded = fixture.seed(tree, 3, clock.today().getYear());
        // agency 0: the fragment saves, agency 1: the same saves through the whole page, agency 2: warm-up
        Path fragments = new Path(seeded, 0, leaves);
        Path pages = new Path(seeded, 1, leaves);
        Path warmUp = new Path(seeded, 2, leaves);
        for (int i = 0; i < BenchmarkHttp.WARM_UP; i++) {
            warmUp.save(i, true);
            warmUp.save(i + BenchmarkHttp.WARM_UP, false);
        }
        for (int i = 0; i < SAVES; i++) {
            fragments.save(i, true);
            pages.save(i, false);
        }
        String page = pages.http.get(pages.path);
        double serviceMillis = inProcess(warmUp, leaves);
        String lastFragment = fragments.last;
        Stats fragment = fragments.stats();
        Stats full = pages.stats();
        System.out.printf("%nSCORECARD BENCHMARK on %s, heap max %d MB: %d leaves, %d saves over HTTP each path after"
                        + " %d warm-up; fragment (htmx): %s, %s (of which saving and the row's figures in process: p50 %.1f ms); whole page (POST, redirect, GET): %s, %s; target"
                        + " p95 <= 30 ms and <= 5 KB: %s%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), leaves.size(), SAVES,
                BenchmarkHttp.WARM_UP, fragment.times(), fragment.sizes(), serviceMillis, full.times(), full.sizes(),
                fragment.p95Millis() <= 30.0 && fragment.maxBytes() <= 5 * 1024 ? "met" : "MISSED");
        assertThat(lastFragment).contains("Đã lưu", "hx-swap-oob").doesNotContain("<html");
        assertThat(page).contains("id=\"totals\"");
    }

    /** The median of 50 saves of the warm-up agency through the service alone (no HTTP, security or HTML). */
    private double inProcess(Path warmUp, List<String> leaves) {
        vn.parindex.security.CurrentUser officer =
                (vn.parindex.security.CurrentUser) userDetails.loadUserByUsername(warmUp.officer);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String leaf = leaves.get(50 + i);
            long version = warmUp.versions.getOrDefault(leaf, -1L);
            long start = System.nanoTime();
            service.saveAndShow(officer, warmUp.seeded.campaignId(), warmUp.agencyId, warmUp.seeded.criterion(leaf),
                    new LeafInput("có", false, null, "Trong tiến trình " + i, null, version, null));
            micros.add((System.nanoTime() - start) / 1_000);
            warmUp.versions.put(leaf, version + 1);
        }
        micros.sort(null);
        return micros.get(24) / 1000.0;
    }

    /** One agency's officer saving leaf after leaf, its timings and response sizes. */
    private final class Path {
        final BenchmarkHttp http;
        final String officer;
        final Long agencyId;
        final String path;
        final ResultsFixture.Seeded seeded;
        final List<String> leaves;
        final Map<String, Long> versions = new HashMap<>();
        final List<Long> micros = new ArrayList<>();
        final List<Integer> bytes = new ArrayList<>();
        String csrf;
        String last;

        Path(ResultsFixture.Seeded seeded, int agency, List<String> leaves) throws Exception {
            this.seeded = seeded;
            this.leaves = leaves;
            agencyId = seeded.agencyIds().get(agency);
            var now = clock.instant();
            jdbc.update("""
                    insert into work_item (task_id, process_instance_id, campaign_id, agency_id, task_key, name,
                        milestone, state, created_at, due_at)
                    values (?, ?, ?, ?, 'submitSelfAssessment', 'Tự đánh giá', 'SELF_ASSESSMENT', 'OPEN', ?, ?)""",
                    "bench-sc-" + seeded.code() + "-" + agency, "bench-sc-" + seeded.code() + "-" + agency,
                    seeded.campaignId(), agencyId, Timestamp.from(now), Timestamp.from(now.plus(9, ChronoUnit.DAYS)));
            officer = fixture.user(seeded, agency, Role.OFFICER);
            http = BenchmarkHttp.signedIn(port, officer, "Test@2026x");
            path = "/assessments/" + seeded.campaignId() + "/agencies/" + agencyId;
            Matcher token = CSRF.matcher(http.get(path));
            assertThat(token.find()).as("CSRF token on the scorecard").isTrue();
            csrf = token.group(1);
        }

        /** Save number i: leaf i mod 100, "có" on the first round, "không" on the second, and so on. */
        void save(int i, boolean htmx) throws Exception {
            String leaf = leaves.get(i % leaves.size());
            String answer = (i / leaves.size()) % 2 == 0 ? "có" : "không";
            long version = versions.getOrDefault(leaf, -1L);
            String form = "answer=" + BenchmarkHttp.encode(answer) + "&version=" + version + "&note="
                    + BenchmarkHttp.encode("Lần lưu " + i) + "&_csrf=" + BenchmarkHttp.encode(csrf);
            String leafPath = path + "/criteria/" + seeded.criterion(leaf);
            long start = System.nanoTime();
            HttpResponse<String> response = http.post(leafPath, form, htmx);
            String body = response.body();
            if (!htmx) {
                assertThat(response.statusCode()).as("save " + i + " without JavaScript").isEqualTo(302);
                body = http.get(path);
            }
            micros.add((System.nanoTime() - start) / 1_000);
            bytes.add(body.getBytes(StandardCharsets.UTF_8).length);
            assertThat(response.statusCode() == 302 || body.contains("Đã lưu")).as("save " + i + ": " + body).isTrue();
            versions.put(leaf, version + 1);
            last = body;
        }

        Stats stats() {
            List<Long> sortedMicros = micros.subList(micros.size() - SAVES, micros.size()).stream().sorted().toList();
            List<Integer> sortedBytes = bytes.subList(bytes.size() - SAVES, bytes.size()).stream().sorted().toList();
            return new Stats(sortedMicros, sortedBytes);
        }
    }

    private record Stats(List<Long> micros, List<Integer> bytes) {
        double p95Millis() {
            return micros.get((int) Math.ceil(SAVES * 0.95) - 1) / 1000.0;
        }

        int maxBytes() {
            return bytes.get(SAVES - 1);
        }

        String times() {
            return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", micros.get(SAVES / 2 - 1) / 1000.0,
                    p95Millis(), micros.get(SAVES - 1) / 1000.0);
        }

        String sizes() {
            return String.format("response p50 %.1f KB, max %.1f KB", bytes.get(SAVES / 2 - 1) / 1024.0,
                    maxBytes() / 1024.0);
        }
    }
}
