package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

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
 * A morning of another campaign runs first ({@code -Dreminders.warmup} agencies, as many unless told; 0 for none),
 * so the timed one meets a JVM that has run the sweep before, as a node's 08:00 sweep does after its first
 * morning; the mail server starts empty again between the two.
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
        int warmUpAgencies = Integer.getInteger("reminders.warmup", AGENCIES);
        Round warmUp = warmUpAgencies == 0 ? null : round(warmUpAgencies, "warmup.parindex.vn");
        smtp.reset();
        Round timed = round(AGENCIES, "reminders.parindex.vn");
        boolean met = timed.totalSeconds() <= 30 && timed.duplicates() == 0 && timed.received() == timed.queued();
        System.out.printf("%nREMINDERS BENCHMARK on %s, heap max %d MB: %d agencies x %d open tasks; %d reminders"
                        + " queued by %d sweeps on %d threads in %.1f s while the outbox was delivered; the last of %d"
                        + " mails sent to SMTP %.1f s after the first sweep (%.0f mails/s); received %d, duplicates %d;"
                        + " target (<= 30 s) %s (seeding took %.0f s)%n  %s%n"
                        + "  warm-up before it (-Dreminders.warmup agencies, 0 for none): %s%n%n",
                TestDatabase.kind(), Runtime.getRuntime().maxMemory() / (1024 * 1024), AGENCIES, TASKS.length,
                timed.queued(), AGENCIES, sweepers(), timed.queueSeconds(), timed.sent(), timed.totalSeconds(),
                timed.sent() / timed.totalSeconds(), timed.received(), timed.duplicates(), met ? "met" : "MISSED",
                timed.seedSeconds(), timed.cpu(), warmUp == null ? "none" : warmUp.describe(warmUpAgencies));
        assertThat(timed.queued()).isEqualTo(AGENCIES * TASKS.length);
        assertThat(timed.received()).isEqualTo(timed.queued());
        assertThat(timed.duplicates()).isZero();
    }

    /** What one morning of reminders took. */
    private record Round(int queued, int sent, int received, long duplicates, double queueSeconds,
                         double totalSeconds, double seedSeconds, Cpu cpu) {
        String describe(int agencies) {
            return String.format("%d agencies, %d reminders queued in %.1f s, the last sent after %.1f s,"
                    + " %d duplicates", agencies, queued, queueSeconds, totalSeconds, duplicates);
        }
    }

    /** CPU seconds of the round in this JVM: the sweeps, the sender's thread and all of the process. */
    private record Cpu(double sweeps, double sender, double compiler, double process) {
        @Override
        public String toString() {
            return String.format("CPU in this JVM %.1f s: sweeps %.1f s, sender %.1f s, JIT compiler %.1f s, the rest"
                    + " %.1f s (GreenMail, GC; PostgreSQL's own processes not counted)", process, sweeps, sender,
                    compiler, process - sweeps - sender - compiler);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongAdder sweepNanos = new LongAdder();
    private final LongAdder senderNanos = new LongAdder();

    /**
     * The JIT compiler's threads, from Linux's /proc (0 elsewhere): on two cores the C2 compiler still takes a
     * large share in the timed round of a JVM that is minutes old.
     */
    private static long compilerCpuNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains("CompilerThre")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Seeds {@code agencyCount} agencies of a new campaign with three open tasks each, due in three days, and
     * sweeps them while the outbox is delivered.
     */
    private Round round(int agencyCount, String domain) throws Exception {
        long seedStart = System.nanoTime();
        ResultsFixture.Seeded seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100")), agencyCount,
                clock.today().getYear());
        tx.executeWithoutResult(status -> agencies.findAllById(seeded.agencyIds()).forEach(agency -> {
            agency.setFocalName("Cán bộ " + agency.getCode());
            agency.setFocalEmail(agency.getCode().toLowerCase() + "@" + domain);
        }));
        List<String> processes = seedOpenTasks(seeded, agencyCount, clock.today().plusDays(3));
        analyze();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        sweepNanos.reset();
        senderNanos.reset();
        long processBefore = processCpuNanos();
        long compilerBefore = compilerCpuNanos();
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
        Cpu cpu = new Cpu(sweepNanos.sum() / 1e9, senderNanos.sum() / 1e9, (compilerCpuNanos() - compilerBefore) / 1e9,
                (processCpuNanos() - processBefore) / 1e9);

        MimeMessage[] received = smtp.getReceivedMessagesForDomain(domain);
        long distinct = Arrays.stream(received).map(RemindersBenchmark::messageId).distinct().count();
        return new Round(queued, sent, received.length, received.length - distinct, (queuedAt - start) / 1e9,
                (deliveredAt - start) / 1e9, seedSeconds, cpu);
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
                sweeps.add(sweepers.submit(() -> {
                    long before = threads.getCurrentThreadCpuTime();
                    try {
                        return reminders.sweep(process);
                    } finally {
                        sweepNanos.add(threads.getCurrentThreadCpuTime() - before);
                    }
                }));
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
        long before = threads.getCurrentThreadCpuTime();
        try {
            return deliverUntilDone(sweeping);
        } finally {
            senderNanos.add(threads.getCurrentThreadCpuTime() - before);
        }
    }

    private int deliverUntilDone(AtomicBoolean sweeping) throws InterruptedException {
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
    private List<String> seedOpenTasks(ResultsFixture.Seeded seeded, int agencyCount, LocalDate due) {
        Instant now = clock.instant();
        Instant dueAt = due.atTime(23, 59).atZone(vn.parindex.common.VietnamTime.ZONE).toInstant();
        List<Object[]> items = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        for (int a = 0; a < agencyCount; a++) {
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

    /**
     * What autovacuum does within a minute of a bulk load: without it PostgreSQL plans the sweep's query on the
     * statistics of the empty table and reads all of it each time (2.2 ms instead of 0.06 ms a sweep).
     */
    private void analyze() {
        if (!TestDatabase.kind().equals("h2")) {
            jdbc.execute("analyze work_item, task_group, outbox_mail, outbox_mail_search, agency");
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
