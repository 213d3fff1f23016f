package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/** From the aggregated results through the council's vote and the chairman's approval to publication and correction. */
@IntegrationTest
@Tag("postgres")
class ResultsWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    PublishedRevisionRepository revisions;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    UserAccounts users;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    TransactionTemplate tx;

    ProcessFixture.World world;
    String page;
    String council2;
    String council3;

    @BeforeEach
    void reachAggregation() {
        BpmnAwareTests.init(engine);
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        complete(campaignTask("recordTraining"), world.organiser(),
                Map.of("trainingDate", LocalDate.now().toString(), "place", "Hội trường", "participants", 50L));
        complete(campaignTask("importSurveyResults"), world.organiser(), Map.of("surveyImported", true));
        for (String code : List.of(world.agencyACode(), world.agencyBCode())) {
            String instance = fixture.agencyInstance(world, code).getId();
            complete(task(instance, "submitSelfAssessment"), world.officer(), Map.of("confirmSubmission", true));
            complete(task(instance, "signOffSelfAssessment"), world.head(), Map.of("signOff", "approve"));
            for (Task appraisal : taskQuery().processInstanceId(instance).list()) {
                complete(appraisal, world.reviewer(), Map.of("appraisalOutcome", "accepted"));
            }
        }
        fixture.runDueJobs(world);
        council2 = councilMember("2");
        council3 = councilMember("3");
        page = "/results/campaigns/" + world.campaignId();
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    private String councilMember(String suffix) {
        String username = world.council() + "." + suffix;
        tx.executeWithoutResult(s -> users.create(username, "Thành viên " + suffix, username + "@test.parindex.vn",
                organisers.findById(world.organiserId()).orElseThrow(),
                agencies.findById(world.standingId()).orElseThrow(), EnumSet.of(Role.COUNCIL), ProcessFixture.PASSWORD,
                false));
        return username;
    }

    private Task campaignTask(String key) {
        return taskQuery().processInstanceId(fixture.campaignInstance(world).getId()).taskDefinitionKey(key).singleResult();
    }

    private Task task(String instance, String key) {
        return taskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private void complete(Task task, String username, Map<String, Object> variables) {
        assertThat(task).isNotNull();
        processes.complete(task.getId(), username, new HashMap<>(variables));
        fixture.runDueJobsOf(task);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private boolean open(String taskKey) {
        return workItems.findByCampaignIdAndState(world.campaignId(), WorkItemState.OPEN).stream()
                .anyMatch(w -> w.getTaskKey().equals(taskKey));
    }

    private void postAs(String username, String path, String... params) throws Exception {
        var request = post(page + path).with(as(username)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        fixture.runDueJobs(world);
    }

    @Test
    void councilMajorityChairmanApprovalPublicationAndCorrection() throws Exception {
        assertThat(open(ResultsWorkflow.AGGREGATE)).isTrue();
        mvc.perform(get(page).with(as(world.organiser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Công Thương " + world.code())));
        postAs(world.organiser(), "/aggregate", "comment", "Báo cáo tổng hợp");
        assertThat(open(ResultsWorkflow.VOTE)).isTrue();

        // 3 members: two fail votes make a majority impossible
        postAs(world.council(), "/vote", "vote", "failed", "comment", "Xem lại lĩnh vực 2");
        assertThat(open(ResultsWorkflow.VOTE)).isTrue();
        postAs(council2, "/vote", "vote", "failed", "comment", "Chưa đủ căn cứ");
        assertThat(open(ResultsWorkflow.VOTE)).isFalse();
        assertThat(open(ResultsWorkflow.AGGREGATE)).isTrue();

        postAs(world.organiser(), "/aggregate", "comment", "Đã rà soát lại");
        postAs(world.council(), "/vote", "vote", "passed");
        mvc.perform(get(page).with(as(council3))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội đồng có 3 thành viên; 1 thông qua, 0 không thông qua")));
        assertThat(open(ResultsWorkflow.VOTE)).isTrue();
        postAs(council3, "/vote", "vote", "passed");
        assertThat(open(ResultsWorkflow.APPROVE)).isTrue();

        // only the chairman approves; the organiser's post changes nothing
        mvc.perform(post(page + "/approval").param("approval", "approve").with(as(world.organiser())).with(csrf()))
                .andExpect(status().isForbidden());
        postAs(world.chairman(), "/approval", "approval", "approve");
        assertThat(open(ResultsWorkflow.PUBLISH)).isTrue();

        postAs(world.organiser(), "/publication", "decision", "Quyết định số 12/QĐ-UBND");
        assertThat(campaigns.findById(world.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
        List<PublishedRevision> published = revisions.findByCampaignIdOrderByRevisionDesc(world.campaignId());
        assertThat(published).hasSize(1);
        tx.executeWithoutResult(s -> {
            PublishedRevision first = revisions.findById(
                    revisions.findByCampaignIdOrderByRevisionDesc(world.campaignId()).get(0).getId()).orElseThrow();
            assertThat(first.getDecision()).isEqualTo("Quyết định số 12/QĐ-UBND");
            assertThat(first.getRows()).hasSize(2).allSatisfy(row -> assertThat(row.getGroups())
                    .extracting(PublishedGroup::getCode).containsExactly("1", "2"));
        });

        postAs(world.organiser(), "/corrections", "reason", "Sửa điểm tiêu chí 2.1 của Sở Xây dựng");
        published = revisions.findByCampaignIdOrderByRevisionDesc(world.campaignId());
        assertThat(published).extracting(PublishedRevision::getRevision).containsExactly(2, 1);
        assertThat(published.get(0).getReason()).isEqualTo("Sửa điểm tiêu chí 2.1 của Sở Xây dựng");
    }

    @Test
    void votingNeedsTheCouncilRoleAndAFailNeedsAComment() throws Exception {
        postAs(world.organiser(), "/aggregate", "comment", "");
        mvc.perform(post(page + "/vote").param("vote", "passed").with(as(world.organiser())).with(csrf()))
                .andExpect(status().isForbidden());
        postAs(world.council(), "/vote", "vote", "failed");
        mvc.perform(get(page).with(as(world.council())))
                .andExpect(content().string(containsString("0 thông qua, 0 không thông qua")));
        mvc.perform(get(page).with(as(world.officer()))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(as("organiser"))).andExpect(status().isNotFound());
    }

    @Test
    void aMemberVotingAfterTheDecisionAndTheChairmanSeeHowTheVoteEnded() throws Exception {
        postAs(world.organiser(), "/aggregate", "comment", "");
        postAs(world.council(), "/vote", "vote", "passed");
        postAs(council3, "/vote", "vote", "passed");
        assertThat(open(ResultsWorkflow.APPROVE)).isTrue();

        mvc.perform(post(page + "/vote").param("vote", "passed").with(as(council2)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
                        containsString("Biểu quyết đã kết thúc trước khi ý kiến của bạn được ghi nhận: thông qua "
                                + "(2/3 thành viên thông qua, 0 không thông qua)")));
        mvc.perform(get(page).with(as(council2))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Biểu quyết đã kết thúc: thông qua (2/3 thành viên thông qua")));
        mvc.perform(get(page).with(as(world.chairman()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Kết quả biểu quyết của Hội đồng: thông qua (2/3 thành viên thông qua, 0 không thông qua)")));
    }
}
