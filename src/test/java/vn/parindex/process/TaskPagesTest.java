package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.tasklist.WorkItemRepository;

/** The task pages officials reach from their mails: their own tasks only, forms that keep what they typed. */
@IntegrationTest
@Tag("postgres")
class TaskPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    vn.parindex.engine.CampaignProcesses processes;

    ProcessFixture.World world;
    String selfAssessmentOfA;
    String selfAssessmentOfB;

    @BeforeEach
    void launchCampaign() {
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        selfAssessmentOfA = task(world.agencyACode());
        selfAssessmentOfB = task(world.agencyBCode());
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void anOfficerSeesTheirTaskWithItsDeadlineInTheList() throws Exception {
        mvc.perform(get("/tasks").with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tasks/" + selfAssessmentOfA)))
                .andExpect(content().string(containsString(vn.parindex.common.VietnamTime.format(world.selfAssessmentDue()))))
                .andExpect(content().string(not(containsString("/tasks/" + selfAssessmentOfB))));
        // the self-assessment is done on the scorecard
        mvc.perform(get("/tasks/" + selfAssessmentOfA).with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(redirectedUrl("/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId()));
    }

    @Test
    void anotherAgencysTaskByUrlIsForbidden() throws Exception {
        mvc.perform(get("/tasks/" + selfAssessmentOfB).with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + selfAssessmentOfB).param("confirmSubmission", "true").with(csrf())
                .with(user(users.loadUserByUsername(world.officer())))).andExpect(status().isForbidden());
        // for an official of another province, even an organiser, it does not exist
        mvc.perform(get("/tasks/" + selfAssessmentOfA).with(user(users.loadUserByUsername("organiser"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSignOffFormIsInTheLanguageTheUserChose() throws Exception {
        String signOff = toSignOff();
        mvc.perform(get("/tasks/" + signOff).param("lang", "en").with(user(users.loadUserByUsername(world.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Head of agency signs off the self-assessment")))
                .andExpect(content().string(containsString("Approve, send for appraisal")))
                .andExpect(content().string(containsString("Comment (required when returning)")))
                .andExpect(content().string(not(containsString("Duyệt, gửi thẩm định"))));
        mvc.perform(get("/tasks/" + signOff).param("lang", "vi").with(user(users.loadUserByUsername(world.head()))))
                .andExpect(content().string(containsString("Duyệt, gửi thẩm định")))
                .andExpect(content().string(containsString("Thủ trưởng ký duyệt báo cáo tự đánh giá")));
    }

    @Test
    void aMissingRequiredFieldShowsTheFormAgainAndCompletesNothing() throws Exception {
        String signOff = toSignOff();
        mvc.perform(post("/tasks/" + signOff).param("comment", "Ghi chú của tôi").with(csrf())
                        .with(user(users.loadUserByUsername(world.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc")))
                .andExpect(content().string(containsString("Ghi chú của tôi")));
        assertThat(taskService.createTaskQuery().taskId(signOff).count()).isEqualTo(1);
    }

    @Test
    void completingThroughThePageRecordsWhoAndASecondCompletionIsExplained() throws Exception {
        String signOff = toSignOff();
        mvc.perform(post("/tasks/" + signOff).param("signOff", "approve").param("comment", "Đồng ý")
                        .with(csrf()).with(user(users.loadUserByUsername(world.head()))))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(workItems.findById(signOff).orElseThrow().getCompletedBy()).isEqualTo(world.head());
        assertThat(workItems.findById(signOff).orElseThrow().getComment()).isEqualTo("Đồng ý");
        assertThat(workItems.findById(signOff).orElseThrow().getOutcome()).isEqualTo("approve");
        // a colleague who still had the form open
        mvc.perform(post("/tasks/" + signOff).param("signOff", "approve").param("comment", "Bản của tôi")
                        .with(csrf()).with(user(users.loadUserByUsername(world.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác hoàn thành")))
                .andExpect(content().string(containsString("Bản của tôi")));
    }

    @Test
    void theSelfAssessmentCannotBeSentPastTheScorecard() throws Exception {
        mvc.perform(post("/tasks/" + selfAssessmentOfA).param("confirmSubmission", "true").with(csrf())
                        .with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(redirectedUrl("/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId()));
        assertThat(taskService.createTaskQuery().taskId(selfAssessmentOfA).count()).isEqualTo(1);
    }

    @Test
    void aRefusalWithoutCommentIsRefused() throws Exception {
        String signOff = toSignOff();
        mvc.perform(post("/tasks/" + signOff).param("signOff", "refuse").with(csrf())
                        .with(user(users.loadUserByUsername(world.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi rõ ý kiến")));
        assertThat(taskService.createTaskQuery().taskId(signOff).count()).isEqualTo(1);
    }

    @Test
    void theOrganiserLaunchesFromTheRunPageAndSeesTheAgencies() throws Exception {
        ProcessFixture.World draft = fixture.world();
        mvc.perform(get("/campaigns/" + draft.campaignId() + "/run").with(user(users.loadUserByUsername(draft.organiser()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Khởi động đợt đánh giá")));
        mvc.perform(post("/campaigns/" + draft.campaignId() + "/launch").with(csrf())
                        .with(user(users.loadUserByUsername(draft.organiser()))))
                .andExpect(redirectedUrl("/campaigns/" + draft.campaignId() + "/run"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("success",
                        "Đã khởi động đợt đánh giá; các cơ quan đang được giao nhiệm vụ đầu tiên."));
        fixture.runDueJobs(draft);
        mvc.perform(get("/campaigns/" + draft.campaignId() + "/run").with(user(users.loadUserByUsername(draft.organiser()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2/2")))
                .andExpect(content().string(containsString("Khởi động thành công: đã mở hồ sơ đánh giá cho cả 2 cơ quan")))
                .andExpect(content().string(containsString("Sở Công Thương " + draft.code())));
        mvc.perform(post("/campaigns/" + draft.campaignId() + "/launch").with(csrf())
                .with(user(users.loadUserByUsername(draft.officer())))).andExpect(status().isForbidden());
    }

    @Test
    void theLinkInAMailLeadsAReviewerToTheAppraisalPage() throws Exception {
        String signOff = toSignOff();
        mvc.perform(post("/tasks/" + signOff).param("signOff", "approve").with(csrf())
                .with(user(users.loadUserByUsername(world.head()))));
        fixture.runDueJobs(world);
        String appraisal = taskService.createTaskQuery().processInstanceId(
                        fixture.agencyInstance(world, world.agencyACode()).getId())
                .taskCandidateGroup("reviewer:" + world.reviewerCode()).singleResult().getId();
        mvc.perform(get("/tasks/" + appraisal).with(user(users.loadUserByUsername(world.reviewer()))))
                .andExpect(redirectedUrl("/appraisals/" + appraisal));
        mvc.perform(get("/campaigns/" + world.campaignId() + "/run")
                        .with(user(users.loadUserByUsername(world.organiser()))))
                .andExpect(content().string(containsString("(thẩm định: Sở Tư pháp " + world.code() + ")")));
    }

    /** The officers sent the self-assessment (as the scorecard does): the head's sign-off is open. */
    private String toSignOff() {
        processes.complete(selfAssessmentOfA, world.officer(), new java.util.HashMap<>(java.util.Map.of("confirmSubmission", true)));
        fixture.runDueJobs(world);
        return taskService.createTaskQuery().processInstanceId(
                fixture.agencyInstance(world, world.agencyACode()).getId()).singleResult().getId();
    }

    private String task(String agencyCode) {
        Task task = taskService.createTaskQuery()
                .processInstanceId(fixture.agencyInstance(world, agencyCode).getId()).singleResult();
        return task.getId();
    }
}
