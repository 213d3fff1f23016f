package vn.parindex.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.parindex.common.VietnamTime;
import vn.parindex.demo.DemoData;

/**
 * Two nodes of the packaged application on one PostgreSQL, with a mail catcher, through the faults a cluster
 * meets, one after another on the same campaign: (a) reminders due on both nodes, (c) the mail server down,
 * (d) PostgreSQL restarted while officials save their scorecards, (e) many officials of one campaign saving and
 * sending at once, and last (b) a node killed in the middle of the morning sweep. The nodes run the demo profile:
 * An Hòa's campaign is launched at start-up (by whichever node starts first) and the demo clock moves time for the
 * engine's timers on every node.
 *
 * <p>Not part of {@code ./mvnw verify}; run with {@code ./mvnw -B verify -Pfaults}. The figures go to
 * {@code target/faults/report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

    static final Duration START = Duration.ofMinutes(4);
    /** Long enough for a dead node's locked jobs and claimed mails to be taken over (30 s) and the work done. */
    static final Duration TAKE_OVER = Duration.ofMinutes(5);
    static final String PASSWORD = "Faults-2026-mat-khau";
    /** The nodes' parindex.cluster.takeover-seconds (the default), and what a loaded machine may add to it. */
    static final Duration TAKEOVER = Duration.ofSeconds(30);
    static final Duration TAKEOVER_SLACK = Duration.ofSeconds(15);

    final FaultReport report = new FaultReport();
    final Map<String, Official> administrators = new HashMap<>();
    /** How long the second node took to follow each move of the demo clock, in ms. */
    final List<Long> followed = new ArrayList<>();
    FaultCluster cluster;
    Db db;
    AppNode first;
    AppNode second;
    long campaignId;
    LocalDate due;
    long morningTimers;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = new FaultCluster(jar(), Path.of("target", "faults").toAbsolutePath());
        db = new Db(cluster);
        cluster.startPostgres();
        cluster.startSmtp();
        Instant started = Instant.now();
        // both at once on an empty database: the start-up lock makes the second wait for the first
        first = cluster.startNode("node-1");
        second = cluster.startNode("node-2");
        first.awaitUp(START);
        second.awaitUp(START);
        report.section("Start");
        report.line("two nodes started at once on an empty database, both up after %d s",
                Duration.between(started, Instant.now()).toSeconds());
        campaignId = ((Number) db.value("""
                select c.id from campaign c join organiser o on o.id = c.organiser_id
                 where o.code = ? and c.status = 'RUNNING'""", DemoData.PROVINCE)).longValue();
        assertThat(db.count("select count(*) from campaign where status = 'RUNNING'"))
                .as("the demo campaign is launched once, by one node").isEqualTo(1);
        assertThat(db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'par-campaign'")).isEqualTo(1);
        awaitThat(START, "every agency has its self-assessment task", () -> db.count(
                "select count(*) from work_item where campaign_id = ? and task_key = 'submitSelfAssessment'", campaignId)
                == db.count("select count(*) from campaign_agency where campaign_id = ?", campaignId));
        due = ((Instant) db.value("select max(due_at) from work_item where campaign_id = ? "
                + "and task_key = 'submitSelfAssessment'", campaignId)).atZone(VietnamTime.ZONE).toLocalDate();
        morningTimers = db.count("select count(*) from act_ru_job where handler_type_ = 'timer-start-event-subprocess'");
        report.line("An Hòa's campaign: %d agencies, %d morning timers, self-assessment due %s",
                db.count("select count(*) from campaign_agency where campaign_id = ?", campaignId), morningTimers, due);
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (!followed.isEmpty()) {
            report.section("Demo clock");
            report.line("moved on one node, followed by the other after %s ms", followed);
        }
        report.write(Path.of("target", "faults", "report.md"));
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void remindersDueOnTwoNodesFireEveryTimerOnceAndSendEveryMailOnce() throws Exception {
        Sweep sweep = moveClockTo(due.minusDays(7));
        awaitThat(TAKE_OVER, "every morning timer fired", () -> sweep.timersFired() >= morningTimers);
        awaitThat(TAKE_OVER, "every queued mail sent", () -> sweep.mails().size() > 0 && sweep.unsent() == 0);

        report.section("(a) Reminders due on two nodes (" + sweep.day + ")");
        assertEveryTimerFiredOnce(sweep);
        Map<String, List<String>> received = assertEveryMailReceived(sweep);
        assertThat(duplicates(received)).as("mails received twice").isEmpty();
        report.line("%d mails queued, %d received, %d distinct Message-IDs, 0 duplicates; %.1f s from the clock move to "
                + "the last mail sent; sent by %s", sweep.mails().size(), total(received), received.size(),
                sweep.secondsToLastSent(), senders(received));
    }

    @Test
    @Order(2)
    void mailsQueuedWhileTheMailServerIsDownAreDeliveredOnceItIsBack() throws Exception {
        cluster.stopSmtp();
        Instant down = Instant.now();
        Sweep sweep = moveClockTo(due.minusDays(3));
        awaitThat(TAKE_OVER, "every morning timer fired", () -> sweep.timersFired() >= morningTimers);
        awaitThat(Duration.ofMinutes(2), "every mail tried once and failed", () -> db.count("""
                select count(*) from outbox_mail where created_at >= ? and created_at < ? and attempts = 0""",
                sweep.from(), sweep.to()) == 0);
        long failed = db.count("select count(*) from outbox_mail where created_at >= ? and created_at < ? "
                + "and status = 'PENDING' and last_error is not null", sweep.from(), sweep.to());
        Thread.sleep(Math.max(0, Duration.ofSeconds(30).minus(Duration.between(down, Instant.now())).toMillis()));
        cluster.startSmtp();
        Instant up = Instant.now();
        awaitThat(TAKE_OVER, "every queued mail sent", () -> sweep.unsent() == 0);

        report.section("(c) Mail server down for " + Duration.between(down, up).toSeconds() + " s (" + sweep.day + ")");
        assertEveryTimerFiredOnce(sweep);
        Map<String, List<String>> received = assertEveryMailReceived(sweep);
        assertThat(duplicates(received)).isEmpty();
        assertThat(failed).as("mails that failed while it was down").isEqualTo(sweep.mails().size());
        report.line("%d mails queued, all %d failed while the server was down; all delivered %d s after it came back "
                + "(retry after 1 min), %d received, 0 duplicates, at most %d attempts", sweep.mails().size(), failed,
                Duration.between(up, Instant.now()).toSeconds(), total(received),
                db.count("select max(attempts) from outbox_mail where created_at >= ? and created_at < ?",
                        sweep.from(), sweep.to()));
    }

    @Test
    @Order(3)
    void postgresRestartedWhileOfficialsSaveLosesNoSubmission() throws Exception {
        List<Long> agencies = communes(2, 6);
        List<ScorecardFiller> officers = officers(agencies, 1);
        AtomicInteger saved = new AtomicInteger();
        int leaves = ScorecardFiller.leaves(db, campaignId, agencies.get(0)).size();
        int total = leaves * agencies.size();
        List<Future<List<ScorecardFiller.Reply>>> work = run(officers, filler -> () -> {
            filler.open();
            for (ScorecardFiller.Leaf leaf : ScorecardFiller.leaves(db, campaignId, agencyOf(filler))) {
                ScorecardFiller.Reply reply = filler.save(leaf, explanation(filler, leaf), 60);
                if (reply.outcome() == ScorecardFiller.Outcome.SAVED) {
                    saved.incrementAndGet();
                }
                Thread.sleep(100);
            }
            filler.submit(60);
            return filler.replies();
        });
        awaitThat(Duration.ofMinutes(3), "a third of the leaves saved", () -> saved.get() >= total / 3);
        int savedBefore = saved.get();
        Instant stopped = Instant.now();
        cluster.stopPostgres();
        Thread.sleep(10_000);
        cluster.startPostgres();
        Duration outage = Duration.between(stopped, Instant.now());
        List<ScorecardFiller.Reply> replies = results(work, Duration.ofMinutes(5));
        Instant finished = Instant.now();

        report.section("(d) PostgreSQL restarted while %d officials save their scorecards".formatted(officers.size()));
        Map<Integer, Long> failures = replies.stream().filter(r -> r.outcome() == ScorecardFiller.Outcome.FAILED)
                .collect(Collectors.groupingBy(ScorecardFiller.Reply::status, Collectors.counting()));
        report.line("stopped after %d of %d leaves saved, back after %d s; %d answers of the server during the outage "
                + "were failures (by status: %s), each tried again until saved; all done %d s after the restart",
                savedBefore, total, outage.toSeconds(), failures.values().stream().mapToLong(Long::longValue).sum(),
                failures, Duration.between(stopped.plus(outage), finished).toSeconds());
        assertThat(replies).filteredOn(r -> r.outcome() == ScorecardFiller.Outcome.FAILED)
                .as("what an official saw when a save failed: the database is unreachable, nothing saved, try again")
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(503))
                .allSatisfy(r -> assertThat(r.detail()).contains(ScorecardFiller.text("error.unavailable")));
        assertThat(first.healthy() && second.healthy()).as("both nodes healthy again").isTrue();
        for (ScorecardFiller filler : officers) {
            long agency = agencyOf(filler);
            for (ScorecardFiller.Leaf leaf : ScorecardFiller.leaves(db, campaignId, agency)) {
                assertThat(db.value("select explanation from criterion_score where campaign_id = ? and agency_id = ? "
                        + "and criterion_id = ?", campaignId, agency, leaf.id()))
                        .as("leaf %d of agency %d", leaf.id(), agency).isEqualTo(explanation(filler, leaf));
            }
            assertThat(filler.replies()).as(filler.officer().username + " sent the scorecard")
                    .anyMatch(r -> r.outcome() == ScorecardFiller.Outcome.SUBMITTED);
        }
        assertThat(db.count("select count(*) from work_item where campaign_id = ? and task_key = 'submitSelfAssessment' "
                + "and state = 'COMPLETED' and agency_id in " + in(agencies), campaignId))
                .as("every scorecard sent").isEqualTo(agencies.size());
        awaitThat(Duration.ofMinutes(2), "the engine goes on: every head has the sign-off task", () -> db.count(
                "select count(*) from work_item where campaign_id = ? and task_key = 'signOffSelfAssessment' "
                        + "and agency_id in " + in(agencies), campaignId) == agencies.size());
        report.line("every acknowledged save is in the database (%d leaves), every scorecard sent, every head's "
                + "sign-off task created after the restart", total);

        Sweep sweep = moveClockTo(due.minusDays(1));
        awaitThat(TAKE_OVER, "every morning timer fired", () -> sweep.timersFired() >= morningTimers);
        awaitThat(TAKE_OVER, "every queued mail sent", () -> sweep.unsent() == 0);
        assertEveryTimerFiredOnce(sweep);
        assertThat(duplicates(assertEveryMailReceived(sweep))).isEmpty();
        report.line("the next morning's sweep (%s) after the restart: %d timers fired once each, %d mails sent once",
                sweep.day, morningTimers, sweep.mails().size());
    }

    @Test
    @Order(4)
    void manyOfficialsSavingAndSendingAtOnceLoseNoUpdateAndSeeNoErrorPage() throws Exception {
        List<Long> agencies = communes(8, 12);
        List<ScorecardFiller> officers = officers(agencies, 2);
        Instant started = Instant.now();
        List<Future<List<ScorecardFiller.Reply>>> work = run(officers, filler -> () -> {
            filler.open();
            List<ScorecardFiller.Leaf> leaves = new ArrayList<>(ScorecardFiller.leaves(db, campaignId, agencyOf(filler)));
            // the two officers of an agency start at opposite ends and meet in the middle
            if (filler.officer().username.endsWith(".b")) {
                java.util.Collections.reverse(leaves);
            }
            for (ScorecardFiller.Leaf leaf : leaves) {
                if (filler.save(leaf, explanation(filler, leaf), 5).outcome() == ScorecardFiller.Outcome.CLOSED) {
                    return filler.replies();
                }
            }
            filler.submit(1);
            return filler.replies();
        });
        List<ScorecardFiller.Reply> replies = results(work, Duration.ofMinutes(6));
        Duration took = Duration.between(started, Instant.now());

        report.section("(e) %d officials of %d agencies saving and sending at once, on both nodes".formatted(
                officers.size(), agencies.size()));
        Map<ScorecardFiller.Outcome, Long> outcomes = replies.stream()
                .collect(Collectors.groupingBy(ScorecardFiller.Reply::outcome, Collectors.counting()));
        report.line("%d answers in %d s: %s", replies.size(), took.toSeconds(), outcomes);
        assertThat(replies).as("no error page, every answer a saved leaf, a conflict explained or a sent scorecard")
                .noneMatch(r -> r.outcome() == ScorecardFiller.Outcome.FAILED);

        int leavesChecked = 0;
        for (long agency : agencies) {
            List<ScorecardFiller.Reply> ofAgency = officers.stream().filter(f -> agencyOf(f) == agency)
                    .flatMap(f -> f.replies().stream()).toList();
            for (ScorecardFiller.Leaf leaf : ScorecardFiller.leaves(db, campaignId, agency)) {
                List<ScorecardFiller.Reply> saves = ofAgency.stream().filter(r -> r.leafId() == leaf.id()
                        && r.outcome() == ScorecardFiller.Outcome.SAVED).toList();
                Map<String, Object> row = db.rows("select version, explanation from criterion_score where campaign_id = ? "
                        + "and agency_id = ? and criterion_id = ?", campaignId, agency, leaf.id()).get(0);
                long version = ((Number) row.get("version")).longValue();
                assertThat(saves).as("every acknowledged save of leaf %d is a version of its own", leaf.id())
                        .hasSize((int) version + 1);
                // the version a save made is read off the page it answered with; that page has no form when the
                // colleague had just sent the scorecard (-1)
                List<String> last = saves.stream().filter(s -> s.version() == version).map(ScorecardFiller.Reply::explanation)
                        .toList();
                assertThat(last.isEmpty() ? saves.stream().filter(s -> s.version() == -1)
                        .map(ScorecardFiller.Reply::explanation).toList() : last)
                        .as("the last acknowledged save of leaf %d is what is kept", leaf.id())
                        .contains((String) row.get("explanation"));
                leavesChecked++;
            }
            assertThat(ofAgency.stream().filter(r -> r.outcome() == ScorecardFiller.Outcome.SUBMITTED))
                    .as("agency %d sent once", agency).hasSize(1);
        }
        assertThat(db.count("select count(*) from work_item where campaign_id = ? and task_key = 'submitSelfAssessment' "
                + "and state = 'COMPLETED' and agency_id in " + in(agencies), campaignId))
                .isEqualTo(agencies.size());
        report.line("%d leaves checked: as many versions as acknowledged saves, the last one kept; every agency's "
                + "scorecard sent exactly once, the colleague told it was already sent", leavesChecked);
    }

    @Test
    @Order(5)
    void aNodeKilledInTheMiddleOfTheSweepLeavesTheRestToTheSurvivor() throws Exception {
        Sweep sweep = moveClockTo(due);
        // the moment a node runs timers of the sweep (others still due) and sends a batch of its mails (each mail
        // marked sent as soon as the server accepted it); failing that, the node sweeping once three quarters of
        // the timers have fired, or, if the sweep ended before anything was seen, the node sending
        String[] victimName = new String[1];
        awaitThat(Duration.ofMinutes(3), "a node in the middle of the sweep", () -> {
            long fired = sweep.timersFired();
            Set<String> sweeping = fired < morningTimers ? sweep.timersByNode().stream()
                    .map(r -> (String) r.get("hostname_")).collect(Collectors.toSet()) : Set.of();
            Set<String> sending = received(sweep).values().stream().flatMap(List::stream).collect(Collectors.toSet());
            victimName[0] = sending.stream().filter(sweeping::contains).findFirst()
                    .or(() -> fired * 4 >= morningTimers * 3 ? sweeping.stream().findFirst() : Optional.empty())
                    .or(() -> fired >= morningTimers ? sending.stream().findFirst() : Optional.empty())
                    .orElse(null);
            return victimName[0] != null && (fired < morningTimers || sweep.unsent() > 0);
        }, Duration.ofMillis(10));
        AppNode victim = victimName[0].equals(second.name) ? second : first;
        AppNode survivor = victim == first ? second : first;
        victim.kill();
        Instant killedAt = Instant.now();
        long firedAtKill = sweep.timersFired();
        long queuedAtKill = sweep.mails().size();
        long sentAtKill = queuedAtKill - sweep.unsent();
        Map<String, Object> claimsAtKill = new HashMap<>();
        db.rows("select message_id, claim_token from outbox_mail where status = 'PENDING' and claim_token is not null")
                .forEach(r -> claimsAtKill.put((String) r.get("message_id"), r.get("claim_token")));
        Set<String> inFlight = new HashSet<>(claimsAtKill.keySet());
        Map<String, Object> locksAtKill = new HashMap<>();
        db.rows("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null")
                .forEach(r -> locksAtKill.put((String) r.get("id_"), r.get("lock_owner_")));
        Map<String, List<String>> receivedBeforeKill = received(sweep);
        long receivedAtKill = total(receivedBeforeKill);
        boolean victimSending = receivedBeforeKill.values().stream().anyMatch(senders -> senders.contains(victim.name));
        boolean victimSweeping = firedAtKill < morningTimers && sweep.timersByNode().stream()
                .anyMatch(r -> victim.name.equals(r.get("hostname_")));
        long lockedAtKill = locksAtKill.size();
        // taken over: every job locked at the kill has run or is locked by another owner, every mail claimed at the
        // kill is sent or claimed again (the survivor's own are among them and go quickly)
        awaitThat(TAKE_OVER, "the killed node's locked jobs and claimed mails taken over",
                () -> stillHeld(locksAtKill, claimsAtKill) == 0, Duration.ofMillis(200));
        Duration takeover = Duration.between(killedAt, Instant.now());

        awaitThat(TAKE_OVER, "every morning timer fired", () -> sweep.timersFired() >= morningTimers);
        awaitThat(TAKE_OVER, "every queued mail sent", () -> sweep.unsent() == 0);
        Instant allDone = Instant.now();

        report.section("(b) A node killed (SIGKILL) in the middle of the sweep (" + sweep.day + ")");
        report.line("%s killed while %s: %d of %d timers had fired, %d mails queued, %d received, %d marked sent; "
                + "%d jobs locked and %d mails claimed (in flight) at that moment", victim,
                victimSweeping && victimSending ? "running the sweep's timers and sending their mails"
                        : victimSweeping ? "running the sweep's timers" : "sending the sweep's mails",
                firedAtKill, morningTimers, queuedAtKill, receivedAtKill, sentAtKill, lockedAtKill, inFlight.size());
        assertThat(firedAtKill < morningTimers || sentAtKill < queuedAtKill).as("the kill came in the middle of the work")
                .isTrue();
        assertEveryTimerFiredOnce(sweep);
        Map<String, List<String>> received = assertEveryMailReceived(sweep);
        Map<String, List<String>> twice = duplicates(received);
        assertThat(twice.keySet()).as("only mails in flight at the kill are received twice").isSubsetOf(inFlight);
        assertThat(twice.values()).as("twice at most: first from the killed node, again from the survivor")
                .allMatch(senders -> senders.equals(List.of(victim.name, survivor.name)));
        assertThat(twice).as("at most one mail received twice per killed node (the one the server had accepted)")
                .hasSizeLessThanOrEqualTo(1);
        report.line("takeover: %.1f s after the kill every job locked and every mail claimed at that moment had been "
                + "taken over (takeover setting %d s: jobs locked and mails claimed for 20 s)", takeover.toMillis() / 1000.0,
                TAKEOVER.toSeconds());
        System.out.printf("TAKEOVER after the kill: %.1f s (%d jobs locked, %d mails claimed at the kill)%n",
                takeover.toMillis() / 1000.0, lockedAtKill, inFlight.size());
        assertThat(takeover).as("taken over within the takeover time (and what a loaded machine adds)")
                .isLessThanOrEqualTo(TAKEOVER.plus(TAKEOVER_SLACK));
        report.line("%s finished alone %d s after the kill: %d mails received, %d "
                + "distinct Message-IDs, %d received twice%s", survivor, Duration.between(killedAt, allDone).toSeconds(),
                total(received), received.size(), twice.size(), twice.isEmpty() ? ""
                        : " (sent by %s before the kill and again by %s, same Message-ID)".formatted(victim, survivor));
    }

    /** How many of the jobs locked and mails claimed at a moment are still held as they were (one query each). */
    private long stillHeld(Map<String, Object> locks, Map<String, Object> claims) {
        return held("select count(*) from act_ru_job where (id_, lock_owner_) in ", locks)
                + held("select count(*) from outbox_mail where status = 'PENDING' and (message_id, claim_token) in ", claims);
    }

    private long held(String query, Map<String, Object> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        pairs.forEach((key, value) -> {
            args.add(key);
            args.add(value);
        });
        return db.count(query + pairs.keySet().stream().map(k -> "(?, ?)").collect(Collectors.joining(", ", "(", ")")),
                args.toArray());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Moves the demo clock to 08:01 of the given day (the morning timers fire at 08:00) on the first node, and waits
     * until the second node follows it (the offset is shared through the database).
     */
    Sweep moveClockTo(LocalDate day) throws IOException, InterruptedException {
        Instant moved = Instant.now();
        Official.Page page = administrator(first).submit("/demo/clock", Map.of("date", day.toString()));
        assertThat(page.location()).as("clock moved on " + first).endsWith("/demo/clock");
        Official onSecond = administrator(second);
        awaitThat(Duration.ofSeconds(30), second + " follows the demo clock",
                () -> clockPage(onSecond).contains(VietnamTime.format(day) + " 08:0"));
        followed.add(Duration.between(moved, Instant.now()).toMillis());
        return new Sweep(day, moved);
    }

    /** The demo clock belongs to the installation: only an administrator moves it. */
    private Official administrator(AppNode node) throws IOException, InterruptedException {
        Official admin = administrators.get(node.name);
        if (admin == null) {
            admin = new Official("admin", node).login(DemoData.PASSWORD, DemoData.PASSWORD);
            administrators.put(node.name, admin);
        }
        return admin;
    }

    private static String clockPage(Official organiser) {
        try {
            return organiser.get("/demo/clock").body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** What the morning of one (moved) day did. */
    final class Sweep {
        final LocalDate day;
        final Instant moved;

        Sweep(LocalDate day, Instant moved) {
            this.day = day;
            this.moved = moved;
        }

        LocalDateTime localFrom() {
            return day.atTime(8, 0);
        }

        LocalDateTime localTo() {
            return day.plusDays(1).atTime(8, 0);
        }

        OffsetDateTime from() {
            return localFrom().atZone(VietnamTime.ZONE).toOffsetDateTime();
        }

        OffsetDateTime to() {
            return localTo().atZone(VietnamTime.ZONE).toOffsetDateTime();
        }

        /** How many process instances swept their tasks this morning. */
        long timersFired() {
            return db.count("select count(*) from act_hi_actinst where act_id_ = 'sendDueReminders' "
                    + "and start_time_ >= ? and start_time_ < ?", localFrom(), localTo());
        }

        Map<String, Long> sweepsPerInstance() {
            return db.rows("select proc_inst_id_ as id, count(*) as n from act_hi_actinst where act_id_ = 'sendDueReminders' "
                    + "and start_time_ >= ? and start_time_ < ? group by proc_inst_id_", localFrom(), localTo()).stream()
                    .collect(Collectors.toMap(r -> (String) r.get("id"), r -> ((Number) r.get("n")).longValue()));
        }

        /** The node that ran the most timer jobs of this morning so far. */
        String busiestNode() {
            List<Map<String, Object>> rows = timersByNode();
            return rows.isEmpty() ? first.name : (String) rows.get(0).get("hostname_");
        }

        List<Map<String, Object>> timersByNode() {
            return db.rows("select hostname_, count(*) as n from act_hi_job_log where job_state_ = 2 "
                    + "and job_def_type_ = 'timer-start-event-subprocess' and timestamp_ >= ? and timestamp_ < ? "
                    + "group by hostname_ order by n desc", localFrom(), localTo());
        }

        List<String> mails() {
            return db.column("select message_id from outbox_mail where created_at >= ? and created_at < ?", String.class,
                    from(), to());
        }

        long unsent() {
            return db.count("select count(*) from outbox_mail where created_at >= ? and created_at < ? "
                    + "and status <> 'SENT'", from(), to());
        }

        /** From the clock move to the last mail sent, in real seconds (sent_at is on the moved clock). */
        double secondsToLastSent() {
            Instant last = (Instant) db.value("select max(sent_at) from outbox_mail where created_at >= ? "
                    + "and created_at < ?", from(), to());
            return Duration.between(from().plusMinutes(1).toInstant(), last).toMillis() / 1000.0;
        }
    }

    private void assertEveryTimerFiredOnce(Sweep sweep) {
        Map<String, Long> sweeps = sweep.sweepsPerInstance();
        assertThat(sweeps).as("process instances swept").hasSize((int) morningTimers);
        assertThat(sweeps.values()).as("sweeps per process instance").allMatch(n -> n == 1);
        report.line("%d morning timers fired, each once; by node: %s", sweeps.size(), sweep.timersByNode().stream()
                .map(r -> r.get("hostname_") + " " + r.get("n")).collect(Collectors.joining(", ")));
    }

    /** The copies of this morning's mails received so far: Message-ID → the node that sent each copy. */
    private Map<String, List<String>> received(Sweep sweep) {
        Map<String, List<String>> all = cluster.receivedMail();
        Map<String, List<String>> received = new HashMap<>();
        for (String id : sweep.mails()) {
            received.put(id, all.getOrDefault(id, List.of()));
        }
        return received;
    }

    /** Every mail of the morning was received (and nothing else carries its Message-ID). */
    private Map<String, List<String>> assertEveryMailReceived(Sweep sweep) {
        assertThat(sweep.mails()).as("mails queued").isNotEmpty().doesNotHaveDuplicates();
        Map<String, List<String>> received = received(sweep);
        assertThat(received.entrySet()).as("every queued mail received").allMatch(e -> !e.getValue().isEmpty());
        return received;
    }

    private static Map<String, List<String>> duplicates(Map<String, List<String>> received) {
        return received.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static int total(Map<String, List<String>> received) {
        return received.values().stream().mapToInt(List::size).sum();
    }

    private static Map<String, Long> senders(Map<String, List<String>> received) {
        return received.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(name -> name, java.util.TreeMap::new, Collectors.counting()));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The ids of An Hòa's communes number from to from + count - 1 (X02 …). */
    List<Long> communes(int from, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            ids.add(((Number) db.value("select id from agency where code = ?",
                    DemoData.PROVINCE + "-X%02d".formatted(i))).longValue());
        }
        return ids;
    }

    /**
     * Officers for the agencies, made as an administrator makes them (a temporary password each, changed at the
     * first login); officer .a signs in on the first node, .b on the second.
     */
    List<ScorecardFiller> officers(List<Long> agencies, int perAgency) throws IOException, InterruptedException {
        Official admin = new Official("admin", first).login(DemoData.PASSWORD, DemoData.PASSWORD);
        List<ScorecardFiller> fillers = new ArrayList<>();
        for (long agency : agencies) {
            String code = ((String) db.value("select code from agency where id = ?", agency)).toLowerCase()
                    .replace('-', '.');
            for (int i = 0; i < perAgency; i++) {
                String username = "f." + code + "." + (char) ('a' + i);
                Official.Page created = admin.submit("/users", Map.of("username", username,
                        "fullName", "Cán bộ " + username, "email", username + "@faults.parindex.vn",
                        "agencyId", String.valueOf(agency), "roles", "OFFICER"));
                assertThat(created.location()).as("user %s created", username).matches(".*/users/\\d+$");
                Matcher password = Pattern.compile("user-select-all\">([^<]+)</code>")
                        .matcher(admin.follow(created).body());
                assertThat(password.find()).isTrue();
                AppNode node = i % 2 == 0 ? first : second;
                Official officer = new Official(username, node).login(password.group(1), PASSWORD);
                fillers.add(new ScorecardFiller(officer, campaignId, agency));
            }
        }
        return fillers;
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private long agencyOf(ScorecardFiller filler) {
        return Long.parseLong(filler.page().substring(filler.page().lastIndexOf('/') + 1));
    }

    private static String explanation(ScorecardFiller filler, ScorecardFiller.Leaf leaf) {
        return "Báo cáo số " + leaf.id() + " của " + filler.officer().username;
    }

    interface Script {
        Callable<List<ScorecardFiller.Reply>> of(ScorecardFiller filler);
    }

    private List<Future<List<ScorecardFiller.Reply>>> run(List<ScorecardFiller> fillers, Script script) {
        ExecutorService pool = Executors.newFixedThreadPool(fillers.size());
        List<Future<List<ScorecardFiller.Reply>>> futures = fillers.stream().map(f -> pool.submit(script.of(f))).toList();
        pool.shutdown();
        return futures;
    }

    private static List<ScorecardFiller.Reply> results(List<Future<List<ScorecardFiller.Reply>>> work, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        List<ScorecardFiller.Reply> all = new ArrayList<>();
        for (Future<List<ScorecardFiller.Reply>> future : work) {
            all.addAll(future.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                    java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        return all;
    }

    static void awaitThat(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        awaitThat(timeout, what, condition, Duration.ofMillis(500));
    }

    static void awaitThat(Duration timeout, String what, BooleanSupplier condition, Duration poll)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            Thread.sleep(poll.toMillis());
        }
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
