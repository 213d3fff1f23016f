package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.common.AppClock;
import vn.parindex.results.PastCampaigns;
import vn.parindex.results.PublicResults;

/** The demo's last-year campaign is on the public results, so this year's agency pages show the change. */
@IntegrationTest
class DemoLastYearTest {

    @Autowired MockMvc mvc;
    @Autowired OrganiserRepository organisers;
    @Autowired CampaignRepository campaigns;
    @Autowired AgencyRepository agencies;
    @Autowired PastCampaigns past;
    @Autowired PublicResults results;
    @Autowired AppClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void lastYearsPublishedResultsAreOnThePublicPagesAndGiveTheChange() throws Exception {
        int year = clock.today().getYear();
        Long province = organisers.findByCode(DemoData.PROVINCE).orElseThrow().getId();
        Campaign lastYear = campaigns.findByOrganiserIdAndYear(province, year - 1).orElseThrow();
        Campaign current = campaigns.findByOrganiserIdAndYear(province, year).orElseThrow();
        Long justice = agencies.findByOrganiserIdAndCode(province, DemoData.PROVINCE + "-STP").orElseThrow().getId();

        String list = mvc.perform(get("/public/results")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Xác định Chỉ số CCHC năm " + (year - 1));
        String ranking = mvc.perform(get("/public/results/" + lastYear.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ranking).contains("Sở Tư pháp", "Sở Công Thương", "Quyết định số 312/QĐ-UBND");
        var lastYearPage = results.agency(lastYear.getId(), justice).orElseThrow();
        assertThat(lastYearPage.row().getIndexValue()).isPositive();

        // once this year's results are published, the agency page compares with last year's
        tx.executeWithoutResult(status -> {
            past.publish(current, "organiser", null);
            var page = results.agency(current.getId(), justice).orElseThrow();
            assertThat(page.previousYear()).isEqualTo(year - 1);
            assertThat(page.previousIndex()).isEqualByComparingTo(lastYearPage.row().getIndexValue());
            assertThat(page.change()).isNotNull();
            status.setRollbackOnly();
        });
    }

    @Test
    void theYearsPagesShowThreePublishedYearsWithATrend() throws Exception {
        int year = clock.today().getYear();
        Long province = organisers.findByCode(DemoData.PROVINCE).orElseThrow().getId();
        Long justice = agencies.findByOrganiserIdAndCode(province, DemoData.PROVINCE + "-STP").orElseThrow().getId();
        var organiser = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("organiser"));
        String page = mvc.perform(get("/results/years").with(organiser)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(">" + (year - 3) + "<", ">" + (year - 2) + "<", ">" + (year - 1) + "<",
                "Sở Tư pháp");
        String agencyPage = mvc.perform(get("/results/years/agencies/" + justice).with(organiser))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> indices = vn.parindex.results.YearsPage.values(agencyPage, "Chỉ số (%)");
        assertThat(indices).hasSize(3);
        for (int ago = 3; ago >= 1; ago--) {
            Campaign past = campaigns.findByOrganiserIdAndYear(province, year - ago).orElseThrow();
            assertThat(indices.get(3 - ago)).as("index " + (year - ago))
                    .isEqualTo(results.agency(past.getId(), justice).orElseThrow().row().getIndexValue().toPlainString());
        }
        assertThat(indices).doesNotHaveDuplicates();
    }
}
