package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.process.ProcessFixture;

/** The withdrawal as officials use it: the form on the scorecard, its refusals, the organiser's reopen. */
@IntegrationTest
@Tag("postgres")
class WithdrawalPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AssessmentWorld worlds;
    @Autowired AgencyAssessmentRepository assessments;
    @Autowired ProcessFixture fixture;

    AssessmentWorld.Launched launched;
    ProcessFixture.World world;

    @BeforeEach
    void sendTheSelfAssessment() throws Exception {
        launched = worlds.launched();
        world = launched.world();
        for (String code : new String[] {"1.1", "2.1"}) {
            mvc.perform(post(page() + "/criteria/" + launched.leaf(code)).param("answer", "có").param("version", "-1")
                    .with(csrf()).with(user(as(world.officer()))));
        }
        mvc.perform(post(page() + "/submit").param("comment", "Kính gửi Thủ trưởng").with(csrf())
                        .with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", "Đã gửi bản tự đánh giá cho Thủ trưởng."));
        fixture.runDueJobs(world);
    }

    @Test
    void theOfficerWithdrawsWithAReasonAndTheScorecardOpensAgain() throws Exception {
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(allOf(containsString("Rút lại báo cáo để sửa"),
                        containsString("name=\"reason\""), not(containsString("name=\"answer\"")))));
        // no reason: refused, nothing changed
        mvc.perform(withdraw("  ").with(user(as(world.officer()))))
                .andExpect(redirectedUrl(page()))
                .andExpect(flash().attribute("error", "Phải nêu lý do rút lại báo cáo."));
        assertThat(assessmentStatus()).isEqualTo(AssessmentStatus.SUBMITTED);

        mvc.perform(withdraw("Sai số liệu 2.1").with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", containsString("Đã rút lại báo cáo tự đánh giá")));
        assertThat(assessmentStatus()).isEqualTo(AssessmentStatus.OPEN);
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(allOf(containsString("name=\"answer\""), containsString("Gửi Thủ trưởng"),
                        not(containsString("Rút lại báo cáo để sửa")))));
        // twice: nothing sent, nothing to withdraw
        mvc.perform(withdraw("lần hai").with(user(as(world.head()))))
                .andExpect(flash().attribute("error", containsString("chưa được gửi")));
    }

    @Test
    void inEnglishTheFormAndItsMessagesAreEnglish() throws Exception {
        mvc.perform(get(page()).param("lang", "en").with(user(as(world.head()))))
                .andExpect(content().string(containsString("Withdraw the report to correct it")));
    }

    @Test
    void nobodyElseWithdrawsAndTheOrganiserReopensWithANewDateFromTheRunPage() throws Exception {
        mvc.perform(withdraw("x").with(user(as(worlds.officerOfB(world))))).andExpect(status().isForbidden());
        mvc.perform(withdraw("x").with(user(as(world.organiser())))).andExpect(status().isForbidden());
        mvc.perform(withdraw("x").with(user(as(world.reviewer())))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + world.campaignId() + "/run").with(user(as(world.organiser()))))
                .andExpect(content().string(containsString("Mở lại báo cáo đã gửi")));
        String reopen = "/campaigns/" + world.campaignId() + "/agencies/" + world.agencyAId() + "/reopen-sent";
        mvc.perform(post(reopen).param("dueDate", world.selfAssessmentDue().plusDays(5).toString()).param("reason", "")
                        .with(csrf()).with(user(as(world.organiser()))))
                .andExpect(flash().attribute("error", "Phải nêu lý do rút lại báo cáo."));
        mvc.perform(post(reopen).param("dueDate", world.selfAssessmentDue().plusDays(5).toString())
                        .param("reason", "Đơn vị đề nghị sửa").with(csrf()).with(user(as(world.officer()))))
                .andExpect(status().isForbidden());
        mvc.perform(post(reopen).param("dueDate", world.selfAssessmentDue().plusDays(5).toString())
                        .param("reason", "Đơn vị đề nghị sửa").with(csrf()).with(user(as(world.organiser()))))
                .andExpect(redirectedUrl("/campaigns/" + world.campaignId() + "/run"))
                .andExpect(flash().attribute("success", containsString("Đã mở lại")));
        assertThat(assessmentStatus()).isEqualTo(AssessmentStatus.OPEN);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withdraw(String reason) {
        return post(page() + "/withdraw").param("reason", reason).with(csrf());
    }

    private AssessmentStatus assessmentStatus() {
        return assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow().getStatus();
    }

    private String page() {
        return "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
