package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.security.Role;

/**
 * Three published years of one organiser side by side: the years pages and their Excel show, per year, what the
 * results of that year show (index, rank, class, sub-indices, the classes counted, the points lost per criterion).
 */
@IntegrationTest
class ResultYearsTest {

    private static final int[] YEARS = {2024, 2025, 2026};

    @Autowired
    ResultsFixture fixture;
    @Autowired
    ResultsWorkflow workflow;
    @Autowired
    CampaignResults results;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    List<ResultsFixture.Seeded> years = new ArrayList<>();
    RequestPostProcessor organiser;

    @BeforeEach
    void threePublishedYears() {
        ResultsFixture.Seeded first = fixture.seed(ResultsFixtureTrees.SMALL, 3, YEARS[0]);
        years.add(first);
        years.add(fixture.anotherCampaign(first, YEARS[1]));
        years.add(fixture.anotherCampaign(first, YEARS[2]));
        for (int y = 0; y < YEARS.length; y++) {
            ResultsFixture.Seeded year = years.get(y);
            List<ResultsFixture.Score> scores = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                // agency 0 improves year by year, agency 2 falls back
                boolean good = a == 0 ? y > 0 : a == 2 ? y < 2 : y == 1;
                scores.add(new ResultsFixture.Score(a, "1.1", new BigDecimal(good ? "2" : "0"), false, null, null));
                scores.add(new ResultsFixture.Score(a, "1.2.1", new BigDecimal("2"), false, null, null));
                scores.add(new ResultsFixture.Score(a, "1.2.2", new BigDecimal(y == 2 ? "2" : "0"), false, null, null));
                scores.add(new ResultsFixture.Score(a, "2.1", null, false, null, new BigDecimal((a + y) % 4 + 1)));
            }
            fixture.scores(year, scores);
            fixture.settings(year, "A:90;B:80;C:70;D:0", BigDecimal.ZERO);
            workflow.snapshot(campaigns.findById(year.campaignId()).orElseThrow(), "test", null, "QĐ " + YEARS[y]);
        }
        organiser = as(fixture.user(first, -1, Role.ORGANISER));
    }

    @Test
    void theAgencysYearsShowEachYearsIndexRankClassAndSubIndices() throws Exception {
        Long agency = years.get(0).agencyIds().get(0);
        RequestPostProcessor officer = as(fixture.user(years.get(0), 0, Role.OFFICER));
        mvc.perform(get("/results/years").with(officer)).andExpect(redirectedUrl("/results/years/agencies/" + agency));
        String page = mvc.perform(get("/results/years/agencies/" + agency).with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> indices = YearsPage.values(page, "Chỉ số (%)");
        List<String> group1 = YearsPage.values(page, "1. Tiêu chí 1");
        byte[] xlsx = mvc.perform(get("/results/years/agencies/" + agency + "/export.xlsx").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int y = 0; y < YEARS.length; y++) {
                AgencyResult result = results.compute(years.get(y).campaignId(), years.get(y).organiserId())
                        .agency(agency).orElseThrow();
                assertThat(indices.get(y)).as("index " + YEARS[y]).isEqualTo(result.indexValue().toPlainString());
                assertThat(group1.get(y)).isEqualTo(result.index().node("1").subIndex().toPlainString());
                assertThat(page).contains(">" + result.rank() + "/3<");
                Row row = sheet.getRow(y + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(YEARS[y]);
                assertThat(BigDecimal.valueOf(row.getCell(1).getNumericCellValue()))
                        .isEqualByComparingTo(result.indexValue());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(result.rank().doubleValue());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(result.classLabel());
                assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
                        .isEqualByComparingTo(result.index().node("1").subIndex());
            }
        }
        assertThat(new BigDecimal(indices.get(2))).isGreaterThan(new BigDecimal(indices.get(0)));
    }

    @Test
    void theProvincesYearsCountTheClassesAndThePointsLostPerCriterion() throws Exception {
        String page = mvc.perform(get("/results/years").with(organiser)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        byte[] xlsx = mvc.perform(get("/results/years/export.xlsx").with(organiser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet classes = workbook.getSheet("Xếp loại theo năm");
            Sheet lost = workbook.getSheet("Tiêu chí bị mất điểm nhiều nhất");
            for (int y = 0; y < YEARS.length; y++) {
                List<AgencyResult> agencies = results.compute(years.get(y).campaignId(), years.get(y).organiserId())
                        .agencies();
                for (String label : List.of("A", "B", "C", "D")) {
                    long expected = agencies.stream().filter(a -> label.equals(a.classLabel())).count();
                    List<String> counted = YearsPage.values(page, label);
                    if (expected > 0 || !counted.isEmpty()) {
                        assertThat(counted.get(y)).as(label + " in " + YEARS[y]).isEqualTo(String.valueOf(expected));
                        assertThat(excelRow(classes, label).getCell(y + 1).getNumericCellValue()).isEqualTo(expected);
                    }
                }
                for (String code : List.of("1.1", "1.2", "2.1")) {
                    BigDecimal expected = agencies.stream().map(a -> a.index().node(code))
                            .map(n -> n.applicableMax().subtract(n.points())).reduce(BigDecimal.ZERO, BigDecimal::add);
                    Row row = excelRow(lost, code);
                    assertThat(row).as("criterion " + code + " listed").isNotNull();
                    assertThat(BigDecimal.valueOf(row.getCell(y + 3).getNumericCellValue()))
                            .as(code + " lost in " + YEARS[y]).isEqualByComparingTo(expected);
                }
            }
            assertThat(excelRow(classes, "Số cơ quan được đánh giá").getCell(1).getNumericCellValue()).isEqualTo(3);
            // most lost first
            assertThat(lost.getRow(1).getCell(6).getNumericCellValue())
                    .isGreaterThanOrEqualTo(lost.getRow(2).getCell(6).getNumericCellValue());
        }
        assertThat(page).contains("Sở số 0 " + years.get(0).code(), "2024", "2025", "2026");
    }

    @Test
    void anOfficerSeesOnlyItsOwnAgencyAndNotTheProvince() throws Exception {
        RequestPostProcessor officer = as(fixture.user(years.get(0), 0, Role.OFFICER));
        mvc.perform(get("/results/years/agencies/" + years.get(0).agencyIds().get(1)).with(officer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/years/export.xlsx").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/results/years/agencies/" + years.get(0).agencyIds().get(1)).with(organiser))
                .andExpect(status().isOk());
    }

    private static Row excelRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())
                    || row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
