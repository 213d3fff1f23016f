package vn.parindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.common.AppClock;
import vn.parindex.demo.DemoData;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.Role;

/**
 * The whole country on one installation: 34 provinces of 120 agencies each, five open engine tasks per agency
 * (20,400 tasks). Measured over real HTTP: the task list of an agency's officer and of a province's reviewing
 * department (which sees all 120 agencies' appraisals), Camunda's REST {@code /engine-rest/task} for the same
 * reviewer group in the same run, and a province's dashboard. Then provinces of 30, 300 and 3,000 agencies are
 * added to the same database and measured the same way, to show how each figure grows with the size of a campaign.
 * Not part of the normal build; run it on PostgreSQL with the heap of a small node:
 * {@code ./mvnw -q -B test -Dtest=NationalBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true -Dtest.heap=-Xmx512m}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalBenchmark {

    static final int PROVINCES = 34;
    static final int AGENCIES_PER_PROVINCE = 120;
    static final int[] GROWTH = {30, 300, 3_000};
    static final String PASSWORD = "Test@2026x";
    /** The five open tasks of every agency: task key, milestone, whose group. */
    static final String[][] TASKS = {
            {"submitRespondentList", "RESPONDENT_LIST", "officer"},
            {"submitSelfAssessment", "SELF_ASSESSMENT", "officer"},
            {"provideSupplementaryEvidence", "SUPPLEMENTARY", "officer"},
            {"signOffSelfAssessment", "SELF_ASSESSMENT", "head"},
            {"appraiseSelfAssessment", "APPRAISAL", "reviewer"}};
    static final int BATCH = 500;

    @LocalServerPort
    int port;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AppClock clock;

    private final Random random = new Random(42);
    private final List<String> lines = new ArrayList<>();
    private int openTasks;

    @Test
    void tasklistAndDashboardOfANationalInstallation() throws Exception {
        deployOneTaskProcesses();
        long seedStart = System.nanoTime();
        List<ResultsFixture.Seeded> provinces = new ArrayList<>();
        for (int p = 0; p < PROVINCES; p++) {
            provinces.add(province(AGENCIES_PER_PROVINCE));
        }
        long seedSeconds = (System.nanoTime() - seedStart) / 1_000_000_000;
        measure("national: " + PROVINCES + " provinces x " + AGENCIES_PER_PROVINCE + " agencies", provinces.get(0));
        for (int size : GROWTH) {
            measure("a province of " + size + " agencies", province(size));
        }
        System.out.printf("%nNATIONAL BENCHMARK on %s, heap max %d MB (seeding the national set took %d s)%n%s%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), seedSeconds,
                String.join("\n", lines));
    }

    private void measure(String label, ResultsFixture.Seeded province) throws Exception {
        String officerName = fixture.user(province, 0, Role.OFFICER);
        String reviewerName = fixture.user(province, -1, Role.REVIEWER);
        String organiserName = fixture.user(province, -1, Role.ORGANISER);
        BenchmarkHttp officer = BenchmarkHttp.signedIn(port, officerName, PASSWORD);
        BenchmarkHttp reviewer = BenchmarkHttp.signedIn(port, reviewerName, PASSWORD);
        BenchmarkHttp organiser = BenchmarkHttp.signedIn(port, organiserName, PASSWORD);
        BenchmarkHttp admin = BenchmarkHttp.basic(port, "admin", DemoData.PASSWORD);
        int agencies = province.agencyIds().size();
        String reviewerGroup = CandidateGroups.reviewer(province.code() + "-SNV");
        String rest = "/engine-rest/task?candidateGroups=" + BenchmarkHttp.encode(reviewerGroup)
                + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=25";
        String dashboard = "/dashboard/campaigns/" + province.campaignId();

        assertThat(officer.get("/tasks")).contains("Tự đánh giá").doesNotContain("Trang 1/");
        assertThat(reviewer.get("/tasks")).contains("(" + java.text.NumberFormat.getIntegerInstance(
                java.util.Locale.forLanguageTag("vi")).format(agencies) + " nhiệm vụ)");
        assertThat(admin.get(rest).split("\"id\"", -1).length - 1).isEqualTo(Math.min(25, agencies));
        assertThat(organiser.get(dashboard)).contains("cell-OVERDUE");

        BenchmarkHttp.Percentiles officerList = officer.measure("/tasks");
        BenchmarkHttp.Percentiles reviewerList = reviewer.measure("/tasks");
        BenchmarkHttp.Percentiles engineRest = admin.measure(rest);
        BenchmarkHttp.Percentiles progress = organiser.measure(dashboard);
        lines.add(String.format("%s (%d open tasks in the database): officer's /tasks %s; reviewer's /tasks (%d tasks)"
                        + " %s; /engine-rest/task for the reviewer's group %s; dashboard %s; targets %s",
                label, openTasks, officerList, agencies, reviewerList,
                engineRest, progress, officerList.p95() <= 50 && reviewerList.p95() <= 50
                        && reviewerList.p95() <= engineRest.p95() && progress.p95() <= 100 ? "met" : "MISSED"));
        System.out.println(lines.get(lines.size() - 1));
    }

    /** A running campaign of a new province whose every agency has its five tasks open in the engine. */
    private ResultsFixture.Seeded province(int agencies) {
        ResultsFixture.Seeded province = fixture.seed(List.of(ResultsFixture.Node.of("1", "100"),
                ResultsFixture.Node.of("1.1", "100")), agencies, clock.today().getYear());
        fixture.running(province);
        Instant now = clock.instant();
        for (int from = 0; from < agencies; from += BATCH / TASKS.length) {
            int first = from;
            tx.executeWithoutResult(status -> {
                for (int a = first; a < Math.min(agencies, first + BATCH / TASKS.length); a++) {
                    for (String[] task : TASKS) {
                        start(province, a, task, now);
                    }
                }
            });
        }
        openTasks += agencies * TASKS.length;
        return province;
    }

    private void start(ResultsFixture.Seeded province, int agency, String[] task, Instant now) {
        String code = province.agencyCodes().get(agency);
        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignId", province.campaignId());
        variables.put("agencyId", province.agencyIds().get(agency));
        variables.put("milestone", task[1]);
        variables.put("group", switch (task[2]) {
            case "officer" -> CandidateGroups.officers(code);
            case "head" -> CandidateGroups.head(code);
            default -> CandidateGroups.reviewer(province.code() + "-SNV");
        });
        if ("reviewer".equals(task[2])) {
            variables.put("reviewerId", province.standingId());
        }
        variables.put("due", Date.from(now.plus(random.nextInt(40) - 10, ChronoUnit.DAYS)));
        runtime.startProcessInstanceByKey("national-" + task[0], variables);
    }

    /** One process per task key, each a single user task named as in our processes, so the list reads as usual. */
    private void deployOneTaskProcesses() {
        DeploymentBuilder deployment = repository.createDeployment().name("national-benchmark");
        for (String[] task : TASKS) {
            deployment.addModelInstance("national-" + task[0] + ".bpmn", Bpmn.createExecutableProcess("national-" + task[0])
                    .camundaHistoryTimeToLive(1).startEvent()
                    .userTask(task[0]).name(task[0]).camundaCandidateGroups("${group}").camundaDueDate("${due}")
                    .endEvent().done());
        }
        deployment.deploy();
    }
}
