package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignLaunchException;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.IntegrationTest;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;

/** The organiser's timeline: every path of par-campaign.bpmn, and launches that must be refused. */
@IntegrationTest
@Tag("postgres")
class CampaignProcessTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    vn.parindex.agency.OrganiserRepository organisers;
    @Autowired
    FrameworkVersionRepository versions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    vn.parindex.framework.FrameworkService frameworkService;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void fullTimelineWithAFailedVoteAndARejectedApprovalEndsPublished() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        ProcessInstance campaign = fixture.campaignInstance(world);
        // framework already published: the revision is skipped; training and survey wait for the organiser
        assertThat(campaign).hasPassed("openCampaign").hasNotPassed("publishFramework")
                .isWaitingAt("recordTraining", "importSurveyResults", "assessAgencies");
        assertThat(campaigns.findById(world.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.RUNNING);
        complete(campaign, "recordTraining", world.organiser(),
                Map.of("trainingDate", LocalDate.now().toString(), "place", "Hội trường", "participants", 120L));
        complete(campaign, "importSurveyResults", world.organiser(), Map.of("surveyImported", true));
        for (String agency : new String[] {world.agencyACode(), world.agencyBCode()}) {
            finishAssessment(world, fixture.agencyInstance(world, agency));
        }
        assertThat(campaign).isWaitingAt("aggregateResults");
        complete(campaign, "aggregateResults", world.organiser(), Map.of());
        complete(campaign, "voteOnResults", world.council(), Map.of("vote", "failed", "comment", "Xem lại nhóm 2"));
        assertThat(campaign).isWaitingAt("aggregateResults");
        complete(campaign, "aggregateResults", world.organiser(), Map.of());
        complete(campaign, "voteOnResults", world.council(), Map.of("vote", "passed"));
        complete(campaign, "approveResults", world.chairman(), Map.of("approval", "reject", "comment", "Làm rõ"));
        assertThat(campaign).isWaitingAt("voteOnResults");
        complete(campaign, "voteOnResults", world.council(), Map.of("vote", "passed"));
        complete(campaign, "approveResults", world.chairman(), Map.of("approval", "approve"));
        Task publish = taskQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(publish).hasCandidateGroup("organiser:" + world.code());
        complete(campaign, "publishResults", world.organiser(), Map.of());
        assertThat(campaign).hasPassed("markPublished").isEnded();
        assertThat(campaigns.findById(world.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
    }

    @Test
    void skippedMilestonesAndADraftFrameworkShapeTheTimeline() {
        ProcessFixture.World world = fixture.world(new ProcessFixture.Plan(false, false, false, true));
        Long publishedId = tx.execute(status -> campaigns.findById(world.campaignId()).orElseThrow()
                .getFrameworks().values().iterator().next().getId());
        FrameworkVersion draft = frameworkService.newVersion(world.organiserId(), publishedId);
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(world.campaignId()).orElseThrow();
            campaign.setMilestone(MilestoneType.FRAMEWORK_REVISION, null, LocalDate.now().plusDays(1), true);
            campaign.setMilestone(MilestoneType.SURVEY_RESULTS, null, LocalDate.now().plusDays(20), false);
            FrameworkVersion revised = versions.findById(draft.getId()).orElseThrow();
            campaign.getFrameworks().replaceAll((type, version) -> revised);
        });
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        ProcessInstance campaign = fixture.campaignInstance(world);
        assertThat(campaign).isWaitingAt("publishFramework", "assessAgencies").hasNotPassed("importSurveyResults");
        assertThat(taskQuery().processInstanceId(campaign.getId()).singleResult())
                .hasCandidateGroup("organiser:" + world.code());
        // publishing the revised framework completes the task by itself
        frameworkService.publish(world.organiserId(), draft.getId(), world.organiser());
        fixture.runDueJobs(world);
        assertThat(campaign).hasPassed("publishFramework");
        // training is not in this plan
        assertThat(campaign).hasPassed("frameworkReady", "trainingDone").hasNotPassed("recordTraining")
                .isWaitingAt("assessAgencies");
    }

    @Test
    void launchIsRefusedWithReasonsAndNothingStarts() {
        ProcessFixture.World world = fixture.world();
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(world.campaignId()).orElseThrow();
            campaign.getAgencies().clear();
            campaign.setMilestone(MilestoneType.TRAINING, null, LocalDate.now().minusDays(1), true);
            campaign.setMilestone(MilestoneType.APPRAISAL, null, LocalDate.now().plusDays(3), true);
        });
        assertThatThrownBy(() -> launch.launch(world.campaignId(), world.organiserId()))
                .isInstanceOfSatisfying(CampaignLaunchException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code())
                        .contains("launch.error.noAgencies", "launch.error.pastDate",
                                "campaign.error.milestoneBeforePrevious"));
        assertThat(fixture.campaignInstance(world)).isNull();
        assertThat(campaigns.findById(world.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void anAgencyTypeWithoutFrameworkIsRefused() {
        ProcessFixture.World world = fixture.world();
        tx.executeWithoutResult(status -> campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().clear());
        assertThatThrownBy(() -> launch.launch(world.campaignId(), world.organiserId()))
                .isInstanceOfSatisfying(CampaignLaunchException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).contains("launch.error.noFramework"));
        assertThat(fixture.campaignInstance(world)).isNull();
    }

    @Test
    void aCampaignIsLaunchedOnlyOnce() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        assertThatThrownBy(() -> launch.launch(world.campaignId(), world.organiserId()))
                .isInstanceOfSatisfying(CampaignLaunchException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("launch.error.notDraft"));
    }

    @Test
    void theCommuneLevelRunsTheSameProcessesWithTheDistrictAsOrganiser() {
        vn.parindex.agency.Organiser district = organisers.findByCode(vn.parindex.demo.DemoData.DISTRICT).orElseThrow();
        Campaign communes = campaigns.findByOrganiserIdAndYear(district.getId(), LocalDate.now().getYear()).orElseThrow();
        launch.launch(communes.getId(), district.getId());
        String key = LocalDate.now().getYear() + ":" + district.getCode();
        fixture.runDueJobs(key);
        ProcessInstance commune = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(key + ":" + district.getCode() + "-X01").singleResult();
        assertThat(commune).isWaitingAt("submitSelfAssessment");
        assertThat(taskQuery().processInstanceId(commune.getId()).singleResult())
                .hasCandidateGroup("agency:" + district.getCode() + "-X01:officer");
        assertThat(taskQuery().taskCandidateUser("bs.commune.officer").processInstanceId(commune.getId()).count())
                .isEqualTo(1);
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(key).singleResult();
        assertThat(taskQuery().processInstanceId(campaign.getId()).taskCandidateUser("bs.district").count()).isPositive();

        // the commune has its officer but no head account: the district organiser takes the sign-off
        complete(commune, "submitSelfAssessment", "bs.commune.officer", Map.of("confirmSubmission", true));
        assertThat(commune).isWaitingAt("signOffSelfAssessment");
        assertThat(taskQuery().processInstanceId(commune.getId()).taskDefinitionKey("signOffSelfAssessment")
                .taskCandidateUser("bs.district").count()).isEqualTo(1);
    }

    private void finishAssessment(ProcessFixture.World world, ProcessInstance agency) {
        complete(agency, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete(agency, "signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
        for (Task appraisal : taskQuery().processInstanceId(agency.getId()).list()) {
            processes.complete(appraisal.getId(), world.reviewer(), new HashMap<>(Map.of("appraisalOutcome", "accepted")));
        }
        fixture.runDueJobs(world);
        assertThat(agency).isEnded();
    }

    private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        processes.complete(task.getId(), user, new HashMap<>(variables));
        fixture.runDueJobsOf(task);
    }
}
