package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalProblem;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.assessment.ScoreRejectedException;
import vn.parindex.assessment.Withdrawals;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.Criterion;
import vn.parindex.notification.MailKind;
import vn.parindex.notification.OutboxMail;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.security.AuditEventRepository;
import vn.parindex.security.AuditKind;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * Withdrawing a sent self-assessment (the self-assessment-withdrawn message of agency-assessment.bpmn): before the
 * head's sign-off, after it, during appraisal, and what is refused (after the deadline, twice, a reviewer's save).
 */
@IntegrationTest
@Tag("postgres")
class WithdrawalProcessTest {

    @Autowired ProcessFixture fixture;
    @Autowired CampaignLaunch launch;
    @Autowired CampaignProcesses processes;
    @Autowired ProcessEngine engine;
    @Autowired Withdrawals withdrawals;
    @Autowired Appraisals appraisals;
    @Autowired UserDetailsService users;
    @Autowired AgencyAssessmentRepository assessments;
    @Autowired CriterionScoreRepository scores;
    @Autowired ScoreAuditRepository audits;
    @Autowired AuditEventRepository auditEvents;
    @Autowired WorkItemRepository workItems;
    @Autowired OutboxMailRepository outbox;
    @Autowired CampaignRepository campaigns;
    @Autowired TransactionTemplate tx;

    ProcessFixture.World world;
    ProcessInstance a;

