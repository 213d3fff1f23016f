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
import vn.parindex.campaign.DeadlineChanges;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

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
        assertThat(self.done()).isEqualTo(2);
        assertThat(self.total()).isEqualTo(3);
        assertThat(self.overdue()).isEqualTo(1);
        assertThat(self.timePercent()).isEqualTo(100);
        assertThat(view.milestones()).noneMatch(p -> p.milestone().getType() == MilestoneType.FRAMEWORK_REVISION);

        String subject = outbox.findByCampaignIdOrderByCreatedAt(world.campaignId()).get(0).getSubject();
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId()).with(login(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sở Xây dựng " + world.code())))
                .andExpect(content().string(Matchers.containsString("cell-OVERDUE\"")))
                .andExpect(content().string(Matchers.containsString("cell-ON_TIME\"")))
                .andExpect(content().string(Matchers.containsString("data-done=\"2\"")))
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
                .andExpect(content().string(Matchers.containsString("Đang thẩm định")));
        mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/agencies/" + world.agencyBId())
                        .with(login(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sở đang sáp nhập")))
                .andExpect(content().string(Matchers.containsString("Đang tự đánh giá")));
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

    private void submitAndSignOff(Long agencyId) {
        complete(agencyId, "submitSelfAssessment", world.officer(), Map.of("confirmSubmission", true));
        complete(agencyId, "signOffSelfAssessment", world.head(), Map.of("signOff", "approve"));
    }

    private void complete(Long agencyId, String taskKey, String username, Map<String, Object> variables) {
        WorkItem item = workItems.findByCampaignIdAndAgencyIdAndState(world.campaignId(), agencyId, WorkItemState.OPEN)
                .stream().filter(w -> w.getTaskKey().equals(taskKey)).findFirst().orElseThrow();
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(item.getTaskId(), username, all);
        fixture.runDueJobs(world);
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
