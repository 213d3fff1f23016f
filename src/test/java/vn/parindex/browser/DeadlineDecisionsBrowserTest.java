package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * The organiser, in a real (headless) Chromium, goes from the run page to the missed-deadline decisions, ticks one
 * of the two agencies and closes it with one reason; the other keeps its open decision.
 */
@IntegrationTest
class DeadlineDecisionsBrowserTest extends BrowserTest {

    @Autowired
    CampaignLaunch launch;
    @Autowired
    WorkItemRepository items;
    @Autowired
    AgencyAssessmentRepository assessments;

    @Test
    void theOrganiserClosesTheTickedAgencyFromTheRunPage() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        fixture.travelTo(world.selfAssessmentDue().plusDays(5), 9, 0);
        fixture.runDueJobs(world);
        String a = decision(world, world.agencyAId());

        browser.logIn(world.organiser(), ProcessFixture.PASSWORD);
        browser.open("/campaigns/" + world.campaignId() + "/run");
        browser.clickAndWaitForPage(browser.find(By.id("deadline-decisions")));
        assertThat(browser.text()).contains("2 cơ quan chờ quyết định", "Sở Xây dựng " + world.code());
        browser.click(browser.find(By.id("tick-" + a)));
        browser.click(browser.find(By.id("close-SELF_ASSESSMENT")));
        browser.type(By.id("reason-SELF_ASSESSMENT"), "Không gửi báo cáo tự đánh giá");
        browser.screenshot("deadline-decisions");
        browser.clickAndWaitForPage(browser.button("Quyết định cho các cơ quan đã chọn"));
        browser.waitForText("Đã quyết định cho 1 cơ quan.");
        assertThat(browser.text()).contains("1 cơ quan chờ quyết định").doesNotContain("Sở Công Thương " + world.code());
        browser.screenshot("deadline-decisions-done");

        fixture.runDueJobs(world);
        assertThat(items.findById(a).orElseThrow().isOpen()).isFalse();
        assertThat(decision(world, world.agencyBId())).isNotNull();
        assertThat(assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow()
                .getStatus()).isEqualTo(AssessmentStatus.CLOSED_NOT_SUBMITTED);
    }

    private String decision(ProcessFixture.World world, Long agencyId) {
        return items.findByCampaignIdAndAgencyIdAndState(world.campaignId(), agencyId, WorkItemState.OPEN).stream()
                .filter(i -> i.getTaskKey().equals("decideOnMissedDeadline")).findFirst()
                .orElseThrow(() -> new AssertionError("no decision for " + agencyId)).getTaskId();
    }
}
