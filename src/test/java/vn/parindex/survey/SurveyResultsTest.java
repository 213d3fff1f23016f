package vn.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.TestSheets;
import vn.parindex.agency.XlsxWriters;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.results.CampaignResults;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.Role;

/** Survey results in, survey points out: into the survey-measured leaf 2.1 (max 4) of the small framework. */
@IntegrationTest
@Tag("postgres")
class SurveyResultsTest {

    static final List<String> HEADER = List.of("Mã cơ quan", "Nhóm đối tượng", "A", "B", "C", "D", "Tỷ lệ hài lòng (%)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ResultsFixture fixture;
    @Autowired
    SurveyResultRepository results;
    @Autowired
    CriterionScoreRepository scores;
    @Autowired
    CampaignResults campaignResults;
    @Autowired
    vn.parindex.results.PublishedRevisionRepository revisions;

    ResultsFixture.Seeded seeded;
    String organiser;
    String url;

    @BeforeEach
    void seed() {
        seeded = fixture.seed(vn.parindex.results.ResultsFixtureTrees.SMALL, 2, 2026);
        organiser = fixture.user(seeded, -1, Role.ORGANISER);
        url = "/survey/campaigns/" + seeded.campaignId() + "/results";
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private BigDecimal surveyPoints(int agency) {
        return scores.findByCampaignIdAndAgencyIdAndCriterionId(seeded.campaignId(), seeded.agencyIds().get(agency),
                seeded.criterion("2.1")).map(CriterionScore::getSurveyPoints).orElse(null);
    }

    @Test
    void countsAndPercentagesBecomeSurveyPointsOfTheSurveyLeaves() throws Exception {
        String a = seeded.agencyCodes().get(0);
        String b = seeded.agencyCodes().get(1);
        List<List<?>> rows = List.of(HEADER,
                List.of(a, "DELEGATES", 6, 2, 1, 1),
                List.of(a, "CITIZENS", "", "", "", "", "90"),
                List.of(b, "", "", "", "", "", "50,0"));
        mvc.perform(multipart(url).file(TestSheets.upload(rows)).with(as(organiser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a: (74 + 90) / 2 = 82 % × 4 = 3.28; b: 50 % × 4 = 2.00
        assertThat(surveyPoints(0)).isEqualByComparingTo("3.28");
        assertThat(surveyPoints(1)).isEqualByComparingTo("2.00");
        assertThat(campaignResults.compute(seeded.campaignId(), seeded.organiserId()).agency(seeded.agencyIds().get(0))
                .orElseThrow().index().node("2").subIndex()).isEqualTo(new BigDecimal("82.00"));
        mvc.perform(get(url).with(as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("82,00")));

        // a new import for b replaces b's results only
        mvc.perform(multipart(url).file(TestSheets.upload(List.of(HEADER, List.of(b, "", 1, 0, 0, 0))))
                .with(as(organiser)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(surveyPoints(1)).isEqualByComparingTo("4.00");
        assertThat(surveyPoints(0)).isEqualByComparingTo("3.28");
    }

    @Test
    void resultsInOpenpyxlOrderAreReadAndAnOldXlsIsRefused() throws Exception {
        String b = seeded.agencyCodes().get(1);
        byte[] file = XlsxWriters.openpyxlOrder(TestSheets.xlsx(List.of(HEADER, List.of(b, "", "", "", "", "", 75))));
        mvc.perform(multipart(url).file(XlsxWriters.upload("ket-qua.xlsx", file)).with(as(organiser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(surveyPoints(1)).isEqualByComparingTo("3.00");
        mvc.perform(multipart(url).file(XlsxWriters.upload("ket-qua.xlsx", XlsxWriters.resource("agencies-libreoffice.xls")))
                        .with(as(organiser)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp là tệp Excel cũ (.xls)")));
        assertThat(surveyPoints(1)).isEqualByComparingTo("3.00");
    }

    @Test
    void groupWeightsOfTheCampaignApply() throws Exception {
        fixture.groupWeights(seeded, "DELEGATES:40;CITIZENS:60");
        String a = seeded.agencyCodes().get(0);
        mvc.perform(multipart(url).file(TestSheets.upload(List.of(HEADER, List.of(a, "DELEGATES", 6, 2, 1, 1),
                List.of(a, "CITIZENS", "", "", "", "", "90")))).with(as(organiser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(surveyPoints(0)).isEqualByComparingTo("3.34"); // 83.6 % × 4
    }

    @Test
    void badRowsAreNamedAndNothingIsWritten() throws Exception {
        fixture.groupWeights(seeded, "DELEGATES:40;CITIZENS:60");
        String a = seeded.agencyCodes().get(0);
        String b = seeded.agencyCodes().get(1);
        List<List<?>> rows = List.of(HEADER,
                List.of(a, "DELEGATES", 6, 2, 1, 1),
                List.of("KHONG-CO", "DELEGATES", 1, 0, 0, 0),
                List.of(b, "DELEGATES", 1, 0, 0, 0, "80"),
                List.of(b, "CITIZENS", "", "", "", "", "120"),
                List.of(a, "BUSINESSES", 1, 0, 0, 0),
                List.of(a, "DELEGATES", 1, 0, 0, 0),
                List.of(a, "CITIZENS", "-1", 0, 0, 0));
        mvc.perform(multipart(url).file(TestSheets.upload(rows)).with(as(organiser)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Dòng 3, cột A (Mã cơ quan): không có cơ quan mã &quot;KHONG-CO&quot;"),
                        containsString("Dòng 4, cột G (Tỷ lệ hài lòng (%)): chỉ nhập số phiếu A–D hoặc tỷ lệ"),
                        containsString("Dòng 5, cột G (Tỷ lệ hài lòng (%)): &quot;120&quot; không phải tỷ lệ"),
                        containsString("Dòng 6, cột B (Nhóm đối tượng): nhóm &quot;BUSINESSES&quot; không có"),
                        containsString("Dòng 7, cột B (Nhóm đối tượng): cơ quan " + a + ", nhóm DELEGATES đã có ở dòng 2"),
                        containsString("Dòng 8, cột C (A): &quot;-1&quot; không phải số phiếu"))));
        assertThat(results.findByCampaignId(seeded.campaignId())).isEmpty();
        assertThat(surveyPoints(0)).isNull();
    }

    @Test
    void noImportOnceTheResultsArePublished() throws Exception {
        revisions.save(new vn.parindex.results.PublishedRevision(seeded.campaignId(), 1, null, null, organiser,
                java.time.Instant.now(), List.of()));
        mvc.perform(multipart(url).file(TestSheets.upload(List.of(HEADER,
                        List.of(seeded.agencyCodes().get(0), "", 1, 0, 0, 0)))).with(as(organiser)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Kết quả của đợt đánh giá đã công bố: không thể nhập lại kết quả điều tra")));
        assertThat(results.findByCampaignId(seeded.campaignId())).isEmpty();
        assertThat(surveyPoints(0)).isNull();
    }

    @Test
    void onlyTheOrganiserImportsResults() throws Exception {
        String officer = fixture.user(seeded, 0, Role.OFFICER);
        mvc.perform(get(url).with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(multipart(url).file(TestSheets.upload(List.of(HEADER, List.of(seeded.agencyCodes().get(0), "", 1, 0, 0, 0))))
                .with(as(officer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("organiser"))).andExpect(status().isNotFound()); // another province
        assertThat(results.findByCampaignId(seeded.campaignId())).isEmpty();
    }
}
