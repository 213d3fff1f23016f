package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.notification.MailKind;
import vn.parindex.notification.MailStatus;
import vn.parindex.notification.OutboxDelivery;
import vn.parindex.notification.OutboxMail;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.timeline.DeadlineChanges;

/**
 * The morning reminders and the escalations, through the outbox to a real SMTP server (GreenMail): each
 * offset with the clock moved, exactly once, to the right people, also when the first delivery fails.
 */
@IntegrationTest
@Tag("postgres")
class RemindersAndMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    DeadlineChanges deadlineChanges;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.parindex.tasklist.WorkItemRepository workItems;
    @Autowired
    vn.parindex.campaign.CampaignRepository campaigns;
    @Autowired
    UserDetailsService users;

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
    void eachOffsetSendsOneReminderToTheOfficerAndTheFocalOfficerOfAnAgencyWithoutUsers() throws Exception {
        for (int offset : new int[] {7, 3, 1, 0}) {
            fixture.travelTo(due.minusDays(offset), 8, 1);
            fixture.runDueJobs(world);
            fixture.runDueJobs(world);
            assertThat(reminders(world.officer() + "@test.parindex.vn")).as("offset " + offset)
                    .filteredOn(m -> m.getDedupKey().contains("|d" + offset + "|")).hasSize(1);
            assertThat(reminders("focal-" + world.agencyBCode().toLowerCase() + "@test.parindex.vn"))
                    .filteredOn(m -> m.getDedupKey().contains("|d" + offset + "|")).hasSize(1);
        }
        assertThat(reminders(world.officer() + "@test.parindex.vn")).hasSize(4);
        assertThat(fixture.agencyInstance(world, world.agencyACode())).hasPassed("sendDueReminders");

        delivery.deliverDue();
        delivery.deliverDue();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("test.parindex.vn");
        List<MimeMessage> officerMails = java.util.Arrays.stream(received)
                .filter(m -> recipients(m).contains(world.officer() + "@test.parindex.vn")).toList();
        assertThat(officerMails).hasSize(4);
        MimeMessage first = officerMails.get(0);
        assertThat(first.getSubject()).startsWith("[Chỉ số CCHC] Nhắc hạn: Tự đánh giá, chấm điểm")
                .contains("Sở Công Thương " + world.code()).contains(vn.parindex.common.VietnamTime.format(due));
        String body = GreenMailUtil.getBody(first);
        assertThat(body).contains("/tasks/");
        assertThat(((MimeMultipart) first.getContent()).getCount()).isEqualTo(2);
        assertThat(new String(((MimeMultipart) first.getContent()).getBodyPart(1).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", ""));
        assertThat(java.util.Arrays.stream(received).map(this::messageId).distinct()).hasSize(received.length);
    }

    @Test
    void aPassedDeadlineTellsTheHeadsOnceAndTheOrganiserInOneDigestPerMorning() throws Exception {
        fixture.travelTo(due.plusDays(1), 8, 1);
        fixture.runDueJobs(world);
        fixture.travelTo(due.plusDays(2), 8, 1);
        fixture.runDueJobs(world);
        fixture.runDueJobs(world);
        List<OutboxMail> overdue = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).stream()
                .filter(m -> m.getKind() == MailKind.OVERDUE).toList();
        assertThat(overdue).extracting(OutboxMail::getRecipient)
                .contains(world.head() + "@test.parindex.vn", "head-" + world.agencyACode().toLowerCase() + "@test.parindex.vn")
                .doesNotContain(world.organiser() + "@test.parindex.vn");
        assertThat(overdue.get(0).getSubject()).contains("Quá hạn");
        List<OutboxMail> digests = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).stream()
                .filter(m -> m.getKind() == MailKind.DIGEST).toList();
        assertThat(digests).extracting(OutboxMail::getRecipient)
                .containsExactly(world.organiser() + "@test.parindex.vn", world.organiser() + "@test.parindex.vn");
        assertThat(digests.get(1).getSubject()).startsWith("[Chỉ số CCHC]").contains("cơ quan quá hạn");

        assertThat(digests.get(1).getBodyHtml()).contains("Sở Công Thương " + world.code())
                .contains("quá hạn 2 ngày").contains("/tasks/");
        delivery.deliverDue();
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("test.parindex.vn"))
                .filter(m -> recipients(m).contains(world.organiser() + "@test.parindex.vn"))).isNotEmpty();
    }

    @Test
    void oneDigestListsEveryOverdueAgencyAlsoThoseWaitingForTheOrganisersDecision() {
        // day 5 after the deadline: both agencies' submit tasks gave way to the organiser's decisions
        for (int day = 1; day <= 5; day++) {
            fixture.travelTo(due.plusDays(day), 8, 1);
            fixture.runDueJobs(world);
        }
        List<OutboxMail> digests = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).stream()
                .filter(m -> m.getKind() == MailKind.DIGEST).toList();
        assertThat(digests).as("one digest per morning").hasSize(5)
                .allSatisfy(d -> assertThat(d.getRecipient()).isEqualTo(world.organiser() + "@test.parindex.vn"));
        assertThat(digests.get(4).getSubject()).contains("2 cơ quan quá hạn");
        assertThat(digests.get(4).getBodyHtml()).contains("Sở Công Thương " + world.code() + ": quá hạn 5 ngày")
                .contains("Sở Xây dựng " + world.code() + ": quá hạn 5 ngày");
        assertThat(outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()))
                .filteredOn(m -> m.getKind() == MailKind.OVERDUE)
                .noneMatch(m -> m.getRecipient().equals(world.organiser() + "@test.parindex.vn"));
    }

    @Test
    void theOutboxSaysForWhichCampaignAndAgencyEachMailWent() throws Exception {
        fixture.travelTo(due.plusDays(1), 8, 1);
        fixture.runDueJobs(world);
        String page = mvc.perform(get("/outbox").with(user(users.loadUserByUsername(world.organiser()))))
                .andReturn().getResponse().getContentAsString();
        int subject = page.indexOf(" - Sở Công Thương " + world.code() + " (hạn");
        String row = page.substring(page.lastIndexOf("<tr", subject), page.indexOf("</tr>", subject));
        String campaignName = campaigns.findById(world.campaignId()).orElseThrow().getName();
        assertThat(row).contains(">" + campaignName + "<").contains(">Sở Công Thương " + world.code() + "<")
                .contains(">Quá hạn<").contains("Đang chờ gửi");
    }

    @Test
    void theSecondEscalationAsksTheOrganiserToDecideInTheDigestNotInAMailPerAgency() {
        for (int day = 4; day <= 5; day++) {
            fixture.travelTo(due.plusDays(day), 8, 1);
            fixture.runDueJobs(world);
        }
        List<OutboxMail> mails = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId());
        assertThat(mails).filteredOn(m -> m.getRecipient().equals(world.organiser() + "@test.parindex.vn"))
                .extracting(OutboxMail::getKind).containsOnly(MailKind.DIGEST);
        String digest = mails.stream().filter(m -> m.getKind() == MailKind.DIGEST).reduce((a, b) -> b)
                .orElseThrow().getBodyHtml();
        assertThat(digest).contains("<h3>Tự đánh giá, chấm điểm và gửi tài liệu kiểm chứng</h3>")
                .contains("Sở Công Thương " + world.code() + ": quá hạn 5 ngày</a><span> — cần quyết định")
                .doesNotContain("Quyết định khi quá hạn");
    }

    @Test
    void theOrganisersOwnDecisionTaskIsRemindedAndEscalatedToTheHeadOfTheOrganisersAgency() {
        fixture.travelTo(due.plusDays(4), 8, 1);
        fixture.runDueJobs(world);
        vn.parindex.tasklist.WorkItem decision = workItems.findByCampaignIdAndAgencyIdAndState(world.campaignId(),
                        world.agencyAId(), vn.parindex.tasklist.WorkItemState.OPEN).stream()
                .filter(item -> item.getTaskKey().equals("decideOnMissedDeadline")).findFirst().orElseThrow();
        LocalDate decisionDue = decision.getDueAt().atZone(vn.parindex.common.VietnamTime.ZONE).toLocalDate();
        fixture.travelTo(decisionDue, 8, 1);
        fixture.runDueJobs(world);
        assertThat(mailsAbout("REMINDER:decideOnMissedDeadline")).extracting(OutboxMail::getRecipient)
                .contains(world.organiser() + "@test.parindex.vn");
        fixture.travelTo(decisionDue.plusDays(1), 8, 1);
        fixture.runDueJobs(world);
        assertThat(mailsAbout("OVERDUE:decideOnMissedDeadline")).extracting(OutboxMail::getRecipient)
                .contains("head-" + world.standingCode().toLowerCase() + "@test.parindex.vn",
                        world.organiser() + "@test.parindex.vn")
                .doesNotContain(world.head() + "@test.parindex.vn",
                        "head-" + world.agencyACode().toLowerCase() + "@test.parindex.vn");
    }

    private List<OutboxMail> mailsAbout(String kindAndTask) {
        return outbox.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyAId()).stream()
                .filter(m -> m.getDedupKey().contains("|" + kindAndTask + "|")).toList();
    }

    @Test
    void aMovedDeadlineGetsItsRemindersAgainButNotTwiceForTheSameDate() {
        fixture.travelTo(due.minusDays(7), 8, 1);
        fixture.runDueJobs(world);
        assertThat(reminders(world.officer() + "@test.parindex.vn")).hasSize(1);
        fixture.resetClock();
        LocalDate later = due.plusDays(7);
        deadlineChanges.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT, null, later, "Lùi hạn", "t");
        fixture.travelTo(due.minusDays(7), 9, 0);
        fixture.runDueJobs(world);
        // 14 days before the new date: nothing yet, and the old reminder is not sent again
        assertThat(reminders(world.officer() + "@test.parindex.vn")).hasSize(1);
        fixture.travelTo(later.minusDays(7), 8, 1);
        fixture.runDueJobs(world);
        assertThat(reminders(world.officer() + "@test.parindex.vn")).hasSize(2)
                .anySatisfy(m -> assertThat(m.getDedupKey()).contains("|d7|" + later + "|"));
    }

    @Test
    void aFailedDeliveryIsRetriedAndDeliveredOnce() throws Exception {
        fixture.travelTo(due.minusDays(7), 8, 1);
        fixture.runDueJobs(world);
        smtp.stop();
        delivery.deliverDue();
        OutboxMail waiting = reminders(world.officer() + "@test.parindex.vn").get(0);
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        smtp.start();
        delivery.deliverDue();
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("test.parindex.vn"))
                .filter(m -> recipients(m).contains(world.officer() + "@test.parindex.vn"))).as("backing off").isEmpty();
        fixture.travelTo(due.minusDays(7), 8, 5);
        delivery.deliverDue();
        OutboxMail sent = outbox.findById(waiting.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("test.parindex.vn"))
                .filter(m -> recipients(m).contains(world.officer() + "@test.parindex.vn"))).hasSize(1);
    }

    private List<OutboxMail> reminders(String recipient) {
        return outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).stream()
                .filter(m -> m.getKind() == MailKind.REMINDER && m.getRecipient().equals(recipient)).toList();
    }

    private String recipients(MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            return "";
        }
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            return "";
        }
    }
}
