package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.SupplementaryRequestRepository;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.common.Docx;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.Criterion;
import vn.parindex.process.ProcessFixture;

/**
 * One campaign walked through in a real (headless) Chromium, as the officials would: the organiser launches,
 * the officer fills the scorecard and attaches evidence, the head signs off, the reviewer adjusts a score and
 * asks for evidence, the officer answers, the reviewer appraises again, the organiser aggregates, the council
 * votes, the chairman approves, the organiser publishes and anyone sees the result. Each step leaves a
 * screenshot in target/screenshots, the main pages also on a phone; no page may be wider than its window.
 * Skipped (with the reason printed) where /usr/bin/chromedriver is missing.
 */
@IntegrationTest
class BrowserWalkThroughTest extends BrowserTest {

    private static final String LOGOUT = "Đăng xuất";

    @Autowired
    CampaignProcesses processes;
    @Autowired
    TaskService tasks;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    SupplementaryRequestRepository requests;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCampaignFromLaunchToThePublicPage() throws Exception {
        ProcessFixture.World w = fixture.world();
        String agencyA = "Sở Công Thương " + w.code();
        Map<String, Long> leaves = leaves(w);

        // 1. the organiser launches the campaign from its run page
        as(w.organiser(), () -> {
            browser.open("/campaigns/" + w.campaignId() + "/run");
            browser.waitForText("Khởi động đợt đánh giá");
            browser.screenshot("organiser-run-page");
            browser.acceptConfirmAndWaitForPage(browser.button("Khởi động đợt đánh giá"));
            assertThat(browser.text()).contains(agencyA);
            browser.screenshotOnLaptopAndPhone("organiser-launched");
        });
        fixture.runDueJobs(w); // the job executor is off in tests: run what it would run

        // 2. the officer opens the self-assessment task, answers every leaf, attaches evidence and sends it
        as(w.officer(), () -> {
            browser.open("/tasks");
            browser.waitForText("Nhiệm vụ của tôi");
            browser.screenshotOnLaptopAndPhone("officer-tasks");
            browser.clickAndWaitForPage(browser.link("Tự đánh giá, chấm điểm"));
            assertThat(browser.path()).startsWith("/assessments/" + w.campaignId() + "/agencies/" + w.agencyAId());
            assertThat(browser.text()).contains(agencyA, "1.1", "Kế hoạch CCHC năm", "2.1", "Rà soát văn bản");
            // the time left to the agency's deadline, in Vietnam time, above the scorecard
            assertThat(browser.find(By.id("countdown")).getText())
                    .matches("(Còn \\d+ ngày|Hôm nay là ngày cuối: còn \\d+ giờ) đến hạn \\(.+\\)\\.");
            // saving answers with the row and its subtotals (htmx): the page stays, its figures change in place
            browser.driver().executeScript("window.notReloaded = true");
            for (String code : new String[] {"1.1", "2.1"}) {
                Long id = leaves.get(code);
                String groupBefore = browser.find(By.id("pts-" + leaves.get(code.substring(0, 1)))).getText();
                browser.click(browser.find(By.cssSelector("label[for='yes-" + id + "']")));
                browser.type(By.id("note-" + id), "Đã thực hiện theo kế hoạch");
                browser.click(browser.find(By.cssSelector("#leaf-" + id + " form button[type=submit].btn-primary")));
                browser.find(By.cssSelector("#leaf-" + id + " .alert-success"));
                assertThat(browser.find(By.id("leaf-" + id)).getText()).contains("Đã lưu.");
                assertThat(browser.find(By.id("pts-" + leaves.get(code.substring(0, 1)))).getText())
                        .as("subtotal of group " + code.substring(0, 1)).isNotEqualTo(groupBefore);
            }
            assertThat(browser.find(By.id("totals")).getText()).contains("100,00 / 100,00");
            assertThat(browser.driver().executeScript("return window.notReloaded === true")).isEqualTo(true);
            Map<String, String> shown = figures(leaves);
            browser.driver().navigate().refresh();
            browser.waitForLoad();
            assertThat(browser.driver().executeScript("return window.notReloaded === true")).isEqualTo(false);
            assertThat(figures(leaves)).as("the figures after a reload").isEqualTo(shown);
            browser.screenshotOnLaptopAndPhone("officer-scorecard-filled");

            // the session expires while the officer rewrites a note: after logging in again it is back, unsaved
            Long rewritten = leaves.get("1.1");
            browser.driver().manage().deleteAllCookies();
            browser.type(By.id("note-" + rewritten), "Kế hoạch số 45/KH-SCT ngày 10/01/2026");
            browser.clickAndWaitForPage(browser.find(By.cssSelector("#leaf-" + rewritten + " form button[type=submit].btn-primary")));
            assertThat(browser.path()).startsWith("/login");
            browser.logIn(w.officer(), ProcessFixture.PASSWORD);
            assertThat(browser.text()).contains("Phiên làm việc đã hết hạn trong khi bạn nhập tiêu chí 1.1");
            assertThat(browser.find(By.id("note-" + rewritten)).getAttribute("value"))
                    .isEqualTo("Kế hoạch số 45/KH-SCT ngày 10/01/2026");
            assertThat(browser.find(By.id("leaf-" + rewritten)).getText()).contains("chưa được lưu");
            browser.screenshot("officer-session-restored");
            browser.click(browser.find(By.cssSelector("#leaf-" + rewritten + " form button[type=submit].btn-primary")));
            browser.find(By.cssSelector("#leaf-" + rewritten + " .alert-success"));

            Long evidenceLeaf = leaves.get("2.1");
            Path pdf = Files.createTempFile("bao-cao-ra-soat-", ".pdf");
            try {
                Files.write(pdf, pdf());
                browser.find(By.id("file-" + evidenceLeaf)).sendKeys(pdf.toAbsolutePath().toString());
                browser.click(browser.find(By.cssSelector("#evidence-" + evidenceLeaf + " form button[type=submit]")));
                browser.find(By.cssSelector("#evidence-" + evidenceLeaf + " .alert-success"));
                assertThat(browser.find(By.id("evidence-" + evidenceLeaf)).getText())
                        .contains("Đã tải lên tài liệu kiểm chứng", pdf.getFileName().toString());
            } finally {
                Files.deleteIfExists(pdf);
            }
            browser.screenshot("officer-evidence-uploaded");

            // the report for the head to sign, as Word: the groups and the total of the scorecard
            Docx report = Docx.read(browser.download(browser.find(By.id("report-docx"))));
            assertThat(report.paragraphs()).contains("BÁO CÁO");
            assertThat(report.tables().get(1).get(report.tables().get(1).size() - 1))
                    .containsExactly("", "Tổng cộng", "100,00", "100,00", "100,00");

            browser.type(By.id("submit-comment"), "Kính trình Thủ trưởng");
            browser.acceptConfirmAndWaitForPage(browser.button("Gửi Thủ trưởng"));
            assertThat(browser.text()).contains("Đã gửi bản tự đánh giá cho Thủ trưởng.");
            browser.screenshot("officer-submitted");
        });
        fixture.runDueJobs(w);

        // 3. the head signs off
        as(w.head(), () -> {
            browser.open("/tasks");
            browser.clickAndWaitForPage(browser.link("Ký duyệt báo cáo tự đánh giá"));
            browser.click(browser.find(By.xpath("//label[normalize-space(.)='Duyệt, gửi thẩm định']")));
            browser.screenshot("head-sign-off");
            browser.clickAndWaitForPage(browser.button("Hoàn thành nhiệm vụ"));
            assertThat(browser.text()).contains("Đã hoàn thành");
            browser.screenshot("head-signed-off");
        });
        fixture.runDueJobs(w);

        // 4. the reviewing department adjusts 2.1 with a reason and asks for supplementary evidence
        Long reviewed = leaves.get("2.1");
        as(w.reviewer(), () -> {
            browser.open("/appraisals");
            browser.waitForText("Thẩm định");
            browser.screenshot("reviewer-worklist");
            browser.clickAndWaitForPage(browser.link(agencyA));
            assertThat(browser.text()).contains("Rà soát văn bản", "Đã thực hiện theo kế hoạch", "Có → 40,00 điểm",
                    "Tối đa 40,00");
            browser.click(browser.find(By.cssSelector("label[for='adj-no-" + reviewed + "']")));
            browser.type(By.id("adj-reason-" + reviewed), "Chưa có kết luận rà soát văn bản");
            browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/criteria/" + reviewed + "/adjust'] button")));
            assertThat(browser.text()).contains("Đã lưu kết quả thẩm định.", "Không → 0,00 điểm",
                    "Chưa có kết luận rà soát văn bản");
            browser.type(By.id("req-" + reviewed), "Bổ sung văn bản kết luận rà soát");
            browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/criteria/" + reviewed + "/request'] button")));
            assertThat(browser.text()).contains("Đã gửi yêu cầu bổ sung tài liệu.", "Bổ sung văn bản kết luận rà soát");
            browser.screenshotOnLaptopAndPhone("reviewer-adjusted-and-asked");
            browser.clickAndWaitForPage(browser.button("Hoàn thành thẩm định"));
            assertThat(browser.text()).contains("Đã hoàn thành thẩm định; đơn vị được yêu cầu bổ sung tài liệu.");
            browser.screenshot("reviewer-finished-round-1");
        });

        // 5. the organiser's standing body appraises its share (group 1) and accepts it
        Long group1 = leaves.get("1.1");
        as(w.organiser(), () -> {
            browser.open("/appraisals");
            browser.clickAndWaitForPage(browser.link(agencyA));
            browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/criteria/" + group1 + "/accept'] button")));
            assertThat(browser.text()).contains("Đã lưu kết quả thẩm định.");
            browser.clickAndWaitForPage(browser.button("Hoàn thành thẩm định"));
            assertThat(browser.text()).contains("Đã hoàn thành thẩm định.");
            browser.screenshot("organiser-appraised-group-1");
        });
        fixture.runDueJobs(w);

        // 6. the officer answers the request
        as(w.officer(), () -> {
            browser.open("/tasks");
            browser.clickAndWaitForPage(browser.link("Bổ sung tài liệu, giải trình"));
            assertThat(browser.text()).contains("Bổ sung văn bản kết luận rà soát");
            Long request = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(w.campaignId(), w.agencyAId())
                    .get(0).getId();
            browser.type(By.id("answer-" + request), "Đã bổ sung Kết luận số 12/KL-STP");
            browser.screenshot("officer-supplementary");
            browser.clickAndWaitForPage(browser.button("Gửi giải trình"));
            // back on the task list, nothing left to do
            assertThat(browser.text()).contains("Nhiệm vụ của tôi", "Đã hoàn thành: Bổ sung tài liệu, giải trình",
                    "Không có nhiệm vụ");
            browser.screenshot("officer-supplementary-sent");
        });
        fixture.runDueJobs(w);

        // 7. round 2: the reviewer reads the answer, confirms the adjustment and finishes
        as(w.reviewer(), () -> {
            browser.open("/appraisals");
            browser.clickAndWaitForPage(browser.link(agencyA));
            assertThat(browser.text()).contains("Đã bổ sung Kết luận số 12/KL-STP");
            browser.click(browser.find(By.cssSelector("label[for='adj-no-" + reviewed + "']")));
            browser.type(By.id("adj-reason-" + reviewed), "Kết luận bổ sung ban hành sau kỳ đánh giá");
            browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/criteria/" + reviewed + "/adjust'] button")));
            browser.screenshot("reviewer-round-2");
            Docx minutes = Docx.read(browser.download(browser.find(By.id("minutes-docx"))));
            assertThat(minutes.paragraphs()).contains("BIÊN BẢN", "của " + agencyA);
            assertThat(minutes.tables().get(1).get(1)).startsWith("2.1").contains("40,00", "0,00",
                    "Kết luận bổ sung ban hành sau kỳ đánh giá");
            browser.clickAndWaitForPage(browser.button("Hoàn thành thẩm định"));
            assertThat(browser.text()).contains("Đã hoàn thành thẩm định.");
        });
        fixture.runDueJobs(w);
        assertThat(fixture.agencyInstance(w, w.agencyACode())).isNull();

        // 8. the organiser's dashboard shows agency A with its official score
        as(w.organiser(), () -> {
            browser.open("/dashboard/campaigns/" + w.campaignId());
            assertThat(browser.find(By.cssSelector("#grid tr[data-agency='" + w.agencyACode() + "']")).getText())
                    .contains(agencyA, "Đã có điểm chính thức");
            browser.waitForCharts();
            browser.screenshotOnLaptopAndPhone("organiser-dashboard");

            // agency A's scorecard keeps the history of 2.1, in words: self-assessed yes, appraised no
            browser.open("/assessments/" + w.campaignId() + "/agencies/" + w.agencyAId());
            WebElement history = browser.find(By.cssSelector("#leaf-" + reviewed + " details"));
            browser.click(history.findElement(By.tagName("summary")));
            assertThat(history.getText()).contains("Kết quả: ∅ → Có", "Điểm: ∅ → 40,00",
                    "Kết quả thẩm định: Có: 40,00 → Không: 0,00", "(Tự đánh giá)")
                    .doesNotContain("true", "false", "SELF_ASSESSMENT", "??");
            browser.screenshot("organiser-scorecard-history");
        });

        // The rest of the organiser's work is done in code, not through pages: agency B (no user) is closed as
        // not submitted after its deadline, and the training and survey tasks are completed via CampaignProcesses.
        finishTheRest(w);

        // 9. aggregation, the council's vote, the chairman's approval and publication on the results page
        String results = "/results/campaigns/" + w.campaignId();
        as(w.organiser(), () -> {
            browser.open(results);
            browser.type(By.id("aggregateComment"), "Báo cáo tổng hợp kết quả");
            assertThat(browser.text()).contains("1. Công tác chỉ đạo, điều hành (%)", "2. Cải cách thể chế (%)", "60,00");
            browser.screenshotOnLaptopAndPhone("organiser-aggregate");
            browser.clickAndWaitForPage(browser.button("Gửi Hội đồng"));
            assertThat(browser.text()).contains("Đã gửi kết quả tổng hợp đến Hội đồng thẩm định.");
        });
        fixture.runDueJobs(w);
        as(w.council(), () -> {
            browser.open(results);
            browser.click(browser.find(By.cssSelector("label[for=votePassed]")));
            browser.type(By.id("voteComment"), "Đồng ý");
            browser.screenshot("council-vote");
            browser.clickAndWaitForPage(browser.button("Biểu quyết"));
            assertThat(browser.text()).contains("Đã ghi nhận biểu quyết.");
        });
        fixture.runDueJobs(w);
        as(w.chairman(), () -> {
            browser.open(results);
            browser.click(browser.find(By.cssSelector("label[for=approve]")));
            browser.screenshot("chairman-approval");
            Docx decision = Docx.read(browser.download(browser.find(By.id("decision-docx"))));
            assertThat(decision.paragraphs()).contains("QUYẾT ĐỊNH", "PHỤ LỤC");
            assertThat(decision.text()).contains("| " + agencyA + " | 60,00 | 1 |");
            browser.clickAndWaitForPage(browser.button("Ghi nhận quyết định"));
            assertThat(browser.text()).contains("Đã phê duyệt kết quả.");
        });
        fixture.runDueJobs(w);
        as(w.organiser(), () -> {
            browser.open(results);
            browser.type(By.id("decision"), "Quyết định số 1/QĐ-UBND");
            browser.clickAndWaitForPage(browser.button("Công bố"));
            assertThat(browser.text()).contains("Đã công bố kết quả.");
            browser.screenshot("organiser-published");

            // the published year on the years pages, with their charts
            browser.clickAndWaitForPage(browser.find(By.id("years-link")));
            browser.waitForCharts();
            assertThat(browser.text()).contains("Xếp loại theo năm", String.valueOf(w.selfAssessmentDue().getYear()),
                    agencyA);
            browser.screenshotOnLaptopAndPhone("organiser-years");
            browser.clickAndWaitForPage(browser.link(agencyA));
            browser.waitForCharts();
            assertThat(browser.text()).contains("Chỉ số thành phần theo lĩnh vực (%)", "60,00");
            browser.screenshot("organiser-agency-years");
        });
        fixture.runDueJobs(w);
        assertThat(campaigns.findById(w.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PUBLISHED);

        // 10. anyone, without logging in, sees agency A with its index (1.1 = 60, 2.1 adjusted to 0 of 100)
        browser.open("/public/results/" + w.campaignId());
        browser.waitForText(agencyA);
        browser.waitForCharts();
        assertThat(browser.text()).contains("Chỉ số CCHC năm", "Tỉnh thử " + w.code(), "Quyết định số 1/QĐ-UBND",
                agencyA, "60,00", "1. Công tác chỉ đạo, điều hành (%)").doesNotContain(LOGOUT);
        browser.screenshotOnLaptopAndPhone("public-results");

        assertThat(browser.overflows()).as("pages wider than the window (%s x %s or a %s px phone)",
                Browser.LAPTOP.width, Browser.LAPTOP.height, Browser.PHONE.width).isEmpty();
    }

    /** Logs in through the login form, does the steps, and logs out. */
    private void as(String username, Step steps) throws Exception {
        browser.logIn(username, ProcessFixture.PASSWORD);
        assertThat(browser.path()).doesNotStartWith("/login");
        steps.run();
        browser.logOut(LOGOUT);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void finishTheRest(ProcessFixture.World w) {
        fixture.travelTo(w.selfAssessmentDue().plusDays(4), 9, 0);
        fixture.runDueJobs(w);
        Task decision = tasks.createTaskQuery().taskDefinitionKey("decideOnMissedDeadline")
                .taskCandidateGroup("organiser:" + w.code()).singleResult();
        complete(decision, w.organiser(), Map.of("deadlineDecision", "close", "comment", "Không nộp"));
        Task training = tasks.createTaskQuery().processInstanceId(fixture.campaignInstance(w).getId())
                .taskDefinitionKey("recordTraining").singleResult();
        complete(training, w.organiser(), Map.of("trainingDate", "2026-11-25", "place", "Hội trường", "participants", 80L));
        Task survey = tasks.createTaskQuery().processInstanceId(fixture.campaignInstance(w).getId())
                .taskDefinitionKey("importSurveyResults").singleResult();
        complete(survey, w.organiser(), Map.of("surveyImported", true));
        fixture.resetClock();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        processes.complete(task.getId(), user, new HashMap<>(variables));
        fixture.runDueJobsOf(task);
    }

    /** The totals card and each node's points, as the scorecard shows them now. */
    private Map<String, String> figures(Map<String, Long> nodes) {
        Map<String, String> figures = new HashMap<>();
        figures.put("totals", browser.find(By.id("totals")).getText());
        for (String code : new String[] {"1", "1.1", "2", "2.1"}) {
            figures.put(code, browser.find(By.id("pts-" + nodes.get(code))).getText());
        }
        return figures;
    }

    private Map<String, Long> leaves(ProcessFixture.World w) {
        return tx.execute(status -> {
            Map<String, Long> byCode = new HashMap<>();
            for (Criterion criterion : campaigns.findById(w.campaignId()).orElseThrow().getFrameworks().values()
                    .iterator().next().getCriteria()) {
                byCode.put(criterion.getCode(), criterion.getId());
            }
            return byCode;
        });
    }

    /** A tiny valid PDF, unique per run (stored files are de-duplicated by content). */
    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n% "
                + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
