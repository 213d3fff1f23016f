package vn.parindex.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.parindex.demo.DemoData;

/**
 * Sessions in the database, across two nodes of the packaged jar on one PostgreSQL, with no sticky sessions: a browser
 * that logged in through one node is served by the other without logging in again (our pages and Camunda's webapps);
 * a password changed on one node ends the user's other sessions on both, and a request with an ended session's
 * cookie gets the login page saying the session has ended. Run with {@code ./mvnw -B verify -Pfaults}; the figures
 * go to {@code target/faults-sessions/report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFaultIT {

    static final String NEW_PASSWORD = "Phien-2026-nut-thu-hai";
    static final String ENDED = "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.";

    final FaultReport report = new FaultReport();
    FaultCluster cluster;
    Db db;
    AppNode first;
    AppNode second;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = new FaultCluster(jar(), Path.of("target", "faults-sessions").toAbsolutePath());
        db = new Db(cluster);
        cluster.startPostgres();
        cluster.startSmtp();
        Instant started = Instant.now();
        first = cluster.startNode("node-1");
        first.awaitUp(ClusterFaultIT.START);
        second = cluster.startNode("node-2");
        second.awaitUp(ClusterFaultIT.START);
        report.section("Start");
        report.line("two nodes up after %d s", Duration.between(started, Instant.now()).toSeconds());
    }

    @AfterAll
    void stopCluster() throws Exception {
        report.write(Path.of("target", "faults-sessions", "report.md"));
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aUserLoggedInThroughOneNodeIsServedByTheOtherWithoutLoggingInAgain() throws Exception {
        Official onFirst = new Official("officer", first).login(DemoData.PASSWORD, DemoData.PASSWORD);
        Official onSecond = onFirst.on(second);
        Official.Page tasks = onSecond.get("/tasks");
        assertThat(tasks.status()).as("node 2 serves node 1's session").isEqualTo(200);
        assertThat(tasks.body()).contains("Nhiệm vụ của tôi").doesNotContain("name=\"password\"");
        // a form posted to node 2 with the CSRF token of node 1's page: the token lives in the shared session too
        Official.Page refused = onSecond.follow(onSecond.submit("/account/password", Map.of("currentPassword", "sai",
                "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        assertThat(refused.status()).as("a POST on node 2 with node 1's token is not refused").isEqualTo(200);
        assertThat(refused.body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(onFirst.get("/tasks").status()).isEqualTo(200);

        Official admin = new Official("admin", first).login(DemoData.PASSWORD, DemoData.PASSWORD);
        Official.Page cockpit = admin.on(second)
                .getJson("/camunda/api/engine/engine/default/process-definition/count");
        assertThat(cockpit.status()).as("Camunda's webapp API on node 2 with node 1's session").isEqualTo(200);
        assertThat(cockpit.body()).contains("count");
        assertThat(admin.on(second).get("/camunda/app/cockpit/default/").status()).isEqualTo(200);

        long rows = db.count("select count(*) from spring_session where principal_name in ('officer', 'admin')");
        report.section("A session used on both nodes");
        report.line("officer logged in on node-1, served on node-2 (tasks page, a form post with node-1's CSRF token); "
                + "admin logged in on node-1, Camunda Cockpit and its API on node-2; %d session rows in PostgreSQL", rows);
        assertThat(rows).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aPasswordChangedOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        Official office = new Official("head", first).login(DemoData.PASSWORD, DemoData.PASSWORD);
        Official home = new Official("head", second).login(DemoData.PASSWORD, DemoData.PASSWORD);
        assertThat(office.get("/tasks").status()).isEqualTo(200);
        long auditBefore = db.count("select count(*) from audit_event where kind = 'SESSION_ENDED' and username = 'head'");

        home.get("/account/password");
        Official.Page changed = home.follow(home.submit("/account/password", Map.of("currentPassword", DemoData.PASSWORD,
                "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        assertThat(changed.body()).contains("Đã đổi mật khẩu.");
        Instant at = Instant.now();

        Official.Page stale = office.get("/tasks");
        assertThat(stale.status()).as("node 1, the session that was ended on node 2").isEqualTo(302);
        assertThat(stale.location()).endsWith("/login?expired");
        assertThat(office.follow(stale).body()).contains(ENDED);
        assertThat(office.on(second).get("/tasks").location()).as("and on node 2").endsWith("/login");
        assertThat(home.get("/tasks").status()).as("the session the password was changed in").isEqualTo(200);
        assertThat(home.on(first).get("/tasks").status()).as("which node 1 serves as well").isEqualTo(200);
        assertThat(db.count("select count(*) from audit_event where kind = 'SESSION_ENDED' and username = 'head'"))
                .isEqualTo(auditBefore + 1);
        assertThat(db.value("select detail from audit_event where kind = 'SESSION_ENDED' and username = 'head' "
                + "order by id desc limit 1")).isEqualTo("1 session ended (password changed) by head");

        Official again = new Official("head", first).login(NEW_PASSWORD, NEW_PASSWORD);
        assertThat(again.get("/tasks").status()).isEqualTo(200);
        report.section("A password changed on node-2");
        report.line("head signed in on both nodes; the password changed on node-2: node-1's session got the login page "
                + "\"%s\" at its next request (%d ms after the change), one SESSION_ENDED entry in the audit log; the "
                + "session the password was changed in went on, on both nodes", ENDED,
                Duration.between(at, Instant.now()).toMillis());
    }

    private static Path jar() throws IOException {
        String configured = System.getProperty("parindex.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("par-index-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package the jar first: ./mvnw -DskipTests package"));
        }
    }
}
