package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.process.ProcessFixture;

/**
 * The agency's process drawn from the BPMN in a real (headless) Chromium: on the officer's home and, for the
 * organiser, from the run page; the self-assessment the agency is at is highlighted, the steps behind it marked
 * done, the names in Vietnamese.
 */
@IntegrationTest
class ProcessDiagramBrowserTest extends BrowserTest {

    @Autowired
    CampaignLaunch launch;

    @Test
    void theDiagramShowsWhereTheAgencyStands() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);

        browser.logIn(world.officer(), ProcessFixture.PASSWORD);
        browser.open("/agency-home");
        assertDrawnAtSelfAssessment();
        browser.screenshot("process-diagram-agency");
        browser.logOut("Đăng xuất");

        browser.logIn(world.organiser(), ProcessFixture.PASSWORD);
        browser.open("/campaigns/" + world.campaignId() + "/run?q=" + world.agencyACode());
        browser.clickAndWaitForPage(browser.find(By.cssSelector("#run-agencies .process-link")));
        assertThat(browser.text()).contains("Quy trình đánh giá của Sở Công Thương " + world.code());
        assertDrawnAtSelfAssessment();
        browser.screenshot("process-diagram-organiser");
    }

    private void assertDrawnAtSelfAssessment() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.id("process-diagram")).getAttribute("data-rendered")));
        assertThat(browser.find(By.id("process-current")).getText()).contains("Tự đánh giá, chấm điểm");
        WebElement current = step("submitSelfAssessment");
        assertThat(current.getAttribute("class")).contains("step-current");
        assertThat(current.getText().replace('\n', ' ')).contains("Tự đánh giá");
        assertThat(step("openAssessment").getAttribute("class")).contains("step-done").doesNotContain("step-current");
        assertThat(step("signOffSelfAssessment").getAttribute("class")).doesNotContain("step-done")
                .doesNotContain("step-current");
        assertThat(browser.find(By.id("process-diagram")).getText()).contains("Ký duyệt").doesNotContain("Sign off");
    }

    private WebElement step(String id) {
        return browser.find(By.cssSelector("#process-diagram g.djs-element[data-element-id='" + id + "']"));
    }
}
