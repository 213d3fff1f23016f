package vn.parindex.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.framework.Criterion;
import vn.parindex.process.ProcessFixture;
import vn.parindex.timeline.DeadlineChanges;

@IntegrationTest
@Tag("postgres")
class AgencyHomeTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    DeadlineChanges deadlines;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CriterionScoreRepository scores;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MockMvc mvc;

    ProcessFixture.World world;

    @BeforeEach
    void launchCampaign() {
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
    }

    @Test
    void officerSeesOwnTimelineWithExtensionNextDueAndScoringProgress() throws Exception {
        LocalDate extended = world.selfAssessmentDue().plusDays(4);
        deadlines.extendForAgency(world.campaignId(), world.agencyAId(), MilestoneType.SELF_ASSESSMENT, extended,
                "Thiếu nhân sự", world.organiser());
        answerLeaf("1.1");

        mvc.perform(get("/agency-home").with(login(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đợt thử " + world.code())))
                .andExpect(content().string(Matchers.containsString(
                        "<span class=\"due\">" + extended.format(vn.parindex.common.VietnamTime.DATE) + "</span>")))
                .andExpect(content().string(Matchers.containsString("Đã gia hạn")))
                .andExpect(content().string(Matchers.containsString("Đã chấm 1/2 tiêu chí thành phần")))
                .andExpect(content().string(Matchers.containsString("Đang tự đánh giá")))
                .andExpect(content().string(Matchers.containsString("/tasks/")));
        // the training milestone (today + 2) is what comes next
        mvc.perform(get("/agency-home/panel").with(login(world.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"next-due\"")))
                .andExpect(content().string(Matchers.containsString("Tập huấn")));
    }

    @Test
    void rootPageLoadsThePanelForOfficersOnlyAndOthersAreRefused() throws Exception {
        mvc.perform(get("/").with(login(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hx-get=\"/agency-home/panel\"")));
        mvc.perform(get("/").with(login(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/agency-home/panel"))));
        mvc.perform(get("/agency-home").with(login(world.organiser()))).andExpect(status().isForbidden());
        mvc.perform(get("/agency-home").with(login(world.reviewer()))).andExpect(status().isForbidden());
    }

    private void answerLeaf(String code) {
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(world.campaignId()).orElseThrow();
            Criterion leaf = campaign.getFrameworks().values().iterator().next().getCriteria().stream()
                    .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
            CriterionScore score = scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(),
                    world.agencyAId(), leaf.getId()).orElseGet(() -> new CriterionScore(world.campaignId(),
                    world.agencyAId(), leaf.getId()));
            score.setSelfAnswer("yes");
            scores.save(score);
        });
    }

    private RequestPostProcessor login(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
