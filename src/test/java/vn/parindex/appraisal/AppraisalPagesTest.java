package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.common.Docx;
import vn.parindex.common.OfficialDocx;
import vn.parindex.common.VietnamTime;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.timeline.DeadlineChanges;

/** The reviewer's worklist and appraisal page: accept, adjust with a reason, only its own criteria. */
@IntegrationTest
@Tag("postgres")
class AppraisalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AppraisalFixture appraisal;
    @Autowired
    Appraisals appraisals;
    @Autowired
    ScoreAuditRepository audits;
    @Autowired
    WorkItemRepository items;
    @Autowired
    vn.parindex.agency.AgencyRepository agencies;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    DeadlineChanges changes;

    ProcessFixture.World world;
    AppraisalFixture.Stage stage;
    String reviewerTask;
    String organiserTask;

    @BeforeEach
    void toAppraisal() {
        stage = appraisal.toAppraisal();
        world = stage.world();
        reviewerTask = appraisal.openTask(world, AppraisalRounds.APPRAISE_TASK, world.reviewerId()).getTaskId();
        organiserTask = appraisal.openTask(world, AppraisalRounds.APPRAISE_TASK, world.standingId()).getTaskId();
    }

    @AfterEach
    void resetClock() {
        appraisal.resetClock();
    }

    @Test
    void worklistShowsEachReviewerItsOwnShare() throws Exception {
        assertThat(appraisals.leavesOf(world.campaignId(), world.agencyAId(), world.reviewerId()))
                .extracting(c -> c.getCode()).containsExactly("2.1");
        assertThat(appraisals.leavesOf(world.campaignId(), world.agencyAId(), world.standingId()))
                .extracting(c -> c.getCode()).containsExactly("1.1");
        mvc.perform(get("/appraisals").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/appraisals/" + reviewerTask)))
                .andExpect(content().string(containsString("Sở Công Thương " + world.code())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/appraisals/" + organiserTask))));
        mvc.perform(get("/appraisals").with(as(world.organiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/appraisals/" + organiserTask)));
        mvc.perform(get("/appraisals/" + reviewerTask).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rà soát văn bản")))
                .andExpect(content().string(containsString("Ghi chú 100")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kế hoạch CCHC năm"))));
    }

    @Test
    void acceptCopiesTheSelfScoreAndAdjustReplacesItWithAReasonBothAudited() throws Exception {
        CriterionScore before = appraisal.score(world, stage.leaf21());
        mvc.perform(accept(reviewerTask, stage.leaf21(), before.getVersion()).with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        CriterionScore accepted = appraisal.score(world, stage.leaf21());
        assertThat(accepted.isAppraised()).isTrue();
        assertThat(accepted.getAppraisedAnswer()).isEqualTo("100");
        assertThat(accepted.finalPoints()).isEqualByComparingTo("40");

        mvc.perform(adjust(reviewerTask, stage.leaf21(), accepted.getVersion(), "80", "Thiếu quyết định ban hành")
                        .with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        CriterionScore adjusted = appraisal.score(world, stage.leaf21());
        assertThat(adjusted.getAppraisedAnswer()).isEqualTo("80");
        assertThat(adjusted.finalPoints()).isEqualByComparingTo("32");
        assertThat(adjusted.getSelfPoints()).isEqualByComparingTo("40");
        assertThat(adjusted.getAppraisalReason()).isEqualTo("Thiếu quyết định ban hành");
        assertThat(adjusted.getAppraisedBy()).isEqualTo(world.reviewer());

        List<ScoreAudit> trail = audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(
                world.campaignId(), world.agencyAId(), stage.leaf21());
        assertThat(trail).hasSize(2).allSatisfy(a -> {
            assertThat(a.getField()).isEqualTo(Appraisals.AUDIT_FIELD);
            assertThat(a.getChangedBy()).isEqualTo(world.reviewer());
        });
        assertThat(trail).anySatisfy(a -> {
            assertThat(a.getOldValue()).isEqualTo("100: 40.00");
            assertThat(a.getNewValue()).isEqualTo("80: 32.00");
            assertThat(a.getReason()).isEqualTo("Thiếu quyết định ban hành");
        });
    }

    @Test
    void adjustOutOfRangeOrWithoutReasonShowsAMessageAndSavesNothing() throws Exception {
        long version = appraisal.score(world, stage.leaf21()).getVersion();
        mvc.perform(adjust(reviewerTask, stage.leaf21(), version, "150", "Quá 100%").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tỷ lệ 150% nằm ngoài khoảng 0 – 100%")))
                .andExpect(content().string(containsString("Quá 100%")));
        mvc.perform(adjust(reviewerTask, stage.leaf21(), version, "50", " ").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí 2.1: phải nêu lý do điều chỉnh.")));
        CriterionScore unchanged = appraisal.score(world, stage.leaf21());
        assertThat(unchanged.isAppraised()).isFalse();
        assertThat(unchanged.finalPoints()).isEqualByComparingTo("40");
        assertThat(audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(world.campaignId(),
                world.agencyAId(), stage.leaf21())).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedWithAClearMessageAndTheInputKept() throws Exception {
        long version = appraisal.score(world, stage.leaf21()).getVersion();
        appraisals.accept(world.campaignId(), world.agencyAId(), stage.leaf21(), world.reviewerId(), version, null,
                "colleague");
        mvc.perform(adjust(reviewerTask, stage.leaf21(), version, "70", "Lý do của tôi").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")))
                .andExpect(content().string(containsString("Lý do của tôi")));
        assertThat(appraisal.score(world, stage.leaf21()).getAppraisedAnswer()).isEqualTo("100");
    }

    @Test
    void aReviewerCannotAppraiseCriteriaOfAnotherDepartment() throws Exception {
        long version = appraisal.score(world, stage.leaf11()).getVersion();
        // group 1 through the reviewer's own task, and the standing body's task itself
        mvc.perform(accept(reviewerTask, stage.leaf11(), version).with(as(world.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appraisals/" + organiserTask).with(as(world.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(accept(organiserTask, stage.leaf11(), version).with(as(world.reviewer())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> appraisals.adjust(world.campaignId(), world.agencyAId(), stage.leaf11(),
                world.reviewerId(), null, "không", false, "x", world.reviewer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(appraisal.score(world, stage.leaf11()).isAppraised()).isFalse();
        // the standing body appraises group 1 (nobody was assigned it)
        mvc.perform(accept(organiserTask, stage.leaf11(), version).with(as(world.organiser())))
                .andExpect(status().is3xxRedirection());
        assertThat(appraisal.score(world, stage.leaf11()).isAppraised()).isTrue();
    }

    @Test
    void finishingIsRefusedWhileALeafIsNeitherAppraisedNorWaitingThenCompletesTheTask() throws Exception {
        mvc.perform(post("/appraisals/" + reviewerTask + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("các tiêu chí 2.1 chưa được chấp nhận hoặc điều chỉnh")));
        assertThat(items.findById(reviewerTask).orElseThrow().isOpen()).isTrue();
        mvc.perform(accept(reviewerTask, stage.leaf21(), appraisal.score(world, stage.leaf21()).getVersion())
                .with(as(world.reviewer())));
        mvc.perform(post("/appraisals/" + reviewerTask + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        WorkItem done = items.findById(reviewerTask).orElseThrow();
        assertThat(done.isOpen()).isFalse();
        assertThat(done.getOutcome()).isEqualTo("accepted");
        assertThat(done.getCompletedBy()).isEqualTo(world.reviewer());
    }

    @Test
    void theAppraisalCountsDownAndPastItsDeadlineASaveIsRefusedWithTheReasonUntilTheDateIsMoved() throws Exception {
        WorkItem task = items.findById(reviewerTask).orElseThrow();
        LocalDate due = task.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
        String dueText = VietnamTime.format(due) + " 23:59";
        String page = "/appraisals/" + reviewerTask;
        mvc.perform(get(page).with(as(world.reviewer())))
                .andExpect(content().string(containsString("ngày đến hạn (" + dueText + ")")));
        mvc.perform(accept(reviewerTask, stage.leaf21(), appraisal.score(world, stage.leaf21()).getVersion())
                .with(as(world.reviewer()))).andExpect(status().is3xxRedirection());
        assertThat(appraisal.score(world, stage.leaf21()).isAppraised()).isTrue();

        fixture.travelTo(due, 20, 30);
        mvc.perform(get(page).with(as(world.reviewer())))
                .andExpect(content().string(containsString("Hôm nay là ngày cuối: còn 4 giờ đến hạn (" + dueText + ")")));
        fixture.travelTo(due.plusDays(1), 9, 0);
        CriterionScore accepted = appraisal.score(world, stage.leaf21());
        mvc.perform(adjust(reviewerTask, stage.leaf21(), accepted.getVersion(), "80", "Thiếu quyết định")
                        .with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hết hạn thẩm định lúc " + dueText
                        + "; không lưu được.")));
        assertThat(appraisal.score(world, stage.leaf21()).getAppraisedAnswer()).isEqualTo("100");
        mvc.perform(post(page + "/criteria/" + stage.leaf21() + "/request").with(csrf())
                        .param("message", "Bổ sung").with(as(world.reviewer())))
                .andExpect(content().string(containsString("Đã hết hạn thẩm định lúc " + dueText)));
        mvc.perform(post(page + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(content().string(containsString("Đã hết hạn thẩm định lúc " + dueText)));
        assertThat(items.findById(reviewerTask).orElseThrow().isOpen()).isTrue();
        mvc.perform(get(page).with(as(world.reviewer())))
                .andExpect(content().string(containsString("Đã hết hạn lúc " + dueText)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/adjust"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/finish"))));

        LocalDate moved = due.plusDays(5);
        changes.moveMilestone(world.campaignId(), task.getMilestone(), null, moved, "Lùi hạn thẩm định", "org");
        mvc.perform(get(page).with(as(world.reviewer())))
                .andExpect(content().string(containsString("ngày đến hạn (" + VietnamTime.format(moved) + " 23:59)")));
        mvc.perform(adjust(reviewerTask, stage.leaf21(), accepted.getVersion(), "80", "Thiếu quyết định")
                .with(as(world.reviewer()))).andExpect(status().is3xxRedirection());
        assertThat(appraisal.score(world, stage.leaf21()).getAppraisedAnswer()).isEqualTo("80");
    }

    @Test
    void anotherAgencysOfficerCannotOpenTheAppraisalPages() throws Exception {
        mvc.perform(get("/appraisals").with(as(world.officer()))).andExpect(status().isForbidden());
        mvc.perform(get("/appraisals/" + reviewerTask).with(as(world.officer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appraisals/" + reviewerTask).with(as("officer")))
                .andExpect(status().isForbidden());
        mvc.perform(accept(reviewerTask, stage.leaf21(), 0L).with(as(world.officer())))
                .andExpect(status().isForbidden());
        assertThat(appraisal.score(world, stage.leaf21()).isAppraised()).isFalse();
    }

    @Test
    void afterAnAdjustmentTheAgencysOwnScorecardHeaderShowsTheAppraisedPoints() throws Exception {
        String scorecard = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
        mvc.perform(get(scorecard).with(as(world.officer())))
                .andExpect(content().string(containsString("<strong>100,00</strong> / <span>100,00</span>")));
        long version = appraisal.score(world, stage.leaf21()).getVersion();
        mvc.perform(adjust(reviewerTask, stage.leaf21(), version, "80", "Thiếu quyết định ban hành")
                        .with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        // 1.1 self-scored 60 (not yet appraised) + 2.1 appraised 80 % of 40 = 32, not the self-scored 40
        for (String reader : List.of(world.officer(), world.organiser())) {
            mvc.perform(get(scorecard).with(as(reader)))
                    .andExpect(content().string(containsString("<strong>92,00</strong> / <span>100,00</span>")));
        }
    }

    private MockHttpServletRequestBuilder accept(String task, Long leaf, long version) {
        return post("/appraisals/" + task + "/criteria/" + leaf + "/accept").with(csrf())
                .param("version", Long.toString(version));
    }

    @Test
    void theMinutesListTheAssignedCriteriaWithTheSelfAndAppraisedScoresOfThePage() throws Exception {
        CriterionScore before = appraisal.score(world, stage.leaf21());
        mvc.perform(post("/appraisals/" + reviewerTask + "/criteria/" + stage.leaf21() + "/adjust").with(csrf())
                .param("version", Long.toString(before.getVersion())).param("answer", "80")
                .param("reason", "Thiếu quyết định ban hành").with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/appraisals/" + reviewerTask).with(as(world.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/appraisals/" + reviewerTask + "/minutes.docx", "Biên bản thẩm định (Word)",
                "Đã thẩm định 1/1 tiêu chí");

        Docx docx = Docx.read(mvc.perform(get("/appraisals/" + reviewerTask + "/minutes.docx").with(as(world.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        String reviewer = agencies.findById(world.reviewerId()).orElseThrow().getName();
        String agency = agencies.findById(world.agencyAId()).orElseThrow().getName();
        assertThat(docx.title()).startsWith("Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm");
        assertThat(docx.header().get(0).get(0)).contains(OfficialDocx.upper(reviewer), "Số: .../BB-...");
        assertThat(docx.header().get(0).get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        assertThat(docx.paragraphs()).contains("BIÊN BẢN", "của " + agency);
        assertThat(docx.fonts()).containsOnly("Times New Roman");

        CriterionScore adjusted = appraisal.score(world, stage.leaf21());
        List<List<String>> table = docx.tables().get(1);
        assertThat(table).hasSize(3);
        assertThat(table.get(1).get(0)).isEqualTo("2.1");
        assertThat(table.get(1).subList(2, 6)).containsExactly("40,00", "40,00", "32,00", "Thiếu quyết định ban hành");
        assertThat(adjusted.getSelfPoints()).isEqualByComparingTo("40");
        assertThat(adjusted.getAppraisedPoints()).isEqualByComparingTo("32");
        assertThat(table.get(2)).containsExactly("", "Tổng cộng", "40,00", "40,00", "32,00", "");
        assertThat(docx.text()).contains("Đã thẩm định 1/1 tiêu chí được phân công; 0 tiêu chí đang chờ",
                OfficialDocx.upper("Đại diện " + reviewer), OfficialDocx.upper("Đại diện " + agency));
    }

    @Test
    void anotherReviewingDepartmentCannotDownloadThem() throws Exception {
        String organiserTask = appraisal.openTask(world, AppraisalRounds.APPRAISE_TASK, world.standingId()).getTaskId();
        mvc.perform(get("/appraisals/" + organiserTask + "/minutes.docx").with(as(world.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/appraisals/" + reviewerTask + "/minutes.docx").with(as(world.officer())))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder adjust(String task, Long leaf, long version, String answer, String reason) {
        return post("/appraisals/" + task + "/criteria/" + leaf + "/adjust").with(csrf())
                .param("version", Long.toString(version)).param("answer", answer).param("reason", reason);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
