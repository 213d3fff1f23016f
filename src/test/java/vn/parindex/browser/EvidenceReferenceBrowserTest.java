package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.framework.Criterion;
import vn.parindex.process.ProcessFixture;

/**
 * An officer, in a real (headless) Chromium, cites an issued document as the evidence of criterion 1.1 and
 * attaches the same document to criterion 2.1; the organiser sees it once, for both criteria.
 */
@IntegrationTest
class EvidenceReferenceBrowserTest extends BrowserTest {

    @Autowired CampaignLaunch launch;
    @Autowired CampaignRepository campaigns;
    @Autowired EvidenceFileRepository evidence;
    @Autowired TransactionTemplate tx;

    @Test
    void aDocumentReferenceIsReusedOnTwoCriteria() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        Long leaf11 = leaf(world, "1.1");
        Long leaf21 = leaf(world, "2.1");
        String page = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();

        browser.logIn(world.officer(), ProcessFixture.PASSWORD);
        browser.open(page);
        browser.click(browser.find(By.cssSelector("#evidence-" + leaf11 + " details summary")));
        browser.type(By.id("ref-number-" + leaf11), "12/KH-UBND");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-01-05'",
                browser.find(By.id("ref-date-" + leaf11)));
        browser.type(By.id("ref-issuer-" + leaf11), "UBND tỉnh");
        browser.type(By.id("ref-summary-" + leaf11), "Kế hoạch cải cách hành chính năm 2026");
        browser.clickAndWaitForPage(browser.find(By.cssSelector("#evidence-" + leaf11 + " form[action$='/references'] button")));
        browser.waitForText("Đã ghi văn bản");
        assertThat(browser.text()).contains("Số 12/KH-UBND, ngày 05/01/2026, UBND tỉnh: Kế hoạch cải cách hành chính năm 2026");

        browser.click(browser.find(By.cssSelector("#evidence-" + leaf21 + " details summary")));
        new Select(browser.find(By.id("attach-" + leaf21))).selectByVisibleText("12/KH-UBND — Kế hoạch cải cách hành chính năm 2026");
        browser.screenshot("evidence-reference-attach");
        browser.clickAndWaitForPage(browser.find(By.cssSelector("#evidence-" + leaf21 + " form[action$='/attach'] button")));
        browser.waitForText("Đã gắn");

        List<EvidenceFile> rows = evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(world.campaignId(),
                world.agencyAId());
        assertThat(rows).extracting(EvidenceFile::getCriterionId).containsExactly(leaf11, leaf21);
        assertThat(rows).extracting(EvidenceFile::pieceKey).containsOnly(rows.get(0).getId());
        browser.logOut("Đăng xuất");

        browser.logIn(world.organiser(), ProcessFixture.PASSWORD);
        browser.open(page);
        assertThat(browser.find(By.id("evidence-pieces")).getText())
                .contains("Số 12/KH-UBND, ngày 05/01/2026", "1.1, 2.1");
        browser.screenshot("evidence-pieces");
    }

    private Long leaf(ProcessFixture.World world, String code) {
        return tx.execute(s -> campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().values().iterator()
                .next().getCriteria().stream().filter(c -> c.getCode().equals(code)).map(Criterion::getId)
                .findFirst().orElseThrow());
    }
}
