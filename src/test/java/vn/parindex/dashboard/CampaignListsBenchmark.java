package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.benchmark.BenchmarkHttp;
import vn.parindex.common.AppClock;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.Role;

/**
 * The three big lists of a 3,000-agency campaign, paged on the server: the dashboard (figures over every agency,
 * one page of the grid), the run page and the reviewers' list (2,000 open appraisals), each first page and a
 * filtered page, timed over real HTTP with a logged-in session (200 GETs after 20 warm-up). Not part of the normal build; run it on PostgreSQL with the heap of a small node:
 * {@code ./mvnw -q -B test -Dtest=CampaignListsBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true -Dtest.heap=-Xmx512m}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CampaignListsBenchmark {

    static final int AGENCIES = 3_000;
    static final int MAX_KB = 150;
    static final double MAX_P95_MS = 100;

    @LocalServerPort
    int port;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignWorkFixture work;
    @Autowired
    AppClock clock;

    private final List<String> lines = new ArrayList<>();
    private boolean met = true;

    @Test
    void firstPagesOfA3000AgencyCampaign() throws Exception {
        ResultsFixture.Seeded seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100"),
                ResultsFixture.Node.of("1.1", "100")), AGENCIES, clock.today().getYear());
        fixture.running(seeded);
        work.seed(seeded);
        BenchmarkHttp organiser = BenchmarkHttp.signedIn(port, fixture.user(seeded, -1, Role.ORGANISER), "Test@2026x");
        BenchmarkHttp reviewer = BenchmarkHttp.signedIn(port, fixture.user(seeded, -1, Role.REVIEWER), "Test@2026x");
        String dashboard = "/dashboard/campaigns/" + seeded.campaignId();
        String run = "/campaigns/" + seeded.campaignId() + "/run";

        measure("dashboard, first page", organiser, dashboard, "/ 3.000 cơ quan");
        measure("dashboard, overdue at self-assessment, communes", organiser,
                dashboard + "?milestone=SELF_ASSESSMENT&overdue=true&type=" + CampaignWorkFixture.OTHER_TYPE,
                "/ 250 cơ quan");
        measure("run page, first page", organiser, run, "/ 3.000 cơ quan");
        measure("run page, searched and sorted by name", organiser, run + "?q=so%20so%201&sort=name", "cơ quan");
        measure("reviewers' list, first page", reviewer, "/appraisals", "/ 2.000 cơ quan");
        measure("reviewers' list, overdue, last page", reviewer, "/appraisals?overdue=true&page=99", "/ 400 cơ quan");
        System.out.printf("%nCAMPAIGN LISTS BENCHMARK on %s, heap max %d MB: %d agencies, %d GET over HTTP after %d"
                        + " warm-up each; targets first page <= %d kB and p95 <= %.0f ms%n%s%ntargets %s%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), AGENCIES, BenchmarkHttp.RUNS,
                BenchmarkHttp.WARM_UP, MAX_KB, MAX_P95_MS, String.join("\n", lines),
                met ? "met" : "MISSED");
    }

    private void measure(String label, BenchmarkHttp http, String path, String count) throws Exception {
        String page = http.get(path);
        assertThat(page).as(label).contains(count);
        int kb = page.getBytes(StandardCharsets.UTF_8).length / 1024;
        BenchmarkHttp.Percentiles timing = http.measure(path);
        boolean ok = kb <= MAX_KB && timing.p95() <= MAX_P95_MS;
        met &= ok;
        lines.add(String.format("  %-50s %4d kB  %s  %s", label, kb, timing, ok ? "met" : "MISSED"));
        System.out.println(lines.get(lines.size() - 1));
    }
}
