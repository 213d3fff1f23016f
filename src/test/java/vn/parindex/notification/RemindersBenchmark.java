package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.common.AppClock;
import vn.parindex.results.ResultsFixture;

/**
 * 10,000 reminders due on one morning (3,334 agencies with three open tasks each, due in three days) queued by
 * the morning sweep of every process instance, as the timer jobs would run it, while a second thread delivers the
 * outbox to a real SMTP server (GreenMail in this JVM) as the node's scheduled delivery does. Prints the time to queue, the time to deliver and the duplicates received.
 * Not part of the normal build; run it on PostgreSQL with
 * {@code ./mvnw -q -B test -Dtest=RemindersBenchmark -Dbenchmark=true -Dtest.database=embedded -DskipPostgresRun=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RemindersBenchmark {

    static final int AGENCIES = 3_334;
    static final String[][] TASKS = {
            {"submitRespondentList", "RESPONDENT_LIST"},
            {"submitSelfAssessment", "SELF_ASSESSMENT"},
            {"provideSupplementaryEvidence", "SUPPLEMENTARY"}};

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ResultsFixture fixture;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    Reminders reminders;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AppClock clock;
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void tenThousandDueRemindersAreQueuedAndDeliveredWithinThirtySecondsWithoutDuplicates() throws Exception {
        long seedStart = System.nanoTime();
        ResultsFixture.Seeded seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100")), AGENCIES,
                clock.today().getYear());
        tx.executeWithoutResult(status -> agencies.findAllById(seeded.agencyIds()).forEach(agency -> {
            agency.setFocalName("Cán bộ " + agency.getCode());
            agency.setFocalEmail(agency.getCode().toLowerCase() + "@reminders.parindex.vn");
        }));
        List<String> processes = seedOpenTasks(seeded, clock.today().plusDays(3));
        long seedSeconds = (System.nanoTime() - seedStart) / 1_000_000_000;

        long start = System.nanoTime();
        ExecutorService deliverer = Executors.newSingleThreadExecutor();
        AtomicBoolean sweeping = new AtomicBoolean(true);
        Future<Integer> delivered = deliverer.submit(() -> deliverWhile(sweeping));
        int queued = sweepAll(processes);
        long queuedAt = System.nanoTime();
        sweeping.set(false);
        int sent = delivered.get();
        deliverer.shutdown();
        long deliveredAt = System.nanoTime();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("reminders.parindex.vn");
        long distinct = Arrays.stream(received).map(RemindersBenchmark::messageId).distinct().count();
        double queueSeconds = (queuedAt - start) / 1e9;
        double totalSeconds = (deliveredAt - start) / 1e9;
        boolean met = totalSeconds <= 30 && distinct == received.length && received.length == queued;
        System.out.printf("%nREMINDERS BENCHMARK on %s, heap max %d MB: %d agencies x %d open tasks; %d reminders"
                        + " queued by %d sweeps on %d threads in %.1f s while the outbox was delivered; the last of %d"
                        + " mails sent to"
                        + " SMTP %.1f s after the first sweep (%.0f mails/s); received %d, distinct Message-IDs %d,"
                        + " duplicates %d; target (<= 30 s) %s (seeding took %d s)%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), AGENCIES, TASKS.length, queued,
                processes.size(), sweepers(), queueSeconds, sent, totalSeconds, sent / totalSeconds, received.length,
                distinct, received.length - distinct, met ? "met" : "MISSED", seedSeconds);
        assertThat(queued).isEqualTo(AGENCIES * TASKS.length);
        assertThat(received).hasSize(queued);
        assertThat(distinct).isEqualTo(received.length);
    }

    /**
     * The morning timers of every instance, run as the job executor runs them: on as many threads as its core pool
     * ({@code camunda.bpm.job-execution.core-pool-size}; {@code -Dreminders.sweepers=1} sweeps one after another).
     */
    private int sweepAll(List<String> processes) throws Exception {
        ExecutorService sweepers = Executors.newFixedThreadPool(sweepers());
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (String process : processes) {
                sweeps.add(sweepers.submit(() -> reminders.sweep(process)));
            }
            int queued = 0;
            for (Future<Integer> sweep : sweeps) {
                queued += sweep.get();
            }
            return queued;
        } finally {
            sweepers.shutdown();
        }
    }

    private int sweepers() {
        return Integer.getInteger("reminders.sweepers", camunda.getJobExecution().getCorePoolSize());
    }

    /**
     * What the node's scheduled delivery does while the job executor runs the morning timers: deliver what is
     * due, look again, until the sweeps are over and nothing is left.
     */
    private int deliverWhile(AtomicBoolean sweeping) throws InterruptedException {
        int sent = 0;
        while (true) {
            boolean last = !sweeping.get();
            int batch = delivery.deliverDue();
            sent += batch;
            if (last && batch == 0) {
                return sent;
            }
            if (batch == 0) {
                Thread.sleep(100);
            }
        }
    }

    /** One process instance per agency with its three open tasks, as the work_item projection keeps them. */
    private List<String> seedOpenTasks(ResultsFixture.Seeded seeded, LocalDate due) {
        Instant now = clock.instant();
        Instant dueAt = due.atTime(23, 59).atZone(vn.parindex.common.VietnamTime.ZONE).toInstant();
        List<Object[]> items = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            String process = "reminders-" + seeded.code() + "-" + a;
            processes.add(process);
            for (String[] task : TASKS) {
                items.add(new Object[] {process + "-" + task[0], process, seeded.campaignId(), seeded.agencyIds().get(a),
                        task[0], task[0], task[1], "OPEN", Timestamp.from(now.minus(5, ChronoUnit.DAYS)),
                        Timestamp.from(dueAt)});
            }
        }
        jdbc.batchUpdate("""
                insert into work_item (task_id, process_instance_id, campaign_id, agency_id, task_key, name, milestone,
                    state, created_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
        return processes;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
