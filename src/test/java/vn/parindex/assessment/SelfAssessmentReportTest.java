package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.common.Docx;
import vn.parindex.process.ProcessFixture;

/** The self-assessment report as PDF (Vietnamese text, embedded font, signature block), Excel and Word. */
@IntegrationTest
@Tag("postgres")
class SelfAssessmentReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentWorld worlds;

    AssessmentWorld.Launched launched;
    ProcessFixture.World world;

    @BeforeEach
    void scored() throws Exception {
        launched = worlds.launched();
        world = launched.world();
        mvc.perform(post(page() + "/criteria/" + launched.leaf("1.1")).param("answer", "có").param("version", "-1")
                .with(csrf()).with(user(as(world.officer()))));
        mvc.perform(post(page() + "/criteria/" + launched.leaf("2.1")).param("answer", "không").param("version", "-1")
                .param("explanation", "Chưa rà soát được văn bản quy phạm pháp luật").with(csrf())
                .with(user(as(world.officer()))));
    }

    @Test
    void pdfHasTheSummaryExplanationsAndSignatureInVietnameseWithAnEmbeddedFont() throws Exception {
        byte[] pdf = mvc.perform(get(page() + "/report.pdf").with(user(as(world.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM "
                    + world.selfAssessmentDue().getYear());
            assertThat(text).contains("1 Công tác chỉ đạo, điều hành 60,00 60,00 100,00", "2 Cải cách thể chế 40,00 0,00 0,00",
                    "Tổng cộng 100,00 60,00 60,00");
            assertThat(text).contains("Chưa rà soát được văn bản quy phạm pháp luật");
            assertThat(text).contains("THỦ TRƯỞNG CƠ QUAN", "(Ký tên, đóng dấu)", "Thủ trưởng Sở Công Thương " + world.code());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("Liberation");
        }
    }

    @Test
    void excelListsEveryNodeWithPointsAndTheTotal() throws Exception {
        byte[] xlsx = mvc.perform(get(page() + "/report.xlsx").with(user(as(world.organiser()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tự đánh giá");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("TT");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("2.1");
            assertThat(sheet.getRow(6).getCell(7).getStringCellValue())
                    .isEqualTo("Chưa rà soát được văn bản quy phạm pháp luật");
            assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(8).getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(8).getCell(5).getNumericCellValue()).isEqualTo(60.0);
            // numbers a user can add up, shown as the scorecard shows them
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Điểm tối đa áp dụng");
            for (int column : new int[] {2, 4, 5}) {
                assertThat(sheet.getRow(8).getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(8).getCell(column).getCellStyle().getDataFormatString()).isEqualTo("0.00");
                assertThat(sheet.getRow(4).getCell(column).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            }
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(4).getCell(4))).isEqualTo("60.00");
            assertThat(sheet.getRow(4).getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0");
        }
    }

    @Test
    void officerOfAnotherAgencyCannotDownloadTheReport() throws Exception {
        mvc.perform(get(page() + "/report.pdf").with(user(as(worlds.officerOfB(world))))).andExpect(status().isForbidden());
    }

    @Test
    void theHeadGetsTheReportInTheOfficialLayoutWithTheFiguresOfTheExcel() throws Exception {
        String scorecard = mvc.perform(get(page()).with(user(as(world.head())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scorecard).contains("report.docx", "Báo cáo tự đánh giá (Word, để ký)");
        byte[] bytes = mvc.perform(get(page() + "/report.docx").with(user(as(world.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Docx docx = Docx.read(bytes);
        int year = world.selfAssessmentDue().getYear();
        assertThat(docx.title()).isEqualTo("Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm " + year);
        assertThat(docx.header().get(0).get(0)).contains(vn.parindex.common.OfficialDocx.upper("Sở Công Thương " + world.code()), "Số: .../BC-...");
        assertThat(docx.header().get(0).get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", ", ngày ... tháng ... năm ...");
        assertThat(docx.paragraphs()).contains("BÁO CÁO");
        assertThat(docx.fonts()).containsOnly("Times New Roman");
        assertThat(docx.sizes()).allSatisfy(size -> assertThat(size).isBetween(11.0, 14.0));

        List<List<String>> table = docx.tables().get(1);
        assertThat(table.get(0)).containsExactly("TT", "Lĩnh vực, tiêu chí", "Điểm tối đa áp dụng", "Điểm tự chấm",
                "Chỉ số (%)");
        assertThat(table.subList(1, table.size())).isEqualTo(excelGroupsAndTotal());
        assertThat(table.get(1)).containsExactly("1", "Công tác chỉ đạo, điều hành", "60,00", "60,00", "100,00");
        assertThat(table.get(table.size() - 1)).containsExactly("", "Tổng cộng", "100,00", "60,00", "60,00");
        assertThat(docx.text()).contains("Chưa rà soát được văn bản quy phạm pháp luật", "THỦ TRƯỞNG CƠ QUAN",
                "(Ký tên, đóng dấu)", "Thủ trưởng Sở Công Thương " + world.code());
    }

    @Test
    void officerOfAnotherAgencyCannotDownloadTheWordReport() throws Exception {
        mvc.perform(get(page() + "/report.docx").with(user(as(worlds.officerOfB(world)))))
                .andExpect(status().isForbidden());
    }

    /** The group rows and the total of the Excel report, written as the Word document writes numbers. */
    private List<List<String>> excelGroupsAndTotal() throws Exception {
        byte[] xlsx = mvc.perform(get(page() + "/report.xlsx").with(user(as(world.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                String code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                boolean total = code.isEmpty();
                if (total || !code.contains(".")) {
                    rows.add(List.of(code, row.getCell(1).getStringCellValue(), vi(row.getCell(2).getNumericCellValue()),
                            vi(row.getCell(4).getNumericCellValue()), vi(row.getCell(5).getNumericCellValue())));
                }
                if (total) {
                    break; // the evidence references follow the table
                }
            }
        }
        return rows;
    }

    private static String vi(double value) {
        return vn.parindex.common.Decimals.format(java.math.BigDecimal.valueOf(value), java.util.Locale.forLanguageTag("vi"));
    }

    private String page() {
        return "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
