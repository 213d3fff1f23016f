package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionRepository;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.process.ProcessFixture;

/** The scorecard: who sees it, saving a leaf (rule checks, audit, optimistic locking), totals and sending. */
@IntegrationTest
@Tag("postgres")
class ScorecardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentWorld worlds;
    @Autowired
    CriterionScoreRepository scores;
    @Autowired
    ScoreAuditRepository audits;
    @Autowired
    AgencyAssessmentRepository assessments;
    @Autowired
    CriterionRepository criteria;
    @Autowired
    TransactionTemplate tx;

    AssessmentWorld.Launched launched;
    ProcessFixture.World world;

    @BeforeEach
    void launch() {
        launched = worlds.launched();
        world = launched.world();
    }

    @Test
    void agencyOfficersAndHeadEditWhileTheOrganiserOnlyReadsAndNoReviewerSeesTheDraft() throws Exception {
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kế hoạch CCHC năm"), containsString("Rà soát văn bản"),
                        containsString("Gửi Thủ trưởng"), containsString("name=\"answer\""))));
        mvc.perform(get(page()).with(user(as(world.head()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"answer\"")));
        mvc.perform(get(page()).with(user(as(world.organiser()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kế hoạch CCHC năm"),
                        not(containsString("name=\"answer\"")), not(containsString("Gửi Thủ trưởng")))));
        // a draft: reviewers see it once the head has sent it to appraisal (ReviewerScopeTest)
        mvc.perform(get(page()).with(user(as(world.reviewer())))).andExpect(status().isForbidden());
        mvc.perform(get(page()).with(user(as(worlds.officerOfB(world))))).andExpect(status().isForbidden());
        mvc.perform(save("1.1", "có", -1).with(user(as(world.organiser())))).andExpect(status().isForbidden());
    }

    @Test
    void savingALeafScoresItAuditsItAndUpdatesTheTotals() throws Exception {
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"leaf-" + launched.leaf("1.1") + "\""),
                        containsString("60,00"), containsString("id=\"totals\""), containsString("hx-swap-oob"),
                        containsString("Đã lưu"))));
        CriterionScore score = score("1.1");
        assertThat(score.getSelfAnswer()).isEqualTo("có");
        assertThat(score.getSelfPoints()).isEqualByComparingTo("60");
        assertThat(score.getUpdatedBy()).isEqualTo(world.officer());
        mvc.perform(save("1.1", "không", score.getVersion()).param("changeReason", "Chưa ban hành kế hoạch")
                .with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(status().isOk());
        assertThat(score("1.1").getSelfPoints()).isEqualByComparingTo("0");
        List<ScoreAudit> history = audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(
                world.campaignId(), world.agencyAId(), launched.leaf("1.1"));
        assertThat(history).anySatisfy(a -> {
            assertThat(a.getField()).isEqualTo("selfAnswer");
            assertThat(a.getOldValue()).isEqualTo("có");
            assertThat(a.getNewValue()).isEqualTo("không");
            assertThat(a.getReason()).isEqualTo("Chưa ban hành kế hoạch");
            assertThat(a.getChangedBy()).isEqualTo(world.officer());
        });
        // the history is shown on the leaf
        mvc.perform(get(page()).with(user(as(world.organiser()))))
                .andExpect(content().string(allOf(containsString("Lịch sử"), containsString("Chưa ban hành kế hoạch"))));
    }

    @Test
    void anAnswerTheRuleRefusesIsReportedOnTheLeafAndNothingSaved() throws Exception {
        mvc.perform(save("1.1", "có lẽ", -1).with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("không phải là Có hoặc Không"),
                        containsString("id=\"leaf-" + launched.leaf("1.1") + "\""))));
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf("1.1"))).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedTheRowShowsTheOtherPersonsValueAndWhatWasTypedIsInTheMessage() throws Exception {
        mvc.perform(save("2.1", "có", -1).with(user(as(world.officer()))).header("HX-Request", "true"));
        long seen = score("2.1").getVersion();
        mvc.perform(save("2.1", "không", seen).param("note", "Ghi chú của Thủ trưởng").with(user(as(world.head())))
                .header("HX-Request", "true"));
        String row = mvc.perform(save("2.1", "có", seen).param("note", "Ghi chú của tôi")
                        .with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).contains("Người khác đã lưu tiêu chí này sau khi bạn mở trang",
                        "Bạn đã nhập (chưa lưu): có · Ghi chú của tôi")
                .contains(">Ghi chú của Thủ trưởng</textarea>")
                .contains("name=\"version\" value=\"" + score("2.1").getVersion() + "\"")
                .doesNotContain("<html");
        assertThat(ScorecardFragments.points(row).get(launched.leaf("2.1"))).isEqualTo("0,00 / 40,00");
        assertThat(score("2.1").getSelfAnswer()).isEqualTo("không");
        assertThat(score("2.1").getNote()).isEqualTo("Ghi chú của Thủ trưởng");
        // without JavaScript: the whole page, the same row and message
        mvc.perform(save("2.1", "có", seen).with(user(as(world.officer()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Người khác đã lưu tiêu chí này"),
                        containsString("Bạn đã nhập (chưa lưu): có"),
                        containsString(">Ghi chú của Thủ trưởng</textarea>"), containsString("<html"))));
        // the row now carries the new version: saving again goes through
        mvc.perform(save("2.1", "có", score("2.1").getVersion()).with(user(as(world.officer())))
                .header("HX-Request", "true")).andExpect(content().string(containsString("Đã lưu")));
        assertThat(score("2.1").getSelfAnswer()).isEqualTo("có");
    }

    @Test
    void aFragmentSaveAnswersWithTheRowAndTheSubtotalsItChangesAsThePageShowsThemAfterReload() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("1.1")).orElseThrow().setNaAllowed(true));
        mvc.perform(save("2.1", "có", -1).with(user(as(world.officer()))));
        Long leaf = launched.leaf("1.1");
        String[][] saves = {{"answer", "có"}, {"explanation", "Kế hoạch số 12/KH-SCT"}, {"na", "true"}};
        for (String[] change : saves) {
            long version = scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(), leaf)
                    .map(CriterionScore::getVersion).orElse(-1L);
            MockHttpServletRequestBuilder request = save("1.1", "có", version).param("naReason", "Không có kế hoạch");
            if (!"answer".equals(change[0])) {
                request.param(change[0], change[1]);
            }
            String fragment = mvc.perform(request.with(user(as(world.officer()))).header("HX-Request", "true"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String page = mvc.perform(get(page()).with(user(as(world.officer())))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(fragment).as(change[0]).contains("Đã lưu", "id=\"leaf-" + leaf + "\"")
                    .doesNotContain("<html", "id=\"leaf-" + launched.leaf("2.1") + "\"")
                    // a save changes no evidence: the leaf's evidence list and forms stay as they are on the page
                    .doesNotContain("id=\"evidence-" + leaf + "\"");
            assertThat(fragment.length()).as(change[0]).isLessThan(page.length() / 2);
            // the leaf and its group, nothing else; each figure as the whole page shows it after reload
            java.util.Map<Long, String> shown = ScorecardFragments.points(fragment);
            assertThat(shown).as(change[0]).containsOnlyKeys(leaf, launched.leaf("1"));
            assertThat(ScorecardFragments.points(page)).containsAllEntriesOf(shown);
            assertThat(ScorecardFragments.totals(fragment)).isEqualTo(ScorecardFragments.totals(page));
        }
        // N/A: group 1 is out of the maximum; 40 of 40 is 100 %
        String page = mvc.perform(get(page()).with(user(as(world.officer())))).andReturn().getResponse()
                .getContentAsString();
        assertThat(ScorecardFragments.points(page).get(launched.leaf("1"))).isEqualTo("0,00 / 0,00");
        assertThat(ScorecardFragments.totals(page)).isEqualTo("40,00 / 40,00 · 100,00 %");
        assertThat(page).contains("Kế hoạch số 12/KH-SCT");
    }

    @Test
    void submitListsWhatIsMissingThenSendsAndTheScorecardBecomesReadOnly() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("1.1")).orElseThrow()
                .setEvidence("Kế hoạch CCHC năm được phê duyệt"));
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attribute("errors", List.of("1.1: chưa chấm điểm hoặc chọn \"Không áp dụng\"",
                        "2.1: chưa chấm điểm hoặc chọn \"Không áp dụng\"")));
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(save("2.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attribute("errors", List.of("1.1: thiếu tài liệu kiểm chứng hoặc giải trình")));
        mvc.perform(multipart("/assessments/{c}/agencies/{a}/criteria/{l}/evidence", world.campaignId(),
                        world.agencyAId(), launched.leaf("1.1"))
                .file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", EvidenceTest.unique(EvidenceTest.PDF)))
                .with(csrf()).with(user(as(world.officer()))));
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", "Đã gửi bản tự đánh giá cho Thủ trưởng."));
        assertThat(assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow()
                .getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        mvc.perform(save("2.1", "không", score("2.1").getVersion()).with(user(as(world.officer())))
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("đã gửi hoặc đã đóng")));
        assertThat(score("2.1").getSelfAnswer()).isEqualTo("có");
        // submitting twice: refused with a message, nothing sent again
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attributeExists("error"))
                .andExpect(flash().attributeCount(1));
        assertThat(assessments.findByCampaignIdAndAgencyId(world.campaignId(), world.agencyAId()).orElseThrow()
                .getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(allOf(containsString("Bản tự đánh giá đã được gửi đi; không còn sửa được."),
                        not(containsString("name=\"answer\"")))));
    }

    @Test
    void leafWithEvidenceAndNoFileNeedsAnExplanationWhichIsEnough() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("2.1")).orElseThrow().setEvidence("Báo cáo rà soát"));
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(save("2.1", "không", -1).param("explanation", "Chưa thực hiện rà soát trong năm")
                .with(user(as(world.officer()))));
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attributeExists("success"));
    }

    @Test
    void aLeafScoredZeroNeedsNeitherEvidenceNorExplanation() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("2.1")).orElseThrow().setEvidence("Báo cáo rà soát"));
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(save("2.1", "không", -1).with(user(as(world.officer()))));
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(not(containsString("thiếu tài liệu kiểm chứng"))));
        mvc.perform(submit().with(user(as(world.officer()))))
                .andExpect(flash().attributeExists("success"));
    }

    @Test
    void aBonusOrPenaltyAtZeroNeedsNoEvidenceAboveZeroItDoes() {
        for (RuleType type : new RuleType[] {RuleType.BONUS, RuleType.PENALTY}) {
            Criterion leaf = new Criterion(null, null, "T", "Điểm thưởng / điểm trừ", java.math.BigDecimal.valueOf(5));
            leaf.setRuleType(type);
            leaf.setEvidence("Quyết định khen thưởng / kết luận thanh tra");
            CriterionScore score = new CriterionScore(1L, 1L, 1L);
            score.setSelfAnswer("0");
            score.setSelfPoints(java.math.BigDecimal.ZERO.setScale(2));
            assertThat(ScorecardService.explanationRequired(leaf, score, 0)).as(type + " at 0").isFalse();
            score.setSelfAnswer("2");
            score.setSelfPoints(java.math.BigDecimal.valueOf(2).setScale(2));
            assertThat(ScorecardService.explanationRequired(leaf, score, 0)).as(type + " at 2").isTrue();
            assertThat(ScorecardService.explanationRequired(leaf, score, 1)).as(type + " at 2 with a file").isFalse();
        }
    }

    @Test
    void notApplicableNeedsAReasonAndTakesTheLeafOutOfTheMaximum() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("2.1")).orElseThrow().setNaAllowed(true));
        mvc.perform(save("2.1", "", -1).param("na", "true").with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(content().string(containsString("phải nêu lý do")));
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf("2.1"))).isEmpty();
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(save("2.1", "", -1).param("na", "true").param("naReason", "Không có văn bản cần rà soát")
                        .with(user(as(world.officer()))).header("HX-Request", "true"))
                // 60 of an applicable 60: the index is 100 %
                .andExpect(content().string(allOf(containsString("60,00</strong> / <span>60,00"),
                        containsString("100,00 %"))));
        assertThat(score("2.1").isSelfNa()).isTrue();
        mvc.perform(submit().with(user(as(world.officer())))).andExpect(flash().attributeExists("success"));
    }

    @Test
    void surveyMeasuredLeavesAreShownButNotSelfScored() throws Exception {
        tx.executeWithoutResult(s -> criteria.findById(launched.leaf("2.1")).orElseThrow()
                .setMeasuredBy(vn.parindex.framework.MeasuredBy.SURVEY));
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(allOf(containsString("Rà soát văn bản"), containsString("không tự chấm"),
                        not(containsString("hx-post=\"" + page() + "/criteria/" + launched.leaf("2.1") + "\"")))));
        mvc.perform(save("2.1", "có", -1).with(user(as(world.officer()))).header("HX-Request", "true"))
                .andExpect(content().string(containsString("không tự chấm")));
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(submit().with(user(as(world.officer())))).andExpect(flash().attributeExists("success"));
    }

    @Test
    void whatWasTypedWhenTheSessionExpiredComesBackOnTheScorecardNotYetSaved() throws Exception {
        Long leaf = launched.leaf("2.1");
        MockHttpSession session = new MockHttpSession();
        // the session (and its CSRF token) expired while the officer was typing: the leaf's save is kept
        mvc.perform(post(page() + "/criteria/" + leaf).header("HX-Request", "true").param("version", "-1")
                        .param("answer", "không").param("note", "Chưa có kết luận rà soát")
                        .param("explanation", "Đang chờ Sở Tư pháp kết luận").param("changeReason", "Theo góp ý")
                        .session(session))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", page()));
        mvc.perform(get(page()).session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/login").param("username", world.officer()).param("password", ProcessFixture.PASSWORD)
                        .with(csrf()).session(session))
                .andExpect(redirectedUrlPattern("**" + page() + "*"));

        String html = mvc.perform(get(page()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Phiên làm việc đã hết hạn trong khi bạn nhập tiêu chí 2.1",
                        "Nội dung được khôi phục sau khi phiên làm việc hết hạn, chưa được lưu.",
                        "Chưa có kết luận rà soát", "Đang chờ Sở Tư pháp kết luận", "value=\"Theo góp ý\"")
                .containsPattern("id=\"no-" + leaf + "\"\\s+checked=\"checked\"");
        // nothing was saved behind the officer's back, and the notice is shown once
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(), leaf))
                .isEmpty();
        mvc.perform(get(page()).session(session))
                .andExpect(content().string(allOf(not(containsString("Phiên làm việc đã hết hạn")),
                        not(containsString("Chưa có kết luận rà soát")))));
    }

    @Test
    void whatWasTypedIsNotDroppedWhenTheScorecardClosedMeanwhile() throws Exception {
        mvc.perform(save("1.1", "có", -1).with(user(as(world.officer()))));
        mvc.perform(save("2.1", "có", -1).with(user(as(world.officer()))));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(page() + "/criteria/" + launched.leaf("2.1")).param("answer", "không")
                .param("note", "Ghi chú viết dở").session(session));
        mvc.perform(submit().with(user(as(world.officer())))).andExpect(flash().attributeExists("success"));
        mvc.perform(post("/login").param("username", world.officer()).param("password", ProcessFixture.PASSWORD)
                .with(csrf()).session(session));
        mvc.perform(get(page()).session(session))
                .andExpect(content().string(allOf(containsString("bảng điểm nay đã đóng nên nội dung sau chưa được lưu"),
                        containsString("Ghi chú viết dở"))));
    }

    private CriterionScore score(String code) {
        return scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf(code)).orElseThrow();
    }

    private String page() {
        return "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
    }

    private MockHttpServletRequestBuilder save(String code, String answer, long version) {
        return post(page() + "/criteria/" + launched.leaf(code)).param("answer", answer)
                .param("version", String.valueOf(version)).with(csrf());
    }

    private MockHttpServletRequestBuilder submit() {
        return post(page() + "/submit").param("comment", "Kính gửi Thủ trưởng").with(csrf());
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
