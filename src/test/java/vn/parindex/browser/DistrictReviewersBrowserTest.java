package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.AssessedAgencies;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignDrafts;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.demo.DemoData;
import vn.parindex.framework.FrameworkVersion;

/**
 * The district organiser, in a real (headless) Chromium, gives a group of the commune framework to one of the
 * district's own offices: the choices are its offices, never the province's departments.
 */
@IntegrationTest
class DistrictReviewersBrowserTest extends BrowserTest {

    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    AgencyTypeRepository agencyTypes;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CampaignDrafts drafts;
    @Autowired
    AssessedAgencies assessedAgencies;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theDistrictAssignsAGroupToItsOwnOffice() throws Exception {
        Long district = organisers.findByCode(DemoData.DISTRICT).orElseThrow().getId();
        AgencyType commune = agencyTypes.findByCode("COMMUNE").orElseThrow();
        int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099);
        while (campaigns.findByOrganiserIdAndYear(district, year).isPresent()) {
            year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099);
        }
        Campaign campaign = drafts.create(district, new CampaignDrafts.Details(year, "Cấp xã " + year, null, null));
        FrameworkVersion framework = tx.execute(s -> campaigns
                .findByOrganiserIdAndYear(district, LocalDate.now().getYear()).orElseThrow().getFrameworks().get(commune));
        assessedAgencies.choose(district, campaign.getId(), campaigns.findById(campaign.getId()).orElseThrow().getVersion(),
                new AssessedAgencies.Choice(Set.of(agencies.findByCode("BS-H01-X02").orElseThrow().getId()),
                        Map.of(commune.getId(), framework.getId())));

        browser.logIn("bs.district", DemoData.PASSWORD);
        browser.open("/?lang=vi"); // whatever language another test left this demo user in
        assertThat(browser.text()).contains("Cơ quan thường trực (Phòng Nội vụ)");
        browser.open("/campaigns/" + campaign.getId() + "/reviewers");
        String groupTwo = "//select[@id='reviewer-" + commune.getId() + "/2']";
        WebElement select = browser.find(By.xpath(groupTwo));
        assertThat(new Select(select).getOptions()).extracting(WebElement::getText)
                .contains("(Phòng Nội vụ / đơn vị tổ chức)", "Phòng Tư pháp", "Văn phòng HĐND và UBND")
                .doesNotContain("Sở Tư pháp", "Sở Nội vụ");
        browser.screenshot("district-reviewers");
        new Select(select).selectByVisibleText("Văn phòng HĐND và UBND");
        browser.clickAndWaitForPage(browser.button("Lưu"));
        browser.waitForText("Đã lưu");
        assertThat(browser.find(By.xpath(groupTwo + "/ancestor::tr/td[4]")).getText()).isEqualTo("Văn phòng HĐND và UBND");
        browser.screenshot("district-reviewers-saved");

        tx.executeWithoutResult(s -> assertThat(campaigns.findById(campaign.getId()).orElseThrow()
                .reviewerFor(commune, "2.1")).map(Agency::getCode).contains("BS-H01-VP"));
    }
}
