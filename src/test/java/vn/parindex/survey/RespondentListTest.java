package vn.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.TestSheets;
import vn.parindex.agency.XlsxWriters;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

@IntegrationTest
@Tag("postgres")
class RespondentListTest {

    static final List<String> HEADER = List.of("STT", "Họ và tên", "Địa chỉ hoặc đơn vị công tác", "Số điện thoại");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    RespondentRepository respondents;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    vn.parindex.common.AppClock clock;

    ProcessFixture.World world;
    String url;

    @BeforeEach
    void launchWithRespondentList() {
        world = fixture.world(new ProcessFixture.Plan(true, true, false, true));
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        url = "/survey/campaigns/" + world.campaignId() + "/agencies/" + world.agencyAId() + "/respondents";
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    static List<List<?>> rows(int count) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(i, "Nguyễn Văn " + i, "Thôn " + i + ", xã Đông Hà", String.format("0912 %06d", i)));
        }
        return rows;
    }

    private boolean taskOpen() {
        return workItems.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyAId(), WorkItemState.OPEN)
                .stream().anyMatch(w -> w.getTaskKey().equals(RespondentLists.TASK_KEY));
    }

    @Test
    void aValidListOf60IsSavedAndCompletesTheTask() throws Exception {
        assertThat(taskOpen()).isTrue();
        List<List<?>> rows = rows(60);
        rows.set(2, List.of(2, "Trần Thị Bình", "Sở Công Thương", "+84 (0)24 3825 1234".replace("(0)", "")));
        rows.set(3, List.of(3, "Lê Văn Cường", "UBND xã", 987654321)); // Excel dropped the leading 0
        mvc.perform(multipart(url).file(TestSheets.upload(rows)).with(as(world.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url));
        List<Respondent> saved = respondents.findByCampaignIdAndAgencyIdOrderByLineNumber(world.campaignId(),
                world.agencyAId());
        assertThat(saved).hasSize(60);
        assertThat(saved.get(1).getPhone()).isEqualTo("02438251234");
        assertThat(saved.get(2).getPhone()).isEqualTo("0987654321");
        assertThat(taskOpen()).isFalse();
        mvc.perform(get(url).with(as(world.officer()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trần Thị Bình")));
    }

    @Test
    void theListCountsDownToItsDeadlineAndPastItIsNotReplaced() throws Exception {
        java.time.LocalDate due = clock.today().plusDays(5);
        mvc.perform(get(url).with(as(world.officer())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Còn 5 ngày đến hạn ("
                        + vn.parindex.common.VietnamTime.format(due) + " 23:59)")));
        fixture.travelTo(due, 22, 0);
        mvc.perform(get(url).with(as(world.officer())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("còn 2 giờ đến hạn")));
        fixture.travelTo(due.plusDays(1), 8, 0);
        mvc.perform(multipart(url).file(TestSheets.upload(rows(60))).with(as(world.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Đã hết hạn gửi danh sách người được khảo sát lúc " + vn.parindex.common.VietnamTime.format(due)
                                + " 23:59; danh sách không được thay.")));
        assertThat(respondents.findByCampaignIdAndAgencyIdOrderByLineNumber(world.campaignId(), world.agencyAId()))
                .isEmpty();
        mvc.perform(get(url).with(as(world.officer())))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Đã hết hạn lúc"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("type=\"file\"")))));
    }

    @Test
    void listsWrittenByLibreOfficeAndInOpenpyxlOrderAreRead() throws Exception {
        mvc.perform(multipart(url).file(XlsxWriters.upload("danh-sach.xlsx",
                        XlsxWriters.resource("respondents-libreoffice.xlsx")))
                        .with(as(world.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url));
        List<Respondent> saved = respondents.findByCampaignIdAndAgencyIdOrderByLineNumber(world.campaignId(),
                world.agencyAId());
        assertThat(saved).hasSize(60);
        assertThat(saved.get(0).getFullName()).isEqualTo("Người dân thứ 1");

        // a second upload replaces the list
        List<List<?>> rows = rows(60);
        rows.set(1, List.of(1, "Trịnh Thị Py", "Thôn 1", "0912000001"));
        mvc.perform(multipart(url).file(XlsxWriters.upload("danh-sach.xlsx", XlsxWriters.openpyxlOrder(TestSheets.xlsx(rows))))
                        .with(as(world.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(respondents.findByCampaignIdAndAgencyIdOrderByLineNumber(world.campaignId(), world.agencyAId())
                .get(0).getFullName()).isEqualTo("Trịnh Thị Py");
    }

    @Test
    void badRowsAndShortfallAreNamedAndNothingIsWritten() throws Exception {
        List<List<?>> rows = rows(59);
        rows.set(3, List.of(3, "", "Thôn 3", "0912000003"));          // row 4: no name
        rows.set(4, List.of(4, "Phạm Văn Dũng", "Thôn 4", "12345"));   // row 5: not a phone number
        rows.set(5, List.of(5, "Hoàng Thị Em", "Thôn 5", "0912 000 001")); // row 6: same phone as row 2
        mvc.perform(multipart(url).file(TestSheets.upload(rows)).with(as(world.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Danh sách có 59 người, cần ít nhất 60 người"),
                        org.hamcrest.Matchers.containsString("Dòng 4, cột B (Họ và tên): bắt buộc"),
                        org.hamcrest.Matchers.containsString("Dòng 5, cột D (Số điện thoại): &quot;12345&quot; không phải"),
                        org.hamcrest.Matchers.containsString("Dòng 6, cột D (Số điện thoại): số điện thoại 0912 000 001 đã có ở dòng 2"))));
        assertThat(respondents.countByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId())).isZero();
        assertThat(taskOpen()).isTrue();
    }

    @Test
    void aFileThatIsNotExcelIsRefused() throws Exception {
        MockMultipartFile text = new MockMultipartFile("file", "list.xlsx", "text/plain", "hello".getBytes());
        mvc.perform(multipart(url).file(text).with(as(world.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không phải là tệp Excel")));
    }

    @Test
    void onlyTheOrganiserAndTheAgencyItselfSeeTheList() throws Exception {
        mvc.perform(get(url).with(as(world.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as(world.council()))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("organiser"))).andExpect(status().isNotFound()); // another province
        mvc.perform(get(url).with(as(world.organiser()))).andExpect(status().isOk());
        mvc.perform(multipart(url).file(TestSheets.upload(rows(60))).with(as(world.reviewer())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(respondents.countByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId())).isZero();
    }

    @Test
    void theOrganiserExportsAllListsForTheSurveyOperator() throws Exception {
        mvc.perform(multipart(url).file(TestSheets.upload(rows(60))).with(as(world.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String export = "/survey/campaigns/" + world.campaignId() + "/respondents.xlsx";
        mvc.perform(get(export).with(as(world.officer()))).andExpect(status().isForbidden());
        byte[] bytes = mvc.perform(get(export).with(as(world.organiser()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(60);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(world.agencyACode());
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("0912000001");
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Danh sách người được khảo sát");
            assertThat(workbook.getSheetAt(0).getRow(60).getCell(0).getNumericCellValue()).isEqualTo(60.0);
            assertThat(workbook.getSheetAt(0).getRow(60).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
        }
    }
}
