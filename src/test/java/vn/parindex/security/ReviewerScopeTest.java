package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.Criterion;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * Reviewers of two departments on one agency's assessment: each reads only the criteria assigned to it (the
 * scorecard, its reports, its evidence files and their history), and nothing before the head has sent the
 * self-assessment to appraisal; the organiser and the council read all of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerScopeTest {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixture fixture;
    @Autowired CampaignLaunch launch;
    @Autowired CampaignProcesses processes;
    @Autowired CampaignRepository campaigns;
    @Autowired AgencyRepository agencies;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService details;
    @Autowired WorkItemRepository items;
    @Autowired EvidenceFileRepository evidence;
    @Autowired TransactionTemplate tx;

    ProcessFixture.World world;
    String finance;
    String scorecard;
    Long evidence11;
    Long evidence21;

    @BeforeAll
    void agencyAWithEvidenceOnBothGroups() throws Exception {
        world = fixture.world();
        finance = "reviewer.fin." + world.code().toLowerCase();
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(world.campaignId()).orElseThrow();
            Agency standing = agencies.findById(world.standingId()).orElseThrow();
            Agency stc = new Agency(standing.getOrganiser(), world.code() + "-STC", "Sở Tài chính " + world.code(),
                    standing.getType());
            stc.setReviewer(true);
            agencies.save(stc);
            campaign.assignReviewer(standing.getType(), "1", stc);
            accounts.create(finance, finance, finance + "@test.parindex.vn", standing.getOrganiser(), stc,
                    EnumSet.of(Role.REVIEWER), ProcessFixture.PASSWORD, false);
        });
        Map<String, Long> leaves = tx.execute(status -> {
            Map<String, Long> ids = new HashMap<>();
            for (Criterion c : campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().values()
                    .iterator().next().getCriteria()) {
                ids.put(c.getCode(), c.getId());
            }
            return ids;
        });
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        scorecard = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
        for (String code : new String[] {"1.1", "2.1"}) {
            Long leaf = leaves.get(code);
            mvc.perform(multipart(scorecard + "/criteria/" + leaf + "/evidence")
                            .file(new MockMultipartFile("file", "van-ban-" + code + ".pdf", "application/pdf",
                                    TwoProvinces.PDF))
                            .with(csrf()).with(user(as(world.officer()))))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post(scorecard + "/criteria/" + leaf).with(csrf()).param("answer", "có")
                            .param("note", "Ghi chú tiêu chí " + code).with(user(as(world.officer()))))
                    .andExpect(status().is3xxRedirection());
        }
        evidence11 = fileOf(leaves.get("1.1"));
        evidence21 = fileOf(leaves.get("2.1"));
    }

    @Test
    void reviewersReadOnlyTheirOwnCriteriaOnceSentAndTheCouncilReadsAll() throws Exception {
        // a draft, then sent to the head but not signed off: no reviewer reads it yet
        assertStatus(scorecard, world.reviewer(), 403);
        assertStatus("/evidence/" + evidence21, world.reviewer(), 403);
        complete("submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        assertStatus(scorecard, world.reviewer(), 403);
        assertStatus(scorecard + "/report.xlsx", finance, 403);
        complete("signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));

        // Sở Tư pháp appraises group 2, Sở Tài chính group 1
        String justice = page(scorecard, world.reviewer());
        assertThat(justice).contains("Rà soát văn bản", "Ghi chú tiêu chí 2.1", "van-ban-2.1.pdf")
                .doesNotContain("Kế hoạch CCHC năm", "Ghi chú tiêu chí 1.1", "van-ban-1.1.pdf");
        String fin = page(scorecard, finance);
        assertThat(fin).contains("Kế hoạch CCHC năm", "van-ban-1.1.pdf")
                .doesNotContain("Rà soát văn bản", "van-ban-2.1.pdf");

        assertStatus("/evidence/" + evidence21, world.reviewer(), 200);
        assertStatus("/evidence/" + evidence11, world.reviewer(), 403);
        assertStatus("/evidence/" + evidence11 + "/preview", world.reviewer(), 403);
        assertStatus("/evidence/" + evidence11, finance, 200);
        assertStatus("/evidence/" + evidence21, finance, 403);

        assertThat(xlsxText(world.reviewer())).contains("2.1").doesNotContain("Kế hoạch CCHC năm");
        assertThat(pdfText(world.reviewer())).contains("Cải cách thể chế").doesNotContain("Công tác chỉ đạo");
        assertThat(xlsxText(finance)).contains("Kế hoạch CCHC năm").doesNotContain("Rà soát văn bản");

        for (String overseer : new String[] {world.organiser(), world.council(), world.chairman()}) {
            assertThat(page(scorecard, overseer)).as(overseer).contains("Kế hoạch CCHC năm", "Rà soát văn bản");
            assertStatus("/evidence/" + evidence11, overseer, 200);
        }
        assertThat(pdfText(world.council())).contains("Công tác chỉ đạo", "Cải cách thể chế");
    }

    private Long fileOf(Long leaf) {
        return evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(world.campaignId(),
                world.agencyAId(), leaf).get(0).getId();
    }

    private void complete(String taskKey, String username, Map<String, Object> variables) {
        String taskId = items.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyAId(),
                        WorkItemState.OPEN).stream().filter(i -> i.getTaskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + taskKey)).getTaskId();
        Map<String, Object> all = new HashMap<>(variables);
        all.put("comment", null);
        processes.complete(taskId, username, all);
        fixture.runDueJobs(world);
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(as(username)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void assertStatus(String url, String username, int expected) throws Exception {
        int status = mvc.perform(get(url).with(user(as(username)))).andReturn().getResponse().getStatus();
        assertThat(status).as(username + " GET " + url).isEqualTo(expected);
    }

    private String xlsxText(String username) throws Exception {
        byte[] bytes = mvc.perform(get(scorecard + "/report.xlsx").with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> text.append(format.formatCellValue(cell)).append(' '));
            }
        }
        return text.toString();
    }

    private String pdfText(String username) throws Exception {
        byte[] bytes = mvc.perform(get(scorecard + "/report.pdf").with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private CurrentUser as(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
