package vn.parindex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.demo.DemoData;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CandidateGroups;

/**
 * The task list with 20,000 open tasks in the database (real engine tasks, each mirrored into work_item): GET /tasks
 * for one officer over real HTTP, against Camunda's REST {@code /engine-rest/task} for the same candidate group, in
 * the same run. Not part of the normal build; run it on PostgreSQL with
 * {@code ./mvnw -q -B test -Dtest=TasklistBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TasklistBenchmark {

    static final int TASKS = 20_000;
    /** Tasks are spread over this many officer groups; the measured officer's group has TASKS / GROUPS of them. */
    static final int GROUPS = 200;
    static final int BATCH = 500;
    static final int WARM_UP = 20;
    static final int RUNS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theTasklistOf20000OpenTasksAnswersWithin50MsAtP95AndNoSlowerThanTheEngineRest() throws Exception {
        ProcessFixture.World world = fixture.world();
        String officersGroup = CandidateGroups.officers(world.agencyACode());
        long seedStart = System.nanoTime();
        seed(world, officersGroup);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        HttpClient officer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(officer, world.officer(), ProcessFixture.PASSWORD);
        HttpClient admin = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + DemoData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest page = HttpRequest.newBuilder(uri("/tasks")).GET().build();
        HttpRequest rest = HttpRequest.newBuilder(uri("/engine-rest/task?candidateGroups="
                        + URLEncoder.encode(officersGroup, StandardCharsets.UTF_8)
                        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + TaskController.PAGE_SIZE))
                .header("Authorization", basic).header("Accept", "application/json").GET().build();

        String html = officer.send(page, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(html).contains("Trang 1/" + (TASKS / GROUPS / TaskController.PAGE_SIZE) + " (" + TASKS / GROUPS);
        String json = admin.send(rest, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json.split("\"id\"", -1).length - 1).isEqualTo(TaskController.PAGE_SIZE);

        double[] tasklist = measure(() -> status(officer, page));
        double[] engineRest = measure(() -> status(admin, rest));
        boolean met = tasklist[1] <= 50.0 && tasklist[1] <= engineRest[1];
        System.out.printf("%nTASKLIST BENCHMARK on %s: %d open tasks (%d for the officer's group), %d requests after %d"
                        + " warm-up, real HTTP: GET /tasks p50 %.1f ms, p95 %.1f ms; GET /engine-rest/task (same group,"
                        + " first page) p50 %.1f ms, p95 %.1f ms; target %s (seeding took %d s)%n%n",
                TestDatabase.kind(), TASKS, TASKS / GROUPS, RUNS, WARM_UP, tasklist[0], tasklist[1], engineRest[0],
                engineRest[1], met ? "met" : "MISSED", seedMillis / 1000);
    }

    /** 20,000 instances of a one-task process, started in batches; the task listener mirrors each into work_item. */
    private void seed(ProcessFixture.World world, String officersGroup) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("tasklistBenchmark").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("submitSelfAssessment").name("Tự đánh giá").camundaCandidateGroups("${group}")
                .camundaDueDate("${due}")
                .endEvent().done();
        repository.createDeployment().name("tasklist-benchmark").addModelInstance("tasklist-benchmark.bpmn", model)
                .deploy();
        Random random = new Random(42);
        Instant now = Instant.now();
        for (int start = 0; start < TASKS; start += BATCH) {
            int from = start;
            tx.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(TASKS, from + BATCH); i++) {
                    boolean officers = i % GROUPS == 0;
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("campaignId", world.campaignId());
                    variables.put("agencyId", officers ? world.agencyAId() : world.agencyBId());
                    variables.put("milestone", "SELF_ASSESSMENT");
                    variables.put("group", officers ? officersGroup : "agency:BENCH-" + (i % GROUPS) + ":officer");
                    variables.put("due", Date.from(now.plus(random.nextInt(60) - 20, ChronoUnit.DAYS)));
                    runtime.startProcessInstanceByKey("tasklistBenchmark", variables);
                }
            });
        }
    }

    private double[] measure(Supplier<Integer> request) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(request.get()).isEqualTo(200);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assertThat(request.get()).isEqualTo(200);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        return new double[] {micros.get(RUNS / 2 - 1) / 1000.0, micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0};
    }

    private static int status(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void login(HttpClient client, String username, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
