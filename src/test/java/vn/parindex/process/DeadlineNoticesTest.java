package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.notification.MailKind;
import vn.parindex.notification.OutboxDelivery;
import vn.parindex.notification.OutboxMail;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.timeline.DeadlineChangeException;
import vn.parindex.timeline.DeadlineChangeRepository;
import vn.parindex.timeline.DeadlineChanges;

/**
 * A changed deadline is told to the agency, with its calendar entry moved; an extension that cannot apply
 * (closed, already submitted, milestone not used) is refused with a message and nothing is logged.
 */
@IntegrationTest
@Tag("postgres")
class DeadlineNoticesTest {

    private static final Pattern UID = Pattern.compile("UID:(\\S+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DeadlineChanges changes;
    @Autowired
    DeadlineChangeRepository log;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Value("${parindex.base-url}")
    String baseUrl;

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
    void anExtensionMailsTheNewDateAndReasonAndMovesTheCalendarEntryOfTheReminder() throws Exception {
        fixture.travelTo(due.minusDays(7), 8, 1);
        fixture.runDueJobs(world);
        String officer = world.officer() + "@test.parindex.vn";
        String reminderUid = uid(mails(MailKind.REMINDER, officer).get(0).getIcs());

        LocalDate extended = due.plusDays(4);
        changes.extendForAgency(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT, extended,
                "Sở đang sáp nhập", "org");
        delivery.deliverDue();

        MimeMessage mail = received(officer, "Thay đổi hạn").get(0);
        assertThat(mail.getSubject()).contains("Tự đánh giá").contains("Sở Công Thương " + world.code())
                .contains(VietnamTime.format(extended));
        String body = html(mail);
        assertThat(body).contains("Sở đang sáp nhập").contains(VietnamTime.format(extended))
                .contains(baseUrl + "/tasks");
        String ics = ics(mail);
        assertThat(mail.getContent().toString()).isNotEmpty();
        assertThat(((MimeMultipart) mail.getContent()).getBodyPart(1).getContentType()).contains("method=REQUEST");
        assertThat(ics).contains("METHOD:REQUEST").contains("SEQUENCE:1")
                .contains("DTSTART;VALUE=DATE:" + extended.toString().replace("-", ""));
        assertThat(uid(ics)).isEqualTo(reminderUid);
        assertThat(mails(MailKind.REMINDER, officer).get(0).getIcs()).doesNotContain("SEQUENCE");
        assertThat(received(world.head() + "@test.parindex.vn", "Thay đổi hạn")).hasSize(1);

        changes.extendForAgency(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT,
                extended.plusDays(2), "Thêm hai ngày", "org");
        assertThat(mails(MailKind.DEADLINE_CHANGED, officer)).hasSize(2).last()
                .satisfies(m -> assertThat(m.getIcs()).contains("SEQUENCE:2").contains("UID:" + reminderUid));
        assertThat(outbox.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyBId()))
                .filteredOn(m -> m.getKind() == MailKind.DEADLINE_CHANGED).isEmpty();
    }

