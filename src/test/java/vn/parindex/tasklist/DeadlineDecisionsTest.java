package vn.parindex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.process.ProcessFixture;
import vn.parindex.timeline.Deadlines;

/**
 * The organiser decides the missed deadlines of one milestone together: the ticked agencies get the same decision
 * and reason, the others keep their open decision; a refused decision leaves every task open.
 */
@IntegrationTest
class DeadlineDecisionsTest {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixture fixture;
    @Autowired CampaignLaunch launch;
    @Autowired WorkItemRepository items;
    @Autowired Deadlines deadlines;
    @Autowired UserDetailsService users;

    ProcessFixture.World world;
    String page;

    @BeforeEach
    void bothAgenciesMissedTheSelfAssessment() {
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        fixture.travelTo(world.selfAssessmentDue().plusDays(5), 9, 0);
        fixture.runDueJobs(world);
        page = "/campaigns/" + world.campaignId() + "/deadline-decisions";
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void theTickedAgenciesAreExtendedToOneDateAndTheOthersStillWait() throws Exception {
        String a = decision(world.agencyAId());
        String b = decision(world.agencyBId());
        String listed = mvc.perform(get(page).with(user(users.loadUserByUsername(world.organiser()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("Sở Công Thương " + world.code(), "Sở Xây dựng " + world.code(),
                "2 cơ quan chờ quyết định", "Quá hạn 5 ngày");

        LocalDate extended = world.selfAssessmentDue().plusDays(12);
        mvc.perform(post(page).with(csrf()).with(user(users.loadUserByUsername(world.organiser())))
                        .param("taskIds", a).param("deadlineDecision", "extend")
                        .param("newDueDate", extended.toString()).param("comment", "Sở đang kiện toàn tổ chức"))
                .andExpect(flash().attribute("success", "Đã quyết định cho 1 cơ quan."));
        fixture.runDueJobs(world);
        assertThat(items.findById(a).orElseThrow().isOpen()).isFalse();
        assertThat(items.findById(b).orElseThrow().isOpen()).isTrue();
        assertThat(deadlines.dueDate(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT))
                .isEqualTo(extended);
    }

    @Test
    void aDecisionWithoutReasonOrWithoutTickedAgenciesDecidesNothing() throws Exception {
        String a = decision(world.agencyAId());
        String b = decision(world.agencyBId());
        mvc.perform(post(page).with(csrf()).with(user(users.loadUserByUsername(world.organiser())))
                        .param("taskIds", a, b).param("deadlineDecision", "close").param("comment", " "))
                .andExpect(flash().attribute("error",
                        "Hãy chọn gia hạn hoặc đóng và nêu lý do; chưa có quyết định nào được ghi nhận."));
        mvc.perform(post(page).with(csrf()).with(user(users.loadUserByUsername(world.organiser())))
                        .param("deadlineDecision", "close").param("comment", "Không nộp"))
                .andExpect(flash().attribute("error",
                        "Chưa chọn cơ quan nào: hãy đánh dấu các cơ quan cần quyết định."));
        // an extension to a past date is refused for the second agency: the first is not decided either
        mvc.perform(post(page).with(csrf()).with(user(users.loadUserByUsername(world.organiser())))
                        .param("taskIds", a, b).param("deadlineDecision", "extend")
                        .param("newDueDate", world.selfAssessmentDue().toString()).param("comment", "Gia hạn"))
                .andExpect(flash().attributeExists("error"));
        assertThat(items.findById(a).orElseThrow().isOpen()).isTrue();
        assertThat(items.findById(b).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aTaskOfAnotherCampaignIsNotFound() throws Exception {
        ProcessFixture.World other = fixture.world();
        mvc.perform(post("/campaigns/" + other.campaignId() + "/deadline-decisions").with(csrf())
                        .with(user(users.loadUserByUsername(world.organiser())))
                        .param("taskIds", decision(world.agencyAId())).param("deadlineDecision", "close")
                        .param("comment", "Không nộp"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTaskListLinksEachDecisionToTheDecisionsPage() throws Exception {
        String a = decision(world.agencyAId());
        String list = mvc.perform(get("/tasks").with(user(users.loadUserByUsername(world.organiser()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/tasks/" + a, "href=\"" + page + "\"", "Quyết định chung cho các cơ quan quá hạn");
    }

    private String decision(Long agencyId) {
        return items.findByCampaignIdAndAgencyIdAndState(world.campaignId(), agencyId, WorkItemState.OPEN).stream()
                .filter(i -> i.getTaskKey().equals(DeadlineDecisions.TASK)).findFirst()
                .orElseThrow(() -> new AssertionError("no decision for " + agencyId)).getTaskId();
    }
}
