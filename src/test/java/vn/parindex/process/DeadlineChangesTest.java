package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.VietnamTime;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.timeline.DeadlineChangeException;
import vn.parindex.timeline.DeadlineChangeRepository;
import vn.parindex.timeline.DeadlineChanges;

/** Moving a milestone for everyone and extending it for one agency: open tasks and pending timers follow. */
@IntegrationTest
@Tag("postgres")
class DeadlineChangesTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    DeadlineChanges changes;
    @Autowired
    DeadlineChangeRepository log;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;

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
    void movingAMilestoneLaterMovesEveryOpenTaskAndEscalationTimer() {
        LocalDate later = world.selfAssessmentDue().plusDays(5);
        changes.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT, null, later, "Lùi theo chỉ đạo", "org");
        for (String agency : new String[] {world.agencyACode(), world.agencyBCode()}) {
            assertDue(agency, later);
            assertEscalationAt(agency, later.plusDays(3));
        }
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).singleElement()
                .satisfies(change -> {
                    assertThat(change.getAgencyId()).isNull();
                    assertThat(change.getOldDate()).isEqualTo(world.selfAssessmentDue());
                    assertThat(change.getNewDate()).isEqualTo(later);
                });
    }

    @Test
    void movingAMilestoneEarlierMovesThemToo() {
        LocalDate earlier = world.selfAssessmentDue().minusDays(4);
        changes.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT, null, earlier, "Rút ngắn", "org");
        assertDue(world.agencyACode(), earlier);
        assertEscalationAt(world.agencyACode(), earlier.plusDays(3));
    }

    @Test
    void anExtensionMovesOnlyThatAgencyAndSurvivesAMoveForEveryone() {
        LocalDate extended = world.selfAssessmentDue().plusDays(8);
        changes.extendForAgency(world.campaignId(), world.agencyBId(), MilestoneType.SELF_ASSESSMENT, extended,
                "Sở đang sáp nhập", "org");
        assertDue(world.agencyBCode(), extended);
        assertEscalationAt(world.agencyBCode(), extended.plusDays(3));
        assertDue(world.agencyACode(), world.selfAssessmentDue());
        changes.moveMilestone(world.campaignId(), MilestoneType.SELF_ASSESSMENT, null,
                world.selfAssessmentDue().plusDays(1), "Lùi một ngày", "org");
        assertDue(world.agencyBCode(), extended);
        assertDue(world.agencyACode(), world.selfAssessmentDue().plusDays(1));
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).hasSize(2)
                .anySatisfy(change -> assertThat(change.getReason()).isEqualTo("Sở đang sáp nhập"));
    }

    @Test
    void anExtensionToAPastDateOrWithoutReasonIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> changes.extendForAgency(world.campaignId(), world.agencyAId(),
                MilestoneType.SELF_ASSESSMENT, LocalDate.now(VietnamTime.ZONE).minusDays(1), "Muộn", "org"))
                .isInstanceOf(DeadlineChangeException.class).hasMessage("deadline.error.past");
        assertThatThrownBy(() -> changes.extendForAgency(world.campaignId(), world.agencyAId(),
                MilestoneType.SELF_ASSESSMENT, world.selfAssessmentDue().plusDays(3), " ", "org"))
                .isInstanceOf(DeadlineChangeException.class).hasMessage("deadline.error.reasonRequired");
        assertDue(world.agencyACode(), world.selfAssessmentDue());
        assertThat(log.findByCampaignIdOrderByChangedAtDesc(world.campaignId())).isEmpty();
    }

    @Test
    void aLaterWindowStartMovesTheWaitingTimer() {
        ProcessFixture.World waiting = fixture.world(new ProcessFixture.Plan(false, false, true, true));
        launch.launch(waiting.campaignId(), waiting.organiserId());
        fixture.runDueJobs(waiting);
        LocalDate opens = LocalDate.now(VietnamTime.ZONE).plusDays(6);
        changes.moveMilestone(waiting.campaignId(), MilestoneType.SELF_ASSESSMENT, opens, waiting.selfAssessmentDue(),
                "Mở muộn hơn", "org");
        ProcessInstance a = fixture.agencyInstance(waiting, waiting.agencyACode());
        Job timer = management.createJobQuery().processInstanceId(a.getId()).activityId("waitForWindow").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(opens.atStartOfDay(VietnamTime.ZONE).toInstant()));
    }

    private void assertDue(String agencyCode, LocalDate date) {
        ProcessInstance instance = fixture.agencyInstance(world, agencyCode);
        Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("submitSelfAssessment").singleResult();
        assertThat(task.getDueDate()).as(agencyCode).isEqualTo(Date.from(VietnamTime.endOfDay(date).toInstant()));
        assertThat(task.getFollowUpDate()).isEqualTo(Date.from(date.minusDays(7).atTime(8, 0).atZone(VietnamTime.ZONE).toInstant()));
        assertThat(workItems.findById(task.getId()).orElseThrow().getDueAt())
                .isEqualTo(VietnamTime.endOfDay(date).toInstant());
    }

    private void assertEscalationAt(String agencyCode, LocalDate date) {
        ProcessInstance instance = fixture.agencyInstance(world, agencyCode);
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("selfAssessmentOverdue")
                .singleResult();
        ZonedDateTime expected = VietnamTime.endOfDay(date);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(expected.toInstant()));
    }
}
