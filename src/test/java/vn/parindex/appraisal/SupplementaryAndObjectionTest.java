package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.process.ProcessFixture;
import vn.parindex.results.PublishedRevision;
import vn.parindex.results.PublishedRevisionRepository;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;

/** Requests for supplementary evidence and their answers in the next round; objections after appraisal. */
@IntegrationTest
@Tag("postgres")
class SupplementaryAndObjectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AppraisalFixture appraisal;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    Appraisals appraisals;
    @Autowired
    SupplementaryRequestRepository requests;
    @Autowired
    ObjectionRepository objections;
    @Autowired
    ScoreAuditRepository audits;
    @Autowired
    WorkItemRepository items;
    @Autowired
    PublishedRevisionRepository revisions;

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
    void aRequestForEvidenceIsAnsweredByTheAgencyAndShownInRoundTwo() throws Exception {
        mvc.perform(post("/appraisals/" + reviewerTask + "/criteria/" + stage.leaf21() + "/request").with(csrf())
                        .param("message", "Đề nghị bổ sung quyết định ban hành kế hoạch rà soát")
                        .with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        // the leaf waits for evidence: finishing is allowed and asks for supplementary evidence
        mvc.perform(post("/appraisals/" + reviewerTask + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(reviewerTask).orElseThrow().getOutcome()).isEqualTo("supplementary");
        accept(organiserTask, stage.leaf11(), world.organiser());
        mvc.perform(post("/appraisals/" + organiserTask + "/finish").with(csrf()).with(as(world.organiser())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(organiserTask).orElseThrow().getOutcome()).isEqualTo("accepted");
        fixture.runDueJobs(world);

        WorkItem supplementary = appraisal.openTask(world, AppraisalRounds.SUPPLEMENTARY_TASK, null);
        String page = "/supplementary/" + supplementary.getTaskId();
        mvc.perform(get(page).with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị bổ sung quyết định ban hành kế hoạch rà soát")))
                .andExpect(content().string(containsString("2.1 Rà soát văn bản")))
                .andExpect(content().string(containsString("/criteria/" + stage.leaf21() + "/evidence")));
        // only the agency's own officers and head; for another province's officer it does not exist
        mvc.perform(get(page).with(as(world.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(as("officer"))).andExpect(status().isNotFound());

        SupplementaryRequest request = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(world.campaignId(),
                world.agencyAId()).get(0);
        mvc.perform(post(page).with(csrf()).param("answer-" + request.getId(), " ").param("comment", "Chung")
                        .with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí 2.1: phải nhập nội dung giải trình.")))
                .andExpect(content().string(containsString("Chung")));
        assertThat(items.findById(supplementary.getTaskId()).orElseThrow().isOpen()).isTrue();

        mvc.perform(post(page).with(csrf()).param("answer-" + request.getId(), "Đã tải lên Quyết định số 12/QĐ")
                        .param("comment", "Đã bổ sung").with(as(world.officer())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(supplementary.getTaskId()).orElseThrow().isOpen()).isFalse();
        assertThat(requests.findById(request.getId()).orElseThrow().getAnsweredBy()).isEqualTo(world.officer());
        fixture.runDueJobs(world);

        // round 2: only the asking department, which sees the answer
        String round2 = appraisal.openTask(world, AppraisalRounds.APPRAISE_TASK, world.reviewerId()).getTaskId();
        assertThat(round2).isNotEqualTo(reviewerTask);
        mvc.perform(get("/appraisals/" + round2).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tải lên Quyết định số 12/QĐ")));
        // the answered leaf must now be appraised before finishing
        mvc.perform(post("/appraisals/" + round2 + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2.1")));
        accept(round2, stage.leaf21(), world.reviewer());
        mvc.perform(post("/appraisals/" + round2 + "/finish").with(csrf()).with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(round2).orElseThrow().getOutcome()).isEqualTo("accepted");
    }

    @Test
    void theSupplementaryAnswerCountsDownAndPastItsDeadlineIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/appraisals/" + reviewerTask + "/criteria/" + stage.leaf21() + "/request").with(csrf())
                .param("message", "Đề nghị bổ sung báo cáo rà soát").with(as(world.reviewer())));
        mvc.perform(post("/appraisals/" + reviewerTask + "/finish").with(csrf()).with(as(world.reviewer())));
        accept(organiserTask, stage.leaf11(), world.organiser());
        mvc.perform(post("/appraisals/" + organiserTask + "/finish").with(csrf()).with(as(world.organiser())));
        fixture.runDueJobs(world);
        WorkItem supplementary = appraisal.openTask(world, AppraisalRounds.SUPPLEMENTARY_TASK, null);
        String page = "/supplementary/" + supplementary.getTaskId();
        java.time.LocalDate due = supplementary.getDueAt().atZone(vn.parindex.common.VietnamTime.ZONE).toLocalDate();
        String dueText = vn.parindex.common.VietnamTime.format(due) + " 23:59";
        mvc.perform(get(page).with(as(world.officer())))
                .andExpect(content().string(containsString("đến hạn (" + dueText + ")")));
        SupplementaryRequest request = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(world.campaignId(),
                world.agencyAId()).get(0);
        fixture.travelTo(due.plusDays(1), 9, 0);
        mvc.perform(post(page).with(csrf()).param("answer-" + request.getId(), "Đã bổ sung").with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hết hạn gửi giải trình, bổ sung lúc " + dueText)));
        assertThat(requests.findById(request.getId()).orElseThrow().getAnsweredAt()).isNull();
        mvc.perform(get(page).with(as(world.officer())))
                .andExpect(content().string(containsString("Đã hết hạn lúc " + dueText)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"answers\""))));
    }

    @Test
    void anObjectionIsAnsweredWithAChangedScoreAudited() throws Exception {
        accept(reviewerTask, stage.leaf21(), world.reviewer());
        String results = "/appraisals/results/" + world.campaignId() + "/agencies/" + world.agencyAId();
        mvc.perform(get(results).with(as(world.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("100 → 40,00 điểm")));
        mvc.perform(post(results + "/criteria/" + stage.leaf21() + "/objections").with(csrf())
                        .param("kind", "OBJECTION").param("text", "Tỷ lệ đúng là 100%, kèm văn bản")
                        .with(as(world.officer())))
                .andExpect(status().is3xxRedirection());
        Objection filed = objections.findByCampaignIdAndAgencyIdOrderByFiledAt(world.campaignId(), world.agencyAId())
                .get(0);
        assertThat(filed.getReviewerAgencyId()).isEqualTo(world.reviewerId());

        mvc.perform(get("/appraisals").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/appraisals/objections/" + filed.getId())));
        mvc.perform(get("/appraisals/objections/" + filed.getId()).with(as(world.organiser())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/appraisals/objections/" + filed.getId()).with(csrf()).param("decision", "CHANGED")
                        .param("answer", "nửa").param("reason", "Chỉ một nửa").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;nửa&quot; không phải là số")))
                .andExpect(content().string(containsString("Chỉ một nửa")));
        assertThat(objections.findById(filed.getId()).orElseThrow().isAnswered()).isFalse();
        assertThat(appraisal.score(world, stage.leaf21()).finalPoints()).isEqualByComparingTo("40");
        mvc.perform(post("/appraisals/objections/" + filed.getId()).with(csrf()).param("decision", "CHANGED")
                        .param("answer", "50").param("reason", "Chỉ một nửa văn bản được rà soát")
                        .with(as(world.reviewer())))
                .andExpect(status().is3xxRedirection());

        assertThat(appraisal.score(world, stage.leaf21()).finalPoints()).isEqualByComparingTo("20");
        Objection answered = objections.findById(filed.getId()).orElseThrow();
        assertThat(answered.getDecision()).isEqualTo(Objection.Decision.CHANGED);
        assertThat(answered.getAnsweredBy()).isEqualTo(world.reviewer());
        List<ScoreAudit> trail = audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(
                world.campaignId(), world.agencyAId(), stage.leaf21());
        assertThat(trail).anySatisfy(a -> {
            assertThat(a.getOldValue()).isEqualTo("100: 40.00");
            assertThat(a.getNewValue()).isEqualTo("50: 20.00");
            assertThat(a.getReason()).isEqualTo("Chỉ một nửa văn bản được rà soát");
            assertThat(a.getChangedBy()).isEqualTo(world.reviewer());
        });
        mvc.perform(get(results).with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ một nửa văn bản được rà soát")));
    }

    @Test
    void objectionsCloseWithTheSupplementaryWindowAndStayWithinTheAgency() throws Exception {
        String results = "/appraisals/results/" + world.campaignId() + "/agencies/" + world.agencyAId();
        mvc.perform(get(results).with(as("officer"))).andExpect(status().isNotFound());
        mvc.perform(get(results).with(as(world.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(post(results + "/criteria/" + stage.leaf21() + "/objections").with(csrf())
                        .param("kind", "OBJECTION").param("text", "x").with(as(world.organiser())))
                .andExpect(status().isForbidden());

        fixture.travelTo(world.selfAssessmentDue().plusDays(9), 9, 0);
        mvc.perform(post(results + "/criteria/" + stage.leaf21() + "/objections").with(csrf())
                        .param("kind", "EXPLANATION").param("text", "Muộn").with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hết hạn giải trình, kiến nghị.")));
        assertThat(objections.findByCampaignIdAndAgencyIdOrderByFiledAt(world.campaignId(), world.agencyAId()))
                .isEmpty();
    }

    @Test
    void afterPublicationNoObjectionIsAnsweredAndNoScoreChanges() throws Exception {
        accept(reviewerTask, stage.leaf21(), world.reviewer());
        String results = "/appraisals/results/" + world.campaignId() + "/agencies/" + world.agencyAId();
        mvc.perform(post(results + "/criteria/" + stage.leaf21() + "/objections").with(csrf())
                        .param("kind", "OBJECTION").param("text", "Tỷ lệ đúng là 100%").with(as(world.officer())))
                .andExpect(status().is3xxRedirection());
        Objection filed = objections.findByCampaignIdAndAgencyIdOrderByFiledAt(world.campaignId(), world.agencyAId())
                .get(0);
        revisions.save(new PublishedRevision(world.campaignId(), 1, null, null, world.organiser(),
                Instant.now(), List.of()));

        mvc.perform(get(results).with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả đã công bố: không nhận giải trình, kiến nghị nữa.")))
                .andExpect(content().string(not(containsString("/criteria/" + stage.leaf21() + "/objections"))));
        mvc.perform(post(results + "/criteria/" + stage.leaf21() + "/objections").with(csrf())
                        .param("kind", "OBJECTION").param("text", "Lần hai").with(as(world.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PUBLISHED)));
        mvc.perform(post("/appraisals/objections/" + filed.getId()).with(csrf()).param("decision", "CHANGED")
                        .param("answer", "50").param("reason", "Chỉ một nửa").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PUBLISHED)));
        mvc.perform(post("/appraisals/" + reviewerTask + "/criteria/" + stage.leaf21() + "/adjust").with(csrf())
                        .param("version", Long.toString(appraisal.score(world, stage.leaf21()).getVersion()))
                        .param("answer", "50").param("reason", "Sửa sau công bố").with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PUBLISHED)));

        assertThat(appraisal.score(world, stage.leaf21()).finalPoints()).isEqualByComparingTo("40");
        assertThat(objections.findById(filed.getId()).orElseThrow().isAnswered()).isFalse();
        assertThat(objections.findByCampaignIdAndAgencyIdOrderByFiledAt(world.campaignId(), world.agencyAId()))
                .hasSize(1);
    }

    private static final String PUBLISHED = "Kết quả của đợt đánh giá đã công bố";

    private void accept(String task, Long leaf, String username) throws Exception {
        long version = appraisal.score(world, leaf).getVersion();
        mvc.perform(post("/appraisals/" + task + "/criteria/" + leaf + "/accept").with(csrf())
                        .param("version", Long.toString(version)).with(as(username)))
                .andExpect(status().is3xxRedirection());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