    @BeforeEach
    void launchCampaign() {
        BpmnAwareTests.init(engine);
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        a = fixture.agencyInstance(world, world.agencyACode());
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void beforeSignOffTheOfficerWithdrawsAndTheSignOffTaskIsWithdrawn() {
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertThat(a).isWaitingAt("signOffSelfAssessment");

        withdrawals.withdraw(as(world.officer()), world.campaignId(), world.agencyAId(), "Sai số liệu tiêu chí 1.1");

        assertThat(a).hasPassed("signOffWithdrawn", "recordWithdrawal").isWaitingAt("submitSelfAssessment");
        assertThat(status()).isEqualTo(AssessmentStatus.OPEN);
        assertThat(assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow()
                .getSubmittedAt()).isNull();
        assertThat(workItems.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyAId()))
                .anySatisfy(i -> {
                    assertThat(i.getTaskKey()).isEqualTo("signOffSelfAssessment");
                    assertThat(i.getState()).isEqualTo(WorkItemState.CANCELLED);
                });
        assertThat(audits.findByCampaignIdAndAgencyIdOrderByChangedAtDesc(world.campaignId(), world.agencyAId()))
                .anySatisfy(x -> {
                    assertThat(x.getField()).isEqualTo(Withdrawals.AUDIT_FIELD);
                    assertThat(x.getOldValue()).isEqualTo("SUBMITTED");
                    assertThat(x.getReason()).isEqualTo("Sai số liệu tiêu chí 1.1");
                    assertThat(x.getChangedBy()).isEqualTo(world.officer());
                });
        assertThat(auditEvents.findAll()).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.SELF_ASSESSMENT_WITHDRAWN);
            assertThat(e.getDetail()).contains("agency " + world.agencyAId()).contains("Sai số liệu tiêu chí 1.1");
        });
        // sent again, it goes to the head as before
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertThat(a).isWaitingAt("signOffSelfAssessment");
        assertThat(status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void afterSignOffOnlyTheHeadWithdrawsAndEveryAppraisalTaskIsWithdrawn() {
        toAppraisal();
        assertThat(taskQuery().processInstanceId(a.getId()).list()).hasSize(2);
        assertThatThrownBy(() -> withdrawals.withdraw(as(world.officer()), world.campaignId(), world.agencyAId(), "x"))
                .isInstanceOf(ScoreRejectedException.class).hasFieldOrPropertyWithValue("key", "withdraw.error.headOnly");
        assertThat(a).isWaitingAt("appraiseSelfAssessment");

        withdrawals.withdraw(as(world.head()), world.campaignId(), world.agencyAId(), "Bổ sung minh chứng 2.1");

        assertThat(a).hasPassed("appraisalWithdrawn", "recordWithdrawal").isWaitingAt("submitSelfAssessment");
        assertThat(taskQuery().processInstanceId(a.getId()).taskDefinitionKey("appraiseSelfAssessment").count()).isZero();
        assertThat(status()).isEqualTo(AssessmentStatus.OPEN);
        // a reviewer still on the old page: the save is refused with the reason, nothing written
        assertThatThrownBy(() -> appraisals.adjust(world.campaignId(), world.agencyAId(), leaf("2.1"),
                world.reviewerId(), null, "có", false, "Đủ văn bản", world.reviewer()))
                .isInstanceOf(AppraisalProblem.class).hasMessage("appraisal.error.withdrawn");
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(), leaf("2.1")))
                .isEmpty();
    }

    @Test
    void duringAppraisalTheAppraisalSoFarIsClearedAndEveryReviewerAppraisesTheNewReport() {
        toAppraisal();
        appraisals.adjust(world.campaignId(), world.agencyAId(), leaf("1.1"), world.standingId(), null, "có", false,
                "Kế hoạch đã ban hành", world.organiser());
        Task byOrganiser = taskQuery().processInstanceId(a.getId()).taskCandidateGroup("organiser:" + world.code())
                .singleResult();
        completeTask(byOrganiser, world.organiser(), Map.of("appraisalOutcome", "supplementary"));
        assertThat(a).isWaitingAt("appraiseSelfAssessment");

        withdrawals.withdraw(as(world.head()), world.campaignId(), world.agencyAId(), "Cập nhật số liệu");

        CriterionScore cleared = scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                leaf("1.1")).orElseThrow();
        assertThat(cleared.isAppraised()).isFalse();
        assertThat(cleared.getAppraisedPoints()).isNull();
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete("signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        // a new report: both departments appraise again, not only the one that asked for evidence before
        List<Task> again = taskQuery().processInstanceId(a.getId()).list();
        assertThat(again).hasSize(2);
        assertThat(status()).isEqualTo(AssessmentStatus.IN_APPRAISAL);
    }

    @Test
    void aReviewerSavingWhileTheHeadWithdrawsWaitsAndIsRefusedWithNothingWritten() throws Exception {
        toAppraisal();
        java.util.concurrent.CompletableFuture<Throwable> reviewer = new java.util.concurrent.CompletableFuture<>();
        tx.executeWithoutResult(s -> {
            withdrawals.withdraw(as(world.head()), world.campaignId(), world.agencyAId(), "Sửa số liệu 2.1");
            // the reviewer saves while the withdrawal is not yet committed: the save waits for it
            Thread saving = new Thread(() -> {
                try {
                    appraisals.adjust(world.campaignId(), world.agencyAId(), leaf("2.1"), world.reviewerId(), null,
                            "có", false, "Đủ văn bản", world.reviewer());
                    reviewer.complete(null);
                } catch (RuntimeException e) {
                    reviewer.complete(e);
                }
            });
            saving.start();
            sleep(300);
            assertThat(reviewer).isNotDone();
        });
        assertThat(reviewer.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .isInstanceOf(AppraisalProblem.class).hasMessage("appraisal.error.withdrawn");
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(), leaf("2.1")))
                .isEmpty();
        assertThat(a).isWaitingAt("submitSelfAssessment");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void withdrawingTwiceWithoutAReasonOrAfterTheDeadlineIsRefusedAndChangesNothing() {
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertThatThrownBy(() -> withdrawals.withdraw(as(world.officer()), world.campaignId(), world.agencyAId(), " "))
                .hasFieldOrPropertyWithValue("key", "withdraw.error.reasonRequired");
        withdrawals.withdraw(as(world.officer()), world.campaignId(), world.agencyAId(), "Sửa 1.1");
        assertThatThrownBy(() -> withdrawals.withdraw(as(world.head()), world.campaignId(), world.agencyAId(), "lần 2"))
                .hasFieldOrPropertyWithValue("key", "withdraw.error.notSent");

        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        fixture.travelTo(world.selfAssessmentDue().plusDays(1), 9, 0);
        assertThatThrownBy(() -> withdrawals.withdraw(as(world.head()), world.campaignId(), world.agencyAId(), "muộn"))
                .isInstanceOf(ScoreRejectedException.class)
                .hasFieldOrPropertyWithValue("key", "withdraw.error.afterDeadline")
                .satisfies(e -> assertThat(((ScoreRejectedException) e).args())
                        .containsExactly(VietnamTime.DATE.format(world.selfAssessmentDue())));
        assertThat(a).isWaitingAt("signOffSelfAssessment");
        assertThat(status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void afterTheDeadlineTheOrganiserReopensOneAgencyWithAReasonAndANewDate() {
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete("signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        LocalDate today = world.selfAssessmentDue().plusDays(2);
        fixture.travelTo(today, 9, 0);
        assertThatThrownBy(() -> withdrawals.reopenSent(as(world.organiser()), world.campaignId(), world.agencyAId(),
                today.minusDays(1), "Số liệu sai")).hasFieldOrPropertyWithValue("key", "withdraw.error.newDue");
        assertThat(a).isWaitingAt("appraiseSelfAssessment");

        withdrawals.reopenSent(as(world.organiser()), world.campaignId(), world.agencyAId(), today.plusDays(3),
                "Đơn vị đề nghị sửa số liệu 2.1");

        assertThat(a).isWaitingAt("submitSelfAssessment");
        Task open = taskQuery().processInstanceId(a.getId()).singleResult();
        assertThat(open.getDueDate().toInstant().atZone(VietnamTime.ZONE).toLocalDate()).isEqualTo(today.plusDays(3));
        // the escalation timer moved with it: nothing fires today
        fixture.runDueJobs(world);
        assertThat(a).isWaitingAt("submitSelfAssessment");
    }

    @Test
    void remindersResumeForTheDaysLeftOnceWithdrawn() {
        LocalDate due = world.selfAssessmentDue();
        fixture.travelTo(due.minusDays(7), 8, 1);
        fixture.runDueJobs(world);
        fixture.travelTo(due.minusDays(7), 10, 0);
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        fixture.travelTo(due.minusDays(3), 8, 1);
        fixture.runDueJobs(world);
        assertThat(officerReminders()).containsExactly("d7|" + due);
        fixture.travelTo(due.minusDays(3), 10, 0);
        withdrawals.withdraw(as(world.officer()), world.campaignId(), world.agencyAId(), "Sửa số liệu");
        for (LocalDate day = due.minusDays(2); !day.isAfter(due); day = day.plusDays(1)) {
            fixture.travelTo(day, 8, 1);
            fixture.runDueJobs(world);
        }
        assertThat(officerReminders()).containsExactly("d7|" + due, "d1|" + due, "d0|" + due);
    }

    // ------------------------------------------------------------------ helpers

    private List<String> officerReminders() {
        List<String> sent = new ArrayList<>();
        for (OutboxMail mail : outbox.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyAId())) {
            if (mail.getKind() == MailKind.REMINDER && mail.getRecipient().equals(world.officer() + "@test.parindex.vn")) {
                String[] key = mail.getDedupKey().split("\\|");
                sent.add(key[4] + "|" + key[5]);
            }
        }
        return sent;
    }

    private void toAppraisal() {
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete("signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        assertThat(a).isWaitingAt("appraiseSelfAssessment");
        assertThat(status()).isEqualTo(AssessmentStatus.IN_APPRAISAL);
    }

    private Long leaf(String code) {
        return tx.execute(s -> campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().values().iterator()
                .next().getCriteria().stream().filter(c -> c.getCode().equals(code)).map(Criterion::getId)
                .findFirst().orElseThrow());
    }

    private AssessmentStatus status() {
        return assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow().getStatus();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private void complete(String taskKey, String user, Map<String, Object> variables) {
        Task task = taskQuery().processInstanceId(a.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        completeTask(task, user, variables);
    }

    private void completeTask(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(task.getId(), user, all);
        fixture.runDueJobsOf(task);
    }
}
