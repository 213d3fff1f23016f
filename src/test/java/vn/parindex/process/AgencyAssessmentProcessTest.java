package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.AgencyAssessment;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.timeline.ReminderSchedule;

/** Every path of agency-assessment.bpmn and missed-deadline-decision.bpmn, with the clock moved for timers. */
@IntegrationTest
@Tag("postgres")
class AgencyAssessmentProcessTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    AgencyAssessmentRepository assessments;
    @Autowired
    ManagementService management;
    @Autowired
    ReminderSchedule reminders;

    ProcessFixture.World world;

    @BeforeEach
    void launchCampaign() {
        BpmnAwareTests.init(engine);
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void launchGivesEachAgencyItsSelfAssessmentWithDueDateFollowUpAndGroups() {
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        assertThat(a).isWaitingAt("submitSelfAssessment");
        Task task = taskQuery().processInstanceId(a.getId()).singleResult();
        assertThat(task).hasCandidateGroup("agency:" + world.agencyACode() + ":officer");
        assertThat(task.getDueDate().toInstant().atZone(VietnamTime.ZONE).toLocalDateTime())
                .isEqualTo(world.selfAssessmentDue().atTime(23, 59));
        assertThat(task.getFollowUpDate().toInstant().atZone(VietnamTime.ZONE).toLocalDateTime())
                .isEqualTo(world.selfAssessmentDue().minusDays(7).atTime(reminders.getTime()));
        assertThat(fixture.agencyInstance(world, world.agencyBCode())).isWaitingAt("submitSelfAssessment");
        WorkItem item = workItems.findById(task.getId()).orElseThrow();
        assertThat(item.getMilestone().name()).isEqualTo("SELF_ASSESSMENT");
        assertThat(item.getAgencyId()).isEqualTo(world.agencyAId());
        // the respondent list is not used by this plan
        assertThat(a).hasNotPassed("submitRespondentList");
    }

    /** The campaign's and every agency's morning sweep fire at the one reminder hour (parindex.reminders.hour). */
    @Test
    void theMorningSweepsFireAtTheReminderHour() {
        for (ProcessInstance instance : List.of(fixture.campaignInstance(world),
                fixture.agencyInstance(world, world.agencyACode()), fixture.agencyInstance(world, world.agencyBCode()))) {
            Job sweep = management.createJobQuery().processInstanceId(instance.getId()).activityId("everyMorning")
                    .singleResult();
            assertThat(sweep).as(instance.getProcessDefinitionId()).isNotNull();
            assertThat(sweep.getDuedate().toInstant().atZone(VietnamTime.ZONE).toLocalTime())
                    .isEqualTo(reminders.getTime());
        }
    }

    @Test
    void onTimePathEndsWithFinalScores() {
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        complete(a, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertThat(a).isWaitingAt("signOffSelfAssessment");
        assertThat(assessment(world.agencyAId()).getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(assessment(world.agencyAId()).getLateDays()).isZero();
        complete(a, "signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        assertThat(a).isWaitingAt("appraiseSelfAssessment");
        List<Task> appraisals = taskQuery().processInstanceId(a.getId()).list();
        // group 2 goes to the reviewing department, group 1 (unassigned) to the organiser's standing body
        assertThat(appraisals).hasSize(2);
        assertThat(appraisals).anySatisfy(t -> assertThat(t).hasCandidateGroup("reviewer:" + world.reviewerCode()));
        assertThat(appraisals).anySatisfy(t -> assertThat(t).hasCandidateGroup("organiser:" + world.code()));
        for (Task appraisal : appraisals) {
            completeTask(appraisal, world.reviewer(), Map.of("appraisalOutcome", "accepted"));
        }
        fixture.runDueJobs(world);
        assertThat(a).hasPassed("finaliseScores").isEnded();
        assertThat(assessment(world.agencyAId()).getStatus()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void headRefusalReturnsTheSelfAssessmentToTheOfficersWithTheComment() {
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        complete(a, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete(a, "signOffSelfAssessment", world.head(), Map.of("signOff", "refuse", "comment", "Thiếu tài liệu 1.1"));
        assertThat(a).isWaitingAt("submitSelfAssessment");
        assertThat(workItems.findByCampaignIdAndAgencyIdOrderByCreatedAt(world.campaignId(), world.agencyAId()))
                .anySatisfy(i -> {
                    assertThat(i.getTaskKey()).isEqualTo("signOffSelfAssessment");
                    assertThat(i.getOutcome()).isEqualTo("refuse");
                });
    }

    @Test
    void supplementaryEvidenceInTwoRoundsOnlyReappraisedByTheAskingReviewer() {
        ProcessInstance a = toAppraisal();
        Task byReviewer = appraisalOf(a, "reviewer:" + world.reviewerCode());
        Task byOrganiser = appraisalOf(a, "organiser:" + world.code());
        completeTask(byOrganiser, world.organiser(), Map.of("appraisalOutcome", "accepted"));
        completeTask(byReviewer, world.reviewer(), Map.of("appraisalOutcome", "supplementary", "comment", "Bổ sung 2.1"));
        fixture.runDueJobs(world);
        assertThat(a).isWaitingAt("provideSupplementaryEvidence");
        complete(a, "provideSupplementaryEvidence", world.officer(), Map.of("comment", "Đã bổ sung"));
        // round 2: only the department that asked appraises again, and asks once more
        List<Task> round2 = taskQuery().processInstanceId(a.getId()).list();
        assertThat(round2).hasSize(1);
        assertThat(round2.get(0)).hasCandidateGroup("reviewer:" + world.reviewerCode());
        completeTask(round2.get(0), world.reviewer(), Map.of("appraisalOutcome", "supplementary", "comment", "Chưa đủ"));
        fixture.runDueJobs(world);
        assertThat(a).isWaitingAt("provideSupplementaryEvidence");
        complete(a, "provideSupplementaryEvidence", world.officer(), Map.of("comment", "Bổ sung lần 2"));
        Task round3 = taskQuery().processInstanceId(a.getId()).singleResult();
        completeTask(round3, world.reviewer(), Map.of("appraisalOutcome", "accepted"));
        fixture.runDueJobs(world);
        assertThat(a).isEnded();
    }

    @Test
    void lateSubmissionRecordsHowLate() {
        fixture.travelTo(world.selfAssessmentDue().plusDays(2), 10, 0);
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        complete(a, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertThat(assessment(world.agencyAId()).getLateDays()).isEqualTo(2);
    }

    @Test
    void missedDeadlineAfterEscalationDaysAsksTheOrganiserWhoExtends() {
        LocalDate due = world.selfAssessmentDue();
        fixture.travelTo(due.plusDays(4), 9, 0);
        fixture.runDueJobs(world);
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        assertThat(a).hasPassed("selfAssessmentOverdue").isWaitingAt("decideOnSelfAssessment");
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance(a);
        assertThat(decision).isWaitingAt("decideOnMissedDeadline");
        Task decide = taskQuery().processInstanceId(decision.getId()).singleResult();
        assertThat(decide).hasCandidateGroup("organiser:" + world.code());
        LocalDate newDue = due.plusDays(10);
        completeTask(decide, world.organiser(), Map.of("deadlineDecision", "extend",
                "newDueDate", newDue.toString(), "comment", "Sở đang kiện toàn nhân sự"));
        fixture.runDueJobs(world);
        assertThat(decision).hasPassed("extendForAgency").isEnded();
        assertThat(a).isWaitingAt("submitSelfAssessment");
        Task again = taskQuery().processInstanceId(a.getId()).singleResult();
        assertThat(again.getDueDate().toInstant().atZone(VietnamTime.ZONE).toLocalDate()).isEqualTo(newDue);
    }

    @Test
    void missedDeadlineClosedAsNotSubmittedEndsTheAssessment() {
        fixture.travelTo(world.selfAssessmentDue().plusDays(4), 9, 0);
        fixture.runDueJobs(world);
        ProcessInstance a = fixture.agencyInstance(world, world.agencyBCode());
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance(a);
        completeTask(taskQuery().processInstanceId(decision.getId()).singleResult(), world.organiser(),
                Map.of("deadlineDecision", "close", "comment", "Không nộp báo cáo"));
        fixture.runDueJobs(world);
        assertThat(decision).hasPassed("recordClosed").isEnded();
        assertThat(a).hasPassed("recordNotSubmitted", "assessmentClosed").isEnded();
        AgencyAssessment closed = assessment(world.agencyBId());
        assertThat(closed.getStatus()).isEqualTo(AssessmentStatus.CLOSED_NOT_SUBMITTED);
        assertThat(closed.getClosedReason()).contains("Không nộp báo cáo");
    }

    @Test
    void missedSupplementaryEvidenceClosedGoesBackToTheReviewer() {
        ProcessInstance a = toAppraisal();
        completeTask(appraisalOf(a, "organiser:" + world.code()), world.organiser(), Map.of("appraisalOutcome", "accepted"));
        completeTask(appraisalOf(a, "reviewer:" + world.reviewerCode()), world.reviewer(),
                Map.of("appraisalOutcome", "supplementary", "comment", "Bổ sung 2.1"));
        fixture.runDueJobs(world);
        fixture.travelTo(LocalDate.now(VietnamTime.ZONE).plusDays(22), 9, 0);
        fixture.runDueJobs(world);
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance(a);
        assertThat(a).hasPassed("supplementaryOverdue");
        completeTask(taskQuery().processInstanceId(decision.getId()).singleResult(), world.organiser(),
                Map.of("deadlineDecision", "close", "comment", "Không bổ sung"));
        fixture.runDueJobs(world);
        assertThat(a).isWaitingAt("appraiseSelfAssessment");
        assertThat(taskQuery().processInstanceId(a.getId()).singleResult())
                .hasCandidateGroup("reviewer:" + world.reviewerCode());
    }

    @Test
    void missedSupplementaryEvidenceExtendedIsAskedAgain() {
        ProcessInstance a = toAppraisal();
        completeTask(appraisalOf(a, "organiser:" + world.code()), world.organiser(), Map.of("appraisalOutcome", "accepted"));
        completeTask(appraisalOf(a, "reviewer:" + world.reviewerCode()), world.reviewer(),
                Map.of("appraisalOutcome", "supplementary", "comment", "Bổ sung 2.1"));
        fixture.runDueJobs(world);
        LocalDate later = LocalDate.now(VietnamTime.ZONE).plusDays(22);
        fixture.travelTo(later, 9, 0);
        fixture.runDueJobs(world);
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance(a);
        completeTask(taskQuery().processInstanceId(decision.getId()).singleResult(), world.organiser(),
                Map.of("deadlineDecision", "extend", "newDueDate", later.plusDays(5).toString(), "comment", "Gia hạn"));
        fixture.runDueJobs(world);
        assertThat(a).isWaitingAt("provideSupplementaryEvidence");
    }

    @Test
    void selfAssessmentWaitsForItsWindow() {
        ProcessFixture.World later = fixture.world(new ProcessFixture.Plan(true, false, true, true));
        launch.launch(later.campaignId(), later.organiserId());
        fixture.runDueJobs(later);
        ProcessInstance a = fixture.agencyInstance(later, later.agencyACode());
        assertThat(a).isWaitingAt("waitForWindow", "submitRespondentList");
        fixture.travelTo(LocalDate.now(VietnamTime.ZONE).plusDays(4), 0, 5);
        fixture.runDueJobs(later);
        assertThat(a).isWaitingAt("submitSelfAssessment", "submitRespondentList");
        complete(a, "submitRespondentList", later.officer(), Map.of("respondentCount", 60L));
        assertThat(a).hasPassed("respondentListDone").isWaitingAt("submitSelfAssessment");
    }

    @Test
    void missedRespondentListIsDecidedWithoutStoppingTheSelfAssessment() {
        ProcessFixture.World lists = fixture.world(new ProcessFixture.Plan(true, true, false, true));
        launch.launch(lists.campaignId(), lists.organiserId());
        fixture.runDueJobs(lists);
        fixture.travelTo(LocalDate.now(VietnamTime.ZONE).plusDays(9), 9, 0);
        fixture.runDueJobs(lists);
        ProcessInstance a = fixture.agencyInstance(lists, lists.agencyACode());
        assertThat(a).hasPassed("respondentListOverdue").isWaitingAt("decideOnRespondentList", "submitSelfAssessment");
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance("missed-deadline-decision", a);
        completeTask(taskQuery().processInstanceId(decision.getId()).singleResult(), lists.organiser(),
                Map.of("deadlineDecision", "close", "comment", "Không gửi danh sách"));
        fixture.runDueJobs(lists);
        assertThat(a).hasPassed("respondentListDone").isWaitingAt("submitSelfAssessment");
        // the list closed, the extension path is still reachable in another agency
        ProcessInstance b = fixture.agencyInstance(lists, lists.agencyBCode());
        ProcessInstance decisionB = BpmnAwareTests.calledProcessInstance("missed-deadline-decision", b);
        completeTask(taskQuery().processInstanceId(decisionB.getId()).singleResult(), lists.organiser(),
                Map.of("deadlineDecision", "extend", "newDueDate", LocalDate.now(VietnamTime.ZONE).plusDays(12).toString(),
                        "comment", "Gia hạn"));
        fixture.runDueJobs(lists);
        assertThat(b).isWaitingAt("submitRespondentList", "submitSelfAssessment");
    }

    @Test
    void withoutAnyReviewerAssignedTheOrganiserAppraisesEverything() {
        ProcessFixture.World unassigned = fixture.world(new ProcessFixture.Plan(false, false, false, false));
        launch.launch(unassigned.campaignId(), unassigned.organiserId());
        fixture.runDueJobs(unassigned);
        ProcessInstance a = fixture.agencyInstance(unassigned, unassigned.agencyACode());
        complete(a, "submitSelfAssessment", unassigned.officer(), Map.of("confirmSubmission", true));
        complete(a, "signOffSelfAssessment", unassigned.head(), Map.of("signOff", "approve"));
        List<Task> appraisals = taskQuery().processInstanceId(a.getId()).list();
        assertThat(appraisals).hasSize(1);
        assertThat(appraisals.get(0)).hasCandidateGroup("organiser:" + unassigned.code());
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance toAppraisal() {
        ProcessInstance a = fixture.agencyInstance(world, world.agencyACode());
        complete(a, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete(a, "signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        return a;
    }

    private Task appraisalOf(ProcessInstance instance, String group) {
        return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).singleResult();
    }

    private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        completeTask(task, user, variables);
    }

    private void completeTask(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(task.getId(), user, all);
        fixture.runDueJobsOf(task);
    }

    private AgencyAssessment assessment(Long agencyId) {
        return assessments.findByCampaignIdAndAgencyId(world.campaignId(), agencyId).orElseThrow();
    }
}
