package vn.parindex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.SupplementaryRequestRepository;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.Criterion;

/**
 * One campaign from launch to the public page, through the pages officials use: the officer fills the
 * scorecard and attaches evidence, the head signs off, the reviewer adjusts a score and asks for
 * supplementary evidence, the agency answers, the reviewer appraises again, the organiser aggregates, the
 * council votes, the chairman approves, the organiser publishes, and anyone sees the result.
 */
@IntegrationTest
@Tag("postgres")
class FullCampaignFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    TaskService tasks;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CriterionScoreRepository scores;
    @Autowired
    SupplementaryRequestRepository requests;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void fromLaunchToThePublicResultsPage() throws Exception {
        ProcessFixture.World w = fixture.world();
        launch.launch(w.campaignId(), w.organiserId());
        fixture.runDueJobs(w);
        Map<String, Long> leaves = leaves(w);
        String scorecard = "/assessments/" + w.campaignId() + "/agencies/" + w.agencyAId();

        // the officer fills the scorecard and attaches evidence
        for (String code : List.of("1.1", "2.1")) {
            mvc.perform(post(scorecard + "/criteria/" + leaves.get(code)).param("answer", "yes")
                    .param("note", "Đã thực hiện").with(csrf()).with(as(w.officer())));
            assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(w.campaignId(), w.agencyAId(), leaves.get(code))
                    .orElseThrow().getSelfAnswer()).isNotNull();
        }
        mvc.perform(multipart(scorecard + "/criteria/" + leaves.get("2.1") + "/evidence")
                .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf()))
                .with(csrf()).with(as(w.officer()))).andExpect(status().is3xxRedirection());
        mvc.perform(post(scorecard + "/submit").param("comment", "Kính trình").with(csrf()).with(as(w.officer())))
                .andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);

        // the head signs off
        String signOff = openTask(w, "signOffSelfAssessment");
        mvc.perform(post("/tasks/" + signOff).param("signOff", "approve").with(csrf()).with(as(w.head())))
                .andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);

        // the organiser's standing body accepts group 1; the reviewing department asks for evidence on 2.1
        String byOrganiser = appraisal(w, "organiser:" + w.code());
        String byReviewer = appraisal(w, "reviewer:" + w.reviewerCode());
        mvc.perform(post("/appraisals/" + byOrganiser + "/criteria/" + leaves.get("1.1") + "/accept")
                .param("version", version(w, leaves.get("1.1"))).with(csrf()).with(as(w.organiser())));
        mvc.perform(post("/appraisals/" + byOrganiser + "/finish").with(csrf()).with(as(w.organiser())));
        mvc.perform(post("/appraisals/" + byReviewer + "/criteria/" + leaves.get("2.1") + "/request")
                .param("message", "Bổ sung văn bản rà soát").with(csrf()).with(as(w.reviewer())));
        mvc.perform(post("/appraisals/" + byReviewer + "/finish").with(csrf()).with(as(w.reviewer())));
        fixture.runDueJobs(w);

        // the agency answers the request
        String supplementary = openTask(w, "provideSupplementaryEvidence");
        Long request = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(w.campaignId(), w.agencyAId()).get(0).getId();
        mvc.perform(post("/supplementary/" + supplementary).param("answer-" + request, "Đã bổ sung văn bản số 12")
                .param("comment", "Gửi giải trình").with(csrf()).with(as(w.officer()))).andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);

        // round 2: the reviewer adjusts 2.1 to "no" with a reason and finishes
        String round2 = appraisal(w, "reviewer:" + w.reviewerCode());
        mvc.perform(get("/appraisals/" + round2).with(as(w.reviewer())))
                .andExpect(content().string(containsString("Đã bổ sung văn bản số 12")));
        mvc.perform(post("/appraisals/" + round2 + "/criteria/" + leaves.get("2.1") + "/adjust")
                .param("version", version(w, leaves.get("2.1"))).param("answer", "no")
                .param("reason", "Văn bản bổ sung ban hành sau kỳ đánh giá").with(csrf()).with(as(w.reviewer())));
        mvc.perform(post("/appraisals/" + round2 + "/finish").with(csrf()).with(as(w.reviewer())));
        fixture.runDueJobs(w);
        CriterionScore adjusted = scores.findByCampaignIdAndAgencyIdAndCriterionId(w.campaignId(), w.agencyAId(),
                leaves.get("2.1")).orElseThrow();
        assertThat(adjusted.finalPoints()).isEqualByComparingTo("0");
        assertThat(fixture.agencyInstance(w, w.agencyACode())).isNull();

        // agency B never sends anything: the organiser closes it as not submitted; training and survey are done
        finishTheRest(w);

        // aggregation, the council's vote, the chairman's approval and publication
        String results = "/results/campaigns/" + w.campaignId();
        mvc.perform(post(results + "/aggregate").param("comment", "Báo cáo tổng hợp").with(csrf()).with(as(w.organiser())))
                .andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);
        mvc.perform(post(results + "/vote").param("vote", "passed").param("comment", "Đồng ý").with(csrf())
                .with(as(w.council()))).andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);
        mvc.perform(post(results + "/approval").param("approval", "approve").with(csrf()).with(as(w.chairman())))
                .andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);
        mvc.perform(post(results + "/publication").param("decision", "Quyết định số 1/QĐ-UBND").with(csrf())
                .with(as(w.organiser()))).andExpect(status().is3xxRedirection());
        fixture.runDueJobs(w);
        assertThat(campaigns.findById(w.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PUBLISHED);

        // anyone, without logging in, sees agency A with 60 of 100 points (1.1 yes = 60, 2.1 adjusted to 0)
        mvc.perform(get("/public/results/" + w.campaignId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Công Thương " + w.code())))
                .andExpect(content().string(containsString("60")));
    }

    private void finishTheRest(ProcessFixture.World w) {
        fixture.travelTo(w.selfAssessmentDue().plusDays(4), 9, 0);
        fixture.runDueJobs(w);
        Task decision = tasks.createTaskQuery().taskDefinitionKey("decideOnMissedDeadline")
                .taskCandidateGroup("organiser:" + w.code()).singleResult();
        complete(decision, w.organiser(), Map.of("deadlineDecision", "close", "comment", "Không nộp"));
        Task training = tasks.createTaskQuery().processInstanceId(fixture.campaignInstance(w).getId())
                .taskDefinitionKey("recordTraining").singleResult();
        complete(training, w.organiser(), Map.of("trainingDate", "2026-11-25", "place", "Hội trường", "participants", 80L));
        Task survey = tasks.createTaskQuery().processInstanceId(fixture.campaignInstance(w).getId())
                .taskDefinitionKey("importSurveyResults").singleResult();
        complete(survey, w.organiser(), Map.of("surveyImported", true));
        fixture.resetClock();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        processes.complete(task.getId(), user, new HashMap<>(variables));
        fixture.runDueJobsOf(task);
    }

    private String openTask(ProcessFixture.World w, String key) {
        return tasks.createTaskQuery().processInstanceId(fixture.agencyInstance(w, w.agencyACode()).getId())
                .taskDefinitionKey(key).singleResult().getId();
    }

    private String appraisal(ProcessFixture.World w, String group) {
        return tasks.createTaskQuery().processInstanceId(fixture.agencyInstance(w, w.agencyACode()).getId())
                .taskDefinitionKey("appraiseSelfAssessment").taskCandidateGroup(group).singleResult().getId();
    }

    private String version(ProcessFixture.World w, Long criterionId) {
        return String.valueOf(scores.findByCampaignIdAndAgencyIdAndCriterionId(w.campaignId(), w.agencyAId(), criterionId)
                .orElseThrow().getVersion());
    }

    private Map<String, Long> leaves(ProcessFixture.World w) {
        return tx.execute(status -> {
            Map<String, Long> byCode = new HashMap<>();
            for (Criterion criterion : campaigns.findById(w.campaignId()).orElseThrow().getFrameworks().values()
                    .iterator().next().getCriteria()) {
                byCode.put(criterion.getCode(), criterion.getId());
            }
            return byCode;
        });
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
