package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.Role;

/** The public pages, without login, show only published snapshots. */
@IntegrationTest
@Tag("postgres")
class PublicResultsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    ResultsWorkflow workflow;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublishedRevisionRepository revisions;
    @Autowired
    UserDetailsService userDetails;

    ResultsFixture.Seeded seeded;
    String page;

    @BeforeEach
    void publish() {
        seeded = CampaignResultsTest.seedExample(fixture);
        ResultsFixture.Seeded earlier = fixture.anotherCampaign(seeded, 2025);
        fixture.scores(earlier, List.of(new ResultsFixture.Score(0, "1.1", new BigDecimal("2"), false, null, null)));
        workflow.snapshot(campaigns.findById(earlier.campaignId()).orElseThrow(), "test", null, "QĐ 1/2025");
        workflow.snapshot(campaigns.findById(seeded.campaignId()).orElseThrow(), "test", null, "QĐ 5/2026");
        page = "/public/results/" + seeded.campaignId();
    }

    @Test
    void theRankingPerTypeWithClassesSubIndicesAndAChartNeedsNoLogin() throws Exception {
        mvc.perform(get("/public/results")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đợt kết quả " + seeded.code())));
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở số 0 " + seeded.code()), containsString("87,50"), containsString("Chỉ số CCHC năm 2026"),
                        containsString("1. Tiêu chí 1 (%)"), containsString("data-chart-url"),
                        containsString("/js/results-chart.js"), not(containsString("<script>")))));
        mvc.perform(get(page + "/chart.json").param("type", "DEPARTMENT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.labels.length()").value(5))
                .andExpect(jsonPath("$.values[0]").value(87.5))
                .andExpect(jsonPath("$.values[4]").value(0.0));
        // the chart's scripts are served to anonymous visitors
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/js/results-chart.js")).andExpect(status().isOk());
    }

    @Test
    void anAgencyPageShowsItsBreakdownAndTheChangeFromTheEarlierYear() throws Exception {
        mvc.perform(get(page + "/agencies/" + seeded.agencyIds().get(0))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("87,50"), containsString("1 / 5"),
                        containsString("Năm 2025"), containsString("20,00 (thay đổi +67,50 điểm %)"),
                        containsString("3,50 / 4,00"))));
    }

    @Test
    void anAgencyPageShowsBonusAndPenaltyAsLinesThatAddUpToItsTotal() throws Exception {
        // groups 3,50 + 3,00 + bonus 0,50 = 7,00 of 8,00
        mvc.perform(get(page + "/agencies/" + seeded.agencyIds().get(0))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3,50 / 4,00"), containsString("3,00 / 4,00"),
                        containsString("Điểm thưởng"), containsString("+0,50"), containsString("7,00 / 8,00"),
                        not(containsString("Điểm trừ")))));
        // groups 6,00 + 3,00 − penalty 0,25 = 8,75 of 10,00
        mvc.perform(get(page + "/agencies/" + seeded.agencyIds().get(1))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Điểm trừ"), containsString("−0,25"),
                        containsString("8,75 / 10,00"))));
        // 10,00 − 2,00 for a late submission = 8,00
        mvc.perform(get(page + "/agencies/" + seeded.agencyIds().get(4))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trừ điểm nộp muộn"), containsString("−2,00"),
                        containsString("8,00 / 10,00"))));
    }

    /** Agency 2: 1.1 appraised down to 1, 1.2.2 N/A for agency 0, bonus 1.5 capped at 1: 5 + 1 + 1 = 7 of 10. */
    @Test
    void theOrganisersPageThePublicPageTheExcelAndThePdfShowTheSameFigures() throws Exception {
        Long agency2 = seeded.agencyIds().get(2);
        String organiser = fixture.user(seeded, -1, Role.ORGANISER);
        mvc.perform(get("/results/campaigns/" + seeded.campaignId())
                        .with(user(userDetails.loadUserByUsername(organiser))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Điểm tối đa áp dụng"),
                        containsString("breakdown-" + agency2), containsString("5,00 / 6,00"),
                        containsString("1,00 / 4,00"), containsString("+1,00"), containsString("3,50 / 4,00"),
                        containsString("+0,50"), containsString("−0,25"), containsString("−2,00"))));
        byte[] draftXlsx = mvc.perform(get("/results/campaigns/" + seeded.campaignId() + "/draft.xlsx")
                        .with(user(userDetails.loadUserByUsername(organiser))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(draftXlsx))) {
            Row row = sheetRow(workbook.getSheetAt(0), "Sở số 2 " + seeded.code());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(10);
        }
        byte[] draftPdf = mvc.perform(get("/results/campaigns/" + seeded.campaignId() + "/draft.pdf")
                        .with(user(userDetails.loadUserByUsername(organiser))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader draftReader = new com.lowagie.text.pdf.PdfReader(draftPdf);
        try {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(draftReader).getTextFromPage(1);
            assertThat(text).contains("Dự thảo, chưa công bố");
            assertThat(text.replaceAll("\\s+", "")).contains("Sởsố2" + seeded.code() + "7,0010,0070,00C");
        } finally {
            draftReader.close();
        }
        mvc.perform(get(page + "/agencies/" + agency2)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("5,00 / 6,00"), containsString("1,00 / 4,00"),
                        containsString("+1,00"), containsString("7,00 / 10,00"), containsString("70,00"))));
        byte[] xlsx = mvc.perform(get(page + "/export.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = sheetRow(workbook.getSheetAt(0), "Sở số 2 " + seeded.code());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(10);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(70);
        }
        byte[] pdf = mvc.perform(get(page + "/report.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text.replaceAll("\\s+", "")).contains("Sởsố2" + seeded.code() + "7,0010,0070,00C");
        } finally {
            reader.close();
        }
    }

    private static Row sheetRow(Sheet sheet, String agencyName) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(agencyName)) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row for " + agencyName);
    }

    @Test
    void excelExportHasOneRowPerAgencyWithNumbersAsNumbersAndThePublicationDate() throws Exception {
        byte[] bytes = mvc.perform(get(page + "/export.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Chỉ số CCHC 2026");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Hạng");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Tổng điểm");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Điểm tối đa áp dụng");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Chỉ số (%)");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("1. Tiêu chí 1 (%)");
            Row best = sheet.getRow(1);
            assertNumber(best.getCell(1), 1, "0");          // rank
            assertNumber(best.getCell(4), 7, "0.00");       // points
            assertNumber(best.getCell(5), 8, "0.00");       // of the applicable maximum
            assertNumber(best.getCell(6), 87.5, "0.00");    // index
            assertNumber(best.getCell(8), 87.5, "0.00");    // group 1
            assertThat(new DataFormatter().formatCellValue(best.getCell(6))).isEqualTo("87.50");

            Sheet about = workbook.getSheetAt(1);
            assertThat(about.getSheetName()).isEqualTo("Thông tin công bố");
            assertThat(about.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Lần công bố");
            assertNumber(about.getRow(3).getCell(1), 1, "0");
            Cell published = about.getRow(4).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(published.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            LocalDate publishedOn = revisions.findFirstByCampaignIdOrderByRevisionDesc(seeded.campaignId()).orElseThrow()
                    .getPublishedAt().atZone(VietnamTime.ZONE).toLocalDate();
            assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(publishedOn);
            assertThat(about.getRow(5).getCell(1).getStringCellValue()).isEqualTo("QĐ 5/2026");
            assertThat(about.getRow(6).getCell(1).getStringCellValue()).isEqualTo("—"); // no correction
        }
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    @Test
    void aCorrectionIsANewRevisionAndTheEarlierStaysVisible() throws Exception {
        jdbc.update("update criterion_score set self_points = 1 where campaign_id = ? and agency_id = ? and criterion_id = ?",
                seeded.campaignId(), seeded.agencyIds().get(0), seeded.criterion("1.1"));
        workflow.snapshot(campaigns.findById(seeded.campaignId()).orElseThrow(), "test", "Sửa điểm tiêu chí 1.1", null);
        // 1 + 1.5 + 3 + 0.5 = 6 of 8 = 75.00
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("75,00"), containsString("Bản đính chính: Sửa điểm tiêu chí 1.1"),
                        containsString("revision=1"))));
        mvc.perform(get(page).param("revision", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("87,50")));
    }

    @Test
    void anUnpublishedCampaignIsNotFound() throws Exception {
        ResultsFixture.Seeded unpublished = fixture.seed(ResultsFixtureTrees.SMALL, 1, 2026);
        mvc.perform(get("/public/results/" + unpublished.campaignId())).andExpect(status().isNotFound());
        mvc.perform(get("/public/results/" + unpublished.campaignId() + "/export.xlsx")).andExpect(status().isNotFound());
    }

    @Test
    void thePdfReportIsInVietnameseWithAnEmbeddedFont() throws Exception {
        byte[] bytes = mvc.perform(get(page + "/report.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(bytes);
        try {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Chỉ số CCHC năm 2026", "Sở số 0 " + seeded.code(), "Xếp loại", "1. Tiêu chí 1 (%)",
                    "Tổng điểm");
            // cells run together in the extracted text: the best agency has 7,00 points of 8,00, index 87,50
            String compact = text.replaceAll("\\s+", "");
            assertThat(compact).contains("Điểmtốiđaápdụng", "Sởsố0" + seeded.code() + "7,008,0087,50B");
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("LiberationSans");
        } finally {
            reader.close();
        }
    }
}
