package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.notification.MailKind;
import vn.parindex.notification.OutboxMail;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.timeline.DeadlineChanges;

/**
 * After a due date changes, the next reminder is the first offset (7, 3, 1 days before, the day itself) that falls
 * on or after the day of the change; a reminder whose day has passed is never sent. The plan's days are replayed
 * one morning at a time, with changes made at 10:00, before, between and after the offsets, and to an earlier date.
 */
@IntegrationTest
class RemindersAfterDeadlineChangeTest {

    @Autowired ProcessFixture fixture;
    @Autowired CampaignLaunch launch;
    @Autowired ProcessEngine engine;
    @Autowired OutboxMailRepository outbox;
    @Autowired DeadlineChanges changes;

    ProcessFixture.World world;
    LocalDate due;

    @BeforeEach
    void launchCampaign() {
        BpmnAwareTests.init(engine);
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        due = world.selfAssessmentDue();
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void anExtensionBetweenTheOffsetsSendsNoCatchUpReminder() {
        // the plan's case: due 16/11, extended on 14/11 to 20/11; no "5 days left" on 15/11
        LocalDate extended = due.plusDays(4);
        Map<LocalDate, List<String>> sent = replay(due.minusDays(8), extended.plusDays(1),
                Map.of(due.minusDays(2), day -> extend(extended)));
        assertThat(sent).containsExactlyEntriesOf(expected(
                due.minusDays(7), "d7|" + due, due.minusDays(3), "d3|" + due,
                extended.minusDays(3), "d3|" + extended, extended.minusDays(1), "d1|" + extended,
                extended, "d0|" + extended));
    }

    @Test
    void anExtensionBeforeTheFirstOffsetKeepsEveryReminderOfTheNewDate() {
        LocalDate extended = due.plusDays(5);
        Map<LocalDate, List<String>> sent = replay(due.minusDays(9), extended,
                Map.of(due.minusDays(9), day -> extend(extended)));
        assertThat(sent).containsExactlyEntriesOf(expected(
                extended.minusDays(7), "d7|" + extended, extended.minusDays(3), "d3|" + extended,
                extended.minusDays(1), "d1|" + extended, extended, "d0|" + extended));
    }

    @Test
    void anExtensionOnTheDueDayAfterTheMorningSendsThatDaysReminderAtOnce() {
        LocalDate extended = due.plusDays(1);
        Map<LocalDate, List<String>> sent = replay(due.minusDays(1), extended,
                Map.of(due, day -> extend(extended)));
        // 08:01 the last reminder of the old date; 10:00 the extension makes today the new date's "1 day left"
        assertThat(sent).containsExactlyEntriesOf(expected(
                due.minusDays(1), "d1|" + due, due, "d0|" + due, due, "d1|" + extended, extended, "d0|" + extended));
    }

    @Test
    void aMilestoneMovedEarlierForEveryoneSkipsTheOffsetsAlreadyPassed() {
        LocalDate earlier = due.minusDays(4);
        Map<LocalDate, List<String>> sent = replay(due.minusDays(8), earlier,
                Map.of(due.minusDays(8), day -> changes.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT,
                        null, earlier, "Rút ngắn theo chỉ đạo", "organiser")));
        // the new date's 7-day reminder fell two days before the change: never sent
        assertThat(sent).containsExactlyEntriesOf(expected(
                earlier.minusDays(3), "d3|" + earlier, earlier.minusDays(1), "d1|" + earlier, earlier, "d0|" + earlier));
    }

    private void extend(LocalDate to) {
        changes.extendForAgency(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT, to,
                "Sở đang sáp nhập", "organiser");
    }

    /**
     * Every morning from first to last at 08:01 the due jobs run; on a day with a change, it is made at 10:00.
     * @return per day, the reminders agency A's officer got ("d3|2026-11-20"), in the order they were queued
     */
    private Map<LocalDate, List<String>> replay(LocalDate first, LocalDate last, Map<LocalDate, Consumer<LocalDate>> at) {
        Map<LocalDate, List<String>> sent = new TreeMap<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            fixture.travelTo(day, 8, 1);
            fixture.runDueJobs(world);
            collect(day, sent, seen);
            if (at.containsKey(day)) {
                fixture.travelTo(day, 10, 0);
                at.get(day).accept(day);
                fixture.runDueJobs(world);
                collect(day, sent, seen);
            }
        }
        return sent;
    }

    private void collect(LocalDate day, Map<LocalDate, List<String>> sent, Set<Long> seen) {
        for (OutboxMail mail : outbox.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyAId())) {
            if (mail.getKind() == MailKind.REMINDER && mail.getRecipient().equals(world.officer() + "@test.parindex.vn")
                    && seen.add(mail.getId())) {
                String[] key = mail.getDedupKey().split("\\|");
                sent.computeIfAbsent(day, d -> new ArrayList<>()).add(key[4] + "|" + key[5]);
            }
        }
    }

    private static Map<LocalDate, List<String>> expected(Object... dayAndReminder) {
        Map<LocalDate, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < dayAndReminder.length; i += 2) {
            expected.computeIfAbsent((LocalDate) dayAndReminder[i], d -> new ArrayList<>())
                    .add((String) dayAndReminder[i + 1]);
        }
        return new TreeMap<>(expected);
    }
}
