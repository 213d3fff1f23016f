package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
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
import vn.parindex.campaign.MilestoneType;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;
import vn.parindex.timeline.DeadlineChanges;

@IntegrationTest
@Tag("postgres")
class DashboardTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    DeadlineChanges deadlines;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    CampaignDashboard dashboard;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.parindex.campaign.CampaignRepository campaigns;
    @Autowired
    vn.parindex.agency.AgencyRepository agencies;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

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
    void gridShowsOnTimeOverdueAndUnusedAndCountsTheMilestone() throws Exception {
        submitAndSignOff(world.agencyAId());
        fixture.travelTo(world.selfAssessmentDue().plusDays(1), 9, 0);
        fixture.runDueJobs(world);

        CampaignDashboard.View view = dashboard.view(world.campaignId(), as(world.organiser()));
        assertThat(cell(view, world.agencyAId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.ON_TIME);
        assertThat(cell(view, world.agencyBId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.OVERDUE);
        assertThat(cell(view, world.agencyAId(), MilestoneType.FRAMEWORK_REVISION)).isEqualTo(CellState.NOT_USED);
        assertThat(cell(view, world.agencyBId(), MilestoneType.PUBLICATION)).isEqualTo(CellState.PENDING);
        CampaignDashboard.MilestoneProgress self = view.milestones().stream()
                .filter(p -> p.milestone().getType() == MilestoneType.SELF_ASSESSMENT).findFirst().orElseThrow();
        assertThat(self.done()).isEqualTo(1);
        assertThat(self.total()).isEqualTo(2);
        assertThat(self.overdue()).isEqualTo(1);
        assertThat(self.timePercent()).isEqualTo(100);
        assertThat(view.milestones()).noneMatch(p -> p.milestone().getType() == MilestoneType.FRAMEWORK_REVISION);

        String subject = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).get(0).getSubject();
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId()).with(login(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sở Xây dựng " + world.code())))
                .andExpect(content().string(Matchers.containsString("cell-OVERDUE\"")))
                .andExpect(content().string(Matchers.containsString("cell-ON_TIME\"")))
                .andExpect(content().string(Matchers.containsString("data-done=\"1\"")))
                .andExpect(content().string(Matchers.containsString(subject)))
                .andExpect(content().string(Matchers.containsString("/js/dashboard-chart.js")));
    }

    @Test
    void lateSubmissionExtensionAndDrillDown() throws Exception {
        fixture.travelTo(world.selfAssessmentDue().plusDays(2), 10, 0);
        submitAndSignOff(world.agencyAId());
        LocalDate extended = world.selfAssessmentDue().plusDays(9);
        deadlines.extendForAgency(world.campaignId(), world.agencyBId(), MilestoneType.SELF_ASSESSMENT, extended,
                "Sở đang sáp nhập", world.organiser());

        CampaignDashboard.View view = dashboard.view(world.campaignId(), as(world.organiser()));
        assertThat(cell(view, world.agencyAId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.LATE);
        assertThat(cell(view, world.agencyBId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.PENDING);
        assertThat(view.upcoming()).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(extended);
            assertThat(d.agency().id()).isEqualTo(world.agencyBId());
        });
        assertThat(view.changes()).singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo("Sở đang sáp nhập"));

        mvc.perform(get("/dashboard/campaigns/" + world.campaignId()).with(login(world.organiser())))
                .andExpect(content().string(Matchers.containsString("Sở đang sáp nhập")))
                .andExpect(content().string(Matchers.containsString("Gia hạn cho Sở Xây dựng " + world.code())));
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/agencies/" + world.agencyAId())
                        .with(login(world.council())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-task=\"submitSelfAssessment\"")))
                .andExpect(content().string(Matchers.containsString("<td class=\"late\">2</td>")))
                .andExpect(content().string(Matchers.containsString("Đang thẩm định")))
                // the task history names each step in the reader's language, not the BPMN's
                .andExpect(content().string(Matchers.containsString("<td>Ký duyệt báo cáo tự đánh giá</td>")));
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/agencies/" + world.agencyAId())
                        .param("lang", "en").with(login(world.council())))
                .andExpect(content().string(Matchers.containsString("<td>Sign off self-assessment</td>")));
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/agencies/" + world.agencyBId())
                        .with(login(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sở đang sáp nhập")))
                .andExpect(content().string(Matchers.containsString("<strong>Đang tự đánh giá</strong>")));
    }

    @Test
    void onlyTheOrganisersStaffAndReadersSeeIt() throws Exception {
        String url = "/dashboard/campaigns/" + world.campaignId();
        mvc.perform(get(url).with(login(world.officer()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(login(world.head()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(login(world.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(login(world.chairman()))).andExpect(status().isOk());
        mvc.perform(get(url).with(login("organiser"))).andExpect(status().isNotFound());
        mvc.perform(get(url + "/progress.xlsx").with(login("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get(url + "/agencies/" + world.agencyAId()).with(login(world.officer())))
                .andExpect(status().isForbidden());
        mvc.perform(get(url + "/agencies/" + world.standingId()).with(login(world.organiser())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").with(login(world.organiser()))).andExpect(redirectedUrl(url));
    }

    @Test
    void excelHasARowPerAgencyWithItsStates() throws Exception {
        submitAndSignOff(world.agencyAId());
        byte[] bytes = mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/progress.xlsx")
                        .with(login(world.organiser())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int self = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().startsWith("Tự đánh giá")) {
                    self = c;
                }
            }
            assertThat(self).isGreaterThan(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Map<String, String> byAgency = new HashMap<>();
            for (int r = 1; r <= 2; r++) {
                byAgency.put(sheet.getRow(r).getCell(0).getStringCellValue(),
                        sheet.getRow(r).getCell(self).getStringCellValue());
            }
            assertThat(byAgency).containsEntry(world.agencyACode(), "Đúng hạn")
                    .containsEntry(world.agencyBCode(), "Đang chờ");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isNotBlank();
        }
    }

    /**
     * Four agencies, one of each kind: A on time, B late, C missed and extended, D missed and closed. The counts are
     * agencies, the same on the page and in the Excel, and the overdue count holds when the submit tasks give way
     * to the organiser's decisions.
     */
    @Test
    void countsAreAgenciesOnTimeLateExtendedAndClosed() throws Exception {
        ProcessFixture.World four = fixture.world();
        Long c = addAgency(four, "SYT", "Sở Y tế ");
        Long d = addAgency(four, "SGD", "Sở Giáo dục ");
        launch.launch(four.campaignId(), four.organiserId());
        fixture.runDueJobs(four);
        LocalDate due = four.selfAssessmentDue();

        submitAndSignOff(four, four.agencyAId());
        fixture.travelTo(due.plusDays(1), 9, 0);
        fixture.runDueJobs(four);
        assertSelfCounts(four, 1, 4, 3, 0);
        submitAndSignOff(four, four.agencyBId());
        assertSelfCounts(four, 2, 4, 2, 0);

        fixture.travelTo(due.plusDays(5), 9, 0);
        fixture.runDueJobs(four);
        assertThat(workItems.findByCampaignIdAndAgencyIdAndState(four.campaignId(), c, WorkItemState.OPEN))
                .anyMatch(w -> w.getTaskKey().equals(MilestoneCells.DECISION_TASK));
        assertSelfCounts(four, 2, 4, 2, 0);

        LocalDate extended = due.plusDays(12);
        decide(four, c, Map.of("deadlineDecision", "extend", "newDueDate", extended.toString(),
                "comment", "Sở đang kiện toàn"));
        decide(four, d, Map.of("deadlineDecision", "close", "comment", "Không nộp"));
        CampaignDashboard.View view = assertSelfCounts(four, 2, 4, 0, 1);
        assertThat(cell(view, four.agencyAId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.ON_TIME);
        assertThat(cell(view, four.agencyBId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.LATE);
        assertThat(cell(view, c, MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.PENDING);
        assertThat(cell(view, d, MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.CLOSED);
        assertThat(cell(view, d, MilestoneType.APPRAISAL)).isEqualTo(CellState.NOT_USED);
        assertThat(view.milestones()).filteredOn(p -> p.milestone().getType() == MilestoneType.APPRAISAL)
                .singleElement().satisfies(p -> assertThat(p.total()).isEqualTo(3));
        assertDrillDownsShowTheGridLines(four, view);

        fixture.travelTo(extended.plusDays(1), 9, 0);
        fixture.runDueJobs(four);
        assertSelfCounts(four, 2, 4, 1, 1);
        mvc.perform(get("/dashboard/campaigns/" + four.campaignId()).with(login(four.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "data-done=\"2\" data-total=\"4\" data-milestone=\"SELF_ASSESSMENT\"")))
                .andExpect(content().string(Matchers.containsString("<span class=\"done\">2/4</span>")))
                .andExpect(content().string(Matchers.containsString("cell-CLOSED\"")));
        try (XSSFWorkbook workbook = excel(four)) {
            Sheet milestones = workbook.getSheetAt(1);
            Row self = null;
            for (Row row : milestones) {
                if (row.getCell(0).getStringCellValue().startsWith("Tự đánh giá")) {
                    self = row;
                }
            }
            assertThat(self).isNotNull();
            assertThat(self.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(self.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(self.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(self.getCell(6).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void theMilestonesTableIsInDateOrder() {
        CampaignDashboard.View view = dashboard.view(world.campaignId(), as(world.organiser()));
        assertThat(view.milestones()).extracting(p -> p.milestone().getDueDate()).isSorted();
        assertThat(view.milestones().get(view.milestones().size() - 1).milestone().getType())
                .isEqualTo(MilestoneType.PUBLICATION);
        // appraisal (day 20) comes after supplementary evidence (day 18), although the plan lists it first
        assertThat(view.milestones()).extracting(p -> p.milestone().getType())
                .containsSubsequence(MilestoneType.SUPPLEMENTARY, MilestoneType.APPRAISAL);
    }

    @Test
    void beforeTheWindowOpensAnAgencyWaitsForIt() throws Exception {
        ProcessFixture.World later = fixture.world(new ProcessFixture.Plan(false, true, true, true));
        launch.launch(later.campaignId(), later.organiserId());
        fixture.runDueJobs(later);
        LocalDate opens = LocalDate.now(vn.parindex.common.VietnamTime.ZONE).plusDays(4);
        String waiting = "Chờ mở kỳ tự đánh giá (từ " + opens.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")";
        mvc.perform(get("/dashboard/campaigns/" + later.campaignId()).with(login(later.organiser())))
                .andExpect(content().string(Matchers.containsString(waiting)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<td class=\"small\">Đang tự đánh giá</td>"))));
        mvc.perform(get("/agency-home").with(login(later.officer())))
                .andExpect(content().string(Matchers.containsString(waiting)));
        try (XSSFWorkbook workbook = excel(later)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo(waiting);
        }

        fixture.travelTo(opens, 9, 0);
        fixture.runDueJobs(later);
        mvc.perform(get("/dashboard/campaigns/" + later.campaignId()).with(login(later.organiser())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(waiting))))
                .andExpect(content().string(Matchers.containsString("<td class=\"small\">Đang tự đánh giá</td>")));
    }

    @Test
    void afterPublicationNoCellIsPending() throws Exception {
        submitAndSignOff(world.agencyAId());
        tx.executeWithoutResult(s -> campaigns.findById(world.campaignId()).orElseThrow()
                .setStatus(vn.parindex.campaign.CampaignStatus.PUBLISHED));

        CampaignDashboard.View view = dashboard.view(world.campaignId(), as(world.organiser()));
        assertThat(view.rows()).allSatisfy(row -> assertThat(row.cells()).doesNotContainValue(CellState.PENDING));
        assertThat(cell(view, world.agencyAId(), MilestoneType.SELF_ASSESSMENT)).isEqualTo(CellState.ON_TIME);
        assertThat(cell(view, world.agencyAId(), MilestoneType.SUPPLEMENTARY)).isEqualTo(CellState.NOT_USED);
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId()).with(login(world.organiser())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("cell-PENDING"))));
        mvc.perform(get("/agency-home").with(login(world.officer())))
                .andExpect(content().string(Matchers.containsString("cell-ON_TIME")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("cell-PENDING"))));
    }

    private CampaignDashboard.View assertSelfCounts(ProcessFixture.World w, long done, long total, long overdue,
                                                    long closed) {
        CampaignDashboard.View view = dashboard.view(w.campaignId(), as(w.organiser()));
        CampaignDashboard.MilestoneProgress self = view.milestones().stream()
                .filter(p -> p.milestone().getType() == MilestoneType.SELF_ASSESSMENT).findFirst().orElseThrow();
        assertThat(self.done()).as("done").isEqualTo(done);
        assertThat(self.total()).as("total").isEqualTo(total);
        assertThat(self.overdue()).as("overdue").isEqualTo(overdue);
        assertThat(self.closed()).as("closed").isEqualTo(closed);
        return view;
    }

    private XSSFWorkbook excel(ProcessFixture.World w) throws Exception {
        byte[] bytes = mvc.perform(get("/dashboard/campaigns/" + w.campaignId() + "/progress.xlsx")
                        .with(login(w.organiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private Long addAgency(ProcessFixture.World w, String suffix, String name) {
        return tx.execute(s -> {
            vn.parindex.campaign.Campaign campaign = campaigns.findById(w.campaignId()).orElseThrow();
            vn.parindex.agency.Agency any = campaign.getAgencies().iterator().next();
            vn.parindex.agency.Agency agency = new vn.parindex.agency.Agency(campaign.getOrganiser(),
                    w.code() + "-" + suffix, name + w.code(), any.getType());
            agency.setFocalEmail("focal-" + suffix.toLowerCase() + "-" + w.code().toLowerCase() + "@test.parindex.vn");
            agency = agencies.save(agency);
            campaign.getAgencies().add(agency);
            return agency.getId();
        });
    }

    private void decide(ProcessFixture.World w, Long agencyId, Map<String, Object> variables) {
        complete(w, agencyId, MilestoneCells.DECISION_TASK, w.organiser(), variables);
    }

    private void submitAndSignOff(Long agencyId) {
        submitAndSignOff(world, agencyId);
    }

    private void submitAndSignOff(ProcessFixture.World w, Long agencyId) {
        complete(w, agencyId, "submitSelfAssessment", w.officer(), Map.of("confirmSubmission", true));
        complete(w, agencyId, "signOffSelfAssessment", w.head(), Map.of("signOff", "approve"));
    }

    private void complete(ProcessFixture.World w, Long agencyId, String taskKey, String username,
                          Map<String, Object> variables) {
        WorkItem item = workItems.findByCampaignIdAndAgencyIdAndState(w.campaignId(), agencyId, WorkItemState.OPEN)
                .stream().filter(i -> i.getTaskKey().equals(taskKey)).findFirst().orElseThrow();
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(item.getTaskId(), username, all);
        fixture.runDueJobs(w);
    }

    /**
     * The grid's cells are summed up in SQL for every agency at once, an agency's drill-down (and its home) from
     * its own work items: the two must agree, decisions on missed deadlines included.
     */
    private void assertDrillDownsShowTheGridLines(ProcessFixture.World w, CampaignDashboard.View view) {
        for (CampaignDashboard.Row row : view.rows()) {
            assertThat(dashboard.agency(w.campaignId(), row.agency().id(), as(w.organiser())).cells())
                    .as("drill-down of " + row.agency().code()).isEqualTo(row.cells());
        }
    }

    private static CellState cell(CampaignDashboard.View view, Long agencyId, MilestoneType type) {
        return view.rows().stream().filter(r -> r.agency().id().equals(agencyId)).findFirst().orElseThrow()
                .cells().get(type);
    }

    private CurrentUser as(String username) {
        return (CurrentUser) userDetailsService.loadUserByUsername(username);
    }

    private RequestPostProcessor login(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
