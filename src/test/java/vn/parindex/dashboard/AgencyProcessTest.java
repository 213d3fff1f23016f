package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CurrentUser;

/**
 * The agency's process as the diagram shows it, from the engine's history: the step it is at, the steps done, the
 * names in the reader's language; each agency sees its own process only, the organiser only its own agencies.
 */
@IntegrationTest
@Tag("postgres")
class AgencyProcessTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    AgencyProcess process;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    ProcessFixture.World world;

    @BeforeEach
    void launchCampaign() {
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void theAgencyIsAtItsSelfAssessmentWithTheOpeningStepsDone() {
        AgencyProcess.View own = process.ofOwnAgency(as(world.officer()), Locale.forLanguageTag("vi"));
        assertThat(own.agencyId()).isEqualTo(world.agencyAId());
        assertThat(own.diagram().current()).contains("submitSelfAssessment")
                .doesNotContain("openAssessment", "signOffSelfAssessment");
        assertThat(own.diagram().done()).contains("assessmentLaunched", "openAssessment")
                .doesNotContain("signOffSelfAssessment");
        assertThat(own.currentSteps()).contains("Tự đánh giá, chấm điểm");
        assertThat(own.diagram().xml()).contains("name=\"Ký duyệt báo cáo tự đánh giá\"")
                .doesNotContain("name=\"Sign off self-assessment\"");
        assertThat(process.ofOrganisersAgency(world.campaignId(), world.agencyAId(), as(world.organiser()),
                Locale.ENGLISH).diagram().xml()).contains("name=\"Sign off self-assessment\"");
    }

    @Test
    void eachSeesOnlyTheProcessesWithinItsReach() throws Exception {
        String url = "/dashboard/campaigns/" + world.campaignId() + "/agencies/";
        String page = mvc.perform(get(url + world.agencyAId() + "/process").with(login(world.organiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-current=\"").contains("submitSelfAssessment")
                .contains("Quy trình đánh giá của Sở Công Thương " + world.code());
        mvc.perform(get(url + world.standingId() + "/process").with(login(world.organiser())))
                .andExpect(status().isNotFound());
        mvc.perform(get(url + world.agencyAId() + "/process").with(login("organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(get(url + world.agencyAId() + "/process").with(login(world.officer())))
                .andExpect(status().isForbidden());
        String home = mvc.perform(get("/agency-home").with(login(world.head())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("id=\"process-diagram\"").contains("Sở Công Thương " + world.code());
    }

    private CurrentUser as(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private RequestPostProcessor login(String username) {
        return user(users.loadUserByUsername(username));
    }
}
