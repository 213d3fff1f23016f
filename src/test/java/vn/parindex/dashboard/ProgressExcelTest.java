package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.common.VietnamTime;
import vn.parindex.process.ProcessFixture;

/** The progress workbook read back as a user's Excel would: its sheet names and the milestone dates as dates. */
@IntegrationTest
@Tag("postgres")
class ProgressExcelTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MockMvc mvc;

    ProcessFixture.World world;

    @BeforeEach
    void createCampaign() {
        world = fixture.world();
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void theMilestoneDatesAreDateCellsOnTheirOwnSheet() throws Exception {
        byte[] bytes = mvc.perform(get("/dashboard/campaigns/" + world.campaignId() + "/progress.xlsx")
                        .with(user(userDetailsService.loadUserByUsername(world.organiser()))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tiến độ");
            Sheet timeline = workbook.getSheetAt(1);
            assertThat(timeline.getSheetName()).isEqualTo("Các mốc thời gian");
            assertThat(timeline.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hạn chót");
            DataFormatter shown = new DataFormatter();
            Map<String, String> dueByMilestone = new HashMap<>();
            for (int r = 1; r <= timeline.getLastRowNum(); r++) {
                Row row = timeline.getRow(r);
                Cell due = row.getCell(2);
                assertThat(DateUtil.isCellDateFormatted(due)).as(row.getCell(0).getStringCellValue()).isTrue();
                assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                dueByMilestone.put(row.getCell(0).getStringCellValue(), shown.formatCellValue(due));
            }
            // one row per used milestone, as the progress sheet has one column per used milestone
            assertThat(dueByMilestone).hasSize(workbook.getSheetAt(0).getRow(0).getLastCellNum() - 3);
            assertThat(dueByMilestone).containsEntry("Tự đánh giá, chấm điểm và gửi tài liệu kiểm chứng",
                    VietnamTime.format(world.selfAssessmentDue()));
        }
    }
}