    @Test
    void aMilestoneMovedForEveryoneTellsEachAgencyWithoutAnExtensionOfItsOwn() {
        changes.extendForAgency(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT, due.plusDays(9),
                "Riêng Sở Công Thương", "org");
        changes.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT, null, due.plusDays(3),
                "Lùi theo chỉ đạo của UBND tỉnh", "org");
        List<OutboxMail> toB = mails(MailKind.DEADLINE_CHANGED, "focal-" + world.agencyBCode().toLowerCase()
                + "@test.parindex.vn");
        assertThat(toB).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains(VietnamTime.format(due.plusDays(3)));
            assertThat(m.getBodyHtml()).contains("Lùi theo chỉ đạo của UBND tỉnh");
            assertThat(m.getIcs()).contains("METHOD:REQUEST").contains("SEQUENCE:1");
        });
        assertThat(mails(MailKind.DEADLINE_CHANGED, "head-" + world.agencyBCode().toLowerCase() + "@test.parindex.vn"))
                .hasSize(1);
        // agency A keeps its own date: only its extension was told
        assertThat(mails(MailKind.DEADLINE_CHANGED, world.officer() + "@test.parindex.vn")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains(VietnamTime.format(due.plusDays(9))));
    }

    @Test
    void anExtensionOfAMilestoneTheCampaignDoesNotUseIsRefusedAndNotOffered() throws Exception {
        assertRefused(world.agencyAId(), MilestoneType.RESPONDENT_LIST, "deadline.error.milestoneNotUsed");
        var organiser = user(users.loadUserByUsername(world.organiser()));
        mvc.perform(get("/campaigns/" + world.campaignId() + "/run").with(organiser))
                .andExpect(content().string(containsString("value=\"SELF_ASSESSMENT\"")))
                .andExpect(content().string(not(containsString("value=\"RESPONDENT_LIST\""))));
        mvc.perform(post("/campaigns/" + world.campaignId() + "/deadlines/extend").with(organiser).with(csrf())
                        .param("agencyId", world.agencyAId().toString()).param("milestone", "RESPONDENT_LIST")
                        .param("dueDate", due.plusDays(3).toString()).param("reason", "Thử"))
                .andExpect(flash().attribute("error", "Đợt đánh giá không sử dụng mốc này; không thể gia hạn."));
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).isEmpty();
    }

    @Test
    void anAgencyThatAlreadySubmittedIsNotExtended() {
        Task task = taskQuery().processInstanceId(fixture.agencyInstance(world, world.agencyACode()).getId())
                .taskDefinitionKey("submitSelfAssessment").singleResult();
        complete(task, world.officer(), Map.of("confirmSubmission", true));
        assertRefused(world.agencyAId(), MilestoneType.SELF_ASSESSMENT, "deadline.error.alreadySubmitted");
    }

    @Test
    void anAgencyClosedAsNotSubmittedIsNotExtended() {
        fixture.travelTo(due.plusDays(4), 9, 0);
        fixture.runDueJobs(world);
        var decision = BpmnAwareTests.calledProcessInstance(fixture.agencyInstance(world, world.agencyBCode()));
        complete(taskQuery().processInstanceId(decision.getId()).singleResult(), world.organiser(),
                Map.of("deadlineDecision", "close", "comment", "Không nộp báo cáo"));
        assertRefused(world.agencyBId(), MilestoneType.SELF_ASSESSMENT, "deadline.error.closedUseReopen");
    }

    @Test
    void anAgencyClosedAsNotSubmittedIsReopenedFromTheRunPageWithANewDateAndReason() throws Exception {
        fixture.travelTo(due.plusDays(4), 9, 0);
        fixture.runDueJobs(world);
        var decision = BpmnAwareTests.calledProcessInstance(fixture.agencyInstance(world, world.agencyBCode()));
        complete(taskQuery().processInstanceId(decision.getId()).singleResult(), world.organiser(),
                Map.of("deadlineDecision", "close", "comment", "Không nộp báo cáo"));
        var organiser = user(users.loadUserByUsername(world.organiser()));
        String reopen = "/campaigns/" + world.campaignId() + "/agencies/" + world.agencyBId() + "/reopen";
        mvc.perform(get("/campaigns/" + world.campaignId() + "/run").with(organiser))
                .andExpect(content().string(containsString(reopen)))
                .andExpect(content().string(not(containsString("/agencies/" + world.agencyAId() + "/reopen"))));
        mvc.perform(post(reopen).with(organiser).with(csrf()).param("dueDate", due.plusDays(10).toString())
                        .param("reason", " "))
                .andExpect(flash().attribute("error", "Vui lòng nhập lý do gia hạn."));
        mvc.perform(post("/campaigns/" + world.campaignId() + "/agencies/" + world.agencyAId() + "/reopen")
                        .with(organiser).with(csrf()).param("dueDate", due.plusDays(10).toString())
                        .param("reason", "Thử"))
                .andExpect(flash().attribute("error", "Chỉ mở lại được cơ quan đã bị đóng và ghi nhận không nộp."));
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).isEmpty();

        mvc.perform(post(reopen).with(organiser).with(csrf()).param("dueDate", due.plusDays(10).toString())
                        .param("reason", "UBND tỉnh cho nộp bổ sung"))
                .andExpect(flash().attribute("success", containsString("Đã mở lại")));
        fixture.runDueJobs(world);
        Task again = taskQuery().processInstanceId(fixture.agencyInstance(world, world.agencyBCode()).getId())
                .taskDefinitionKey("submitSelfAssessment").singleResult();
        assertThat(again).isNotNull();
        assertThat(again.getDueDate()).isEqualTo(java.util.Date.from(VietnamTime.endOfDay(due.plusDays(10)).toInstant()));
        mvc.perform(get("/campaigns/" + world.campaignId() + "/run").with(organiser))
                .andExpect(content().string(not(containsString(reopen))));
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).singleElement()
                .satisfies(c -> assertThat(c.getReason()).isEqualTo("UBND tỉnh cho nộp bổ sung"));
        assertThat(mails(MailKind.DEADLINE_CHANGED, "focal-" + world.agencyBCode().toLowerCase() + "@test.parindex.vn"))
                .singleElement().satisfies(m -> assertThat(m.getBodyHtml()).contains("UBND tỉnh cho nộp bổ sung"));
    }

    private void assertRefused(Long agencyId, MilestoneType milestone, String message) {
        assertThatThrownBy(() -> changes.extendForAgency(world.campaignId(), agencyId, milestone,
                LocalDate.now(VietnamTime.ZONE).plusDays(20), "Gia hạn", "org"))
                .isInstanceOf(DeadlineChangeException.class).hasMessage(message);
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).isEmpty();
        assertThat(outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()))
                .filteredOn(m -> m.getKind() == MailKind.DEADLINE_CHANGED).isEmpty();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(task.getId(), user, all);
        fixture.runDueJobsOf(task);
    }

    private List<OutboxMail> mails(MailKind kind, String recipient) {
        return outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).stream()
                .filter(m -> m.getKind() == kind && m.getRecipient().equals(recipient)).toList();
    }

    private List<MimeMessage> received(String recipient, String subject) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain("test.parindex.vn")).filter(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains(recipient) && m.getSubject().contains(subject);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String html(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        Object first = parts.getBodyPart(0).getContent();
        if (first instanceof MimeMultipart inner) {
            return (String) inner.getBodyPart(0).getContent();
        }
        return (String) first;
    }

    private static String ics(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        return new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String uid(String ics) {
        Matcher matcher = UID.matcher(ics);
        assertThat(matcher.find()).as("UID in " + ics).isTrue();
        return matcher.group(1);
    }
}
