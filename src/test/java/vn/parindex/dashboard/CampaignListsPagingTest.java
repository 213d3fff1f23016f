package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.common.AppClock;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.Role;

/**
 * The three paged lists of a running campaign (the dashboard's grid, the run page's agencies, the reviewers' list),
 * each read page by page as a user would: the pages together hold every agency once in one stable order (ties in
 * the sorted column included), the filters combine, the counts say how many agencies match while the dashboard's
 * figures stay those of every agency, the Excel export holds them all, and bad parameters are a clear 400 or the
 * nearest valid page.
 */
@IntegrationTest
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignListsPagingTest {

    static final int AGENCIES = 45;
    static final Pattern AGENCY = Pattern.compile("<tr data-agency=\"([^\"]+)\"");
    static final Pattern TASK = Pattern.compile("<tr data-task=\"([^\"]+)\"");

    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignWorkFixture work;
    @Autowired
    AppClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    ResultsFixture.Seeded seeded;
    String organiser;
    String reviewer;

    @BeforeAll
    void seed() {
        seeded = fixture.seed(List.of(ResultsFixture.Node.of("1", "100"), ResultsFixture.Node.of("1.1", "100")),
                AGENCIES, clock.today().getYear());
        fixture.running(seeded);
        work.seed(seeded);
        organiser = fixture.user(seeded, -1, Role.ORGANISER);
        reviewer = fixture.user(seeded, -1, Role.REVIEWER);
    }

    String dashboard() {
        return "/dashboard/campaigns/" + seeded.campaignId();
    }

    String run() {
        return "/campaigns/" + seeded.campaignId() + "/run";
    }

    @Test
    void dashboardPagesHoldEveryAgencyOnceInAStableOrder() throws Exception {
        for (String sort : List.of("name", "code", "status")) {
            for (String dir : List.of("asc", "desc")) {
                List<String> whole = codes(page(organiser, dashboard() + "?size=200&sort=" + sort + "&dir=" + dir));
                assertThat(whole).hasSize(AGENCIES).doesNotHaveDuplicates();
                assertThat(paged(organiser, dashboard() + "?size=7&sort=" + sort + "&dir=" + dir)).isEqualTo(whole);
            }
        }
        List<String> byName = codes(page(organiser, dashboard() + "?size=200&sort=name"));
        List<String> ties = byName.stream().filter(c -> CampaignWorkFixture.sharedName(index(c))).toList();
        assertThat(ties).hasSize(5).isSortedAccordingTo((a, b) -> Integer.compare(id(a), id(b)));
    }

    @Test
    void dashboardFiltersCombineAndTheFiguresStayThoseOfEveryAgency() throws Exception {
        String html = page(organiser, dashboard() + "?type=" + CampaignWorkFixture.OTHER_TYPE
                + "&milestone=SELF_ASSESSMENT&overdue=true&size=200");
        assertThat(codes(html)).containsExactlyInAnyOrderElementsOf(expected(a -> CampaignWorkFixture.otherType(a)
                && !CampaignWorkFixture.submitted(a)));
        int matching = expected(a -> CampaignWorkFixture.otherType(a) && !CampaignWorkFixture.submitted(a)).size();
        assertThat(html).contains("1–" + matching + " / " + matching + " cơ quan");
        long notSubmitted = IntStream.range(0, AGENCIES).filter(a -> !CampaignWorkFixture.submitted(a)).count();
        assertThat(html).contains("data-milestone=\"SELF_ASSESSMENT\"")
                .containsPattern("data-done=\"" + (AGENCIES - notSubmitted) + "\"[^>]*data-total=\"" + AGENCIES
                        + "\"[^>]*data-milestone=\"SELF_ASSESSMENT\"");

        assertThat(codes(page(organiser, dashboard() + "?overdue=true&status=IN_APPRAISAL&size=200")))
                .containsExactlyInAnyOrderElementsOf(expected(CampaignWorkFixture::appraisalOverdue));
        assertThat(codes(page(organiser, dashboard() + "?q=" + "so TRUNG ten&size=200")))
                .containsExactlyInAnyOrderElementsOf(expected(CampaignWorkFixture::sharedName));
        assertThat(codes(page(organiser, dashboard() + "?milestone=SELF_ASSESSMENT&q=" + seeded.code() + "&size=200")))
                .containsExactlyInAnyOrderElementsOf(expected(a -> !CampaignWorkFixture.submitted(a)));
    }

    @Test
    void dashboardExportHoldsEveryAgencyWhateverThePage() throws Exception {
        byte[] bytes = mvc.perform(get(dashboard() + "/progress.xlsx?size=5&overdue=true").with(as(organiser)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= workbook.getSheetAt(0).getLastRowNum(); r++) {
                codes.add(workbook.getSheetAt(0).getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrderElementsOf(seeded.agencyCodes());
        }
    }

    @Test
    void runPageIsPagedStablyAndItsFiltersCombine() throws Exception {
        for (String sort : List.of("name", "code", "status")) {
            List<String> whole = codes(page(organiser, run() + "?size=200&sort=" + sort));
            assertThat(whole).hasSize(AGENCIES).doesNotHaveDuplicates();
            assertThat(paged(organiser, run() + "?size=6&sort=" + sort)).isEqualTo(whole);
        }
        String html = page(organiser, run() + "?status=OPEN&type=" + CampaignWorkFixture.OTHER_TYPE + "&size=200");
        List<String> open = expected(a -> !CampaignWorkFixture.submitted(a) && CampaignWorkFixture.otherType(a));
        assertThat(codes(html)).containsExactlyInAnyOrderElementsOf(open);
        assertThat(html).contains("1–" + open.size() + " / " + open.size() + " cơ quan")
                .contains(AGENCIES + "/" + AGENCIES + " cơ quan, đơn vị");
        assertThat(codes(page(organiser, run() + "?overdue=true&milestone=APPRAISAL&size=200")))
                .containsExactlyInAnyOrderElementsOf(expected(CampaignWorkFixture::appraisalOverdue));
        assertThat(codes(page(organiser, run() + "?overdue=true&size=200")))
                .containsExactlyInAnyOrderElementsOf(expected(a -> !CampaignWorkFixture.submitted(a)
                        || CampaignWorkFixture.appraisalOverdue(a)));
    }

    @Test
    void reviewersListIsPagedStablyAndItsFiltersCombine() throws Exception {
        List<String> submitted = expected(CampaignWorkFixture::submitted);
        for (String sort : List.of("name", "due", "campaign")) {
            for (String dir : List.of("asc", "desc")) {
                List<String> whole = tasks(page(reviewer, "/appraisals?size=200&sort=" + sort + "&dir=" + dir));
                assertThat(whole.stream().map(this::agencyOfTask).toList())
                        .containsExactlyInAnyOrderElementsOf(submitted);
                assertThat(pagedTasks(reviewer, "/appraisals?size=4&sort=" + sort + "&dir=" + dir)).isEqualTo(whole);
            }
        }
        String html = page(reviewer, "/appraisals?overdue=true&type=" + CampaignWorkFixture.OTHER_TYPE);
        List<String> overdue = expected(a -> CampaignWorkFixture.appraisalOverdue(a)
                && CampaignWorkFixture.otherType(a));
        assertThat(tasks(html).stream().map(this::agencyOfTask).toList()).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(html).contains("1–" + overdue.size() + " / " + overdue.size() + " cơ quan");
        assertThat(tasks(page(reviewer, "/appraisals?q=trung TEN&campaign=" + seeded.campaignId())).stream()
                .map(this::agencyOfTask).toList()).containsExactlyInAnyOrderElementsOf(
                expected(a -> CampaignWorkFixture.sharedName(a) && CampaignWorkFixture.submitted(a)));
        assertThat(page(reviewer, "/appraisals")).contains("1–" + Math.min(50, submitted.size()) + " / "
                + submitted.size() + " cơ quan");
    }

    @Test
    void badParametersAnswerAClear400OrTheNearestValidPage() throws Exception {
        for (String url : List.of(dashboard() + "?sort=budget", run() + "?status=DONE", "/appraisals?type=PLANET",
                dashboard() + "?milestone=LUNCH", run() + "?overdue=maybe", "/appraisals?campaign=abc",
                dashboard() + "?dir=up", run() + "?page=two")) {
            MockHttpServletResponse response = mvc.perform(get(url).with(as(url.startsWith("/appraisals")
                    ? reviewer : organiser))).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(400);
            String parameter = url.substring(url.indexOf('?') + 1, url.indexOf('='));
            assertThat(response.getContentAsString()).as(url).contains("“" + parameter + "”");
        }
        String last = page(organiser, dashboard() + "?size=10&page=99&sort=code");
        assertThat(codes(last)).isEqualTo(codes(page(organiser, dashboard() + "?size=10&page=4&sort=code")))
                .hasSize(AGENCIES - 40);
        assertThat(codes(page(organiser, run() + "?size=1000"))).hasSize(AGENCIES);
        assertThat(codes(page(organiser, run() + "?size=10&page=-3"))).hasSize(10);
        assertThat(tasks(page(reviewer, "/appraisals?size=10&page=99"))).hasSize(
                (expected(CampaignWorkFixture::submitted).size() - 1) % 10 + 1);
    }

    private List<String> paged(String username, String url) throws Exception {
        return paged(username, url, AGENCY);
    }

    private List<String> pagedTasks(String username, String url) throws Exception {
        return paged(username, url, TASK);
    }

    /** Page after page until the pages repeat (past the end comes the last page again) or are empty. */
    private List<String> paged(String username, String url, Pattern line) throws Exception {
        List<String> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<String> page = found(page(username, url + "&page=" + p), line);
            if (page.isEmpty() || new HashSet<>(all).containsAll(page)) {
                return all;
            }
            all.addAll(page);
        }
    }

    private String page(String username, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> codes(String html) {
        return found(html, AGENCY);
    }

    private static List<String> tasks(String html) {
        return found(html, TASK);
    }

    private static List<String> found(String html, Pattern line) {
        List<String> found = new ArrayList<>();
        Matcher m = line.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The agency's code of a seeded appraisal task ("pc-CODE-index-ap"). */
    private String agencyOfTask(String taskId) {
        String[] parts = taskId.split("-");
        return seeded.agencyCodes().get(Integer.parseInt(parts[parts.length - 2]));
    }

    private List<String> expected(IntPredicate rule) {
        return IntStream.range(0, AGENCIES).filter(rule).mapToObj(seeded.agencyCodes()::get).toList();
    }

    private int index(String code) {
        return seeded.agencyCodes().indexOf(code);
    }

    private int id(String code) {
        return seeded.agencyIds().get(index(code)).intValue();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
