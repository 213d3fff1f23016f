package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.process.ProcessFixture;

/**
 * The scorecard counts down to the agency's deadline and locks at it: past it, with the submit task still open in
 * the process, the server refuses a save, a file and the sending with the reason; the organiser's extension (the
 * missed-deadline decision in the process) opens it again until the new date.
 */
@IntegrationTest
class ScorecardLockTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentWorld worlds;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CriterionScoreRepository scores;
    @Autowired
    TaskService tasks;
    @Autowired
    CampaignProcesses processes;

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void pastTheDeadlineASaveIsRefusedWithTheReasonAndAnExtensionOpensItAgain() throws Exception {
        AssessmentWorld.Launched launched = worlds.launched();
        ProcessFixture.World world = launched.world();
        LocalDate due = world.selfAssessmentDue();
        String page = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
        String leaf = page + "/criteria/" + launched.leaf("1.1");

        assertThat(body(get(page), world.officer())).contains("Còn 10 ngày đến hạn (" + fmt(due) + " 23:59)");
        fixture.travelTo(due, 20, 30);
        assertThat(body(get(page), world.officer())).contains("Hôm nay là ngày cuối: còn 4 giờ đến hạn");
        assertThat(body(save(leaf, -1, "có").header("HX-Request", "true"), world.officer())).contains("Đã lưu");

        // the next morning: the task is still open in the process (the organiser decides after 4 days), but locked
        fixture.travelTo(due.plusDays(1), 9, 0);
        fixture.runDueJobs(world);
        long version = version(world, launched);
        String refused = body(save(leaf, version, "không").header("HX-Request", "true"),
                world.officer());
        assertThat(refused).contains("Đã hết hạn tự đánh giá lúc " + fmt(due) + " 23:59; không lưu được");
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf("1.1")).orElseThrow().getSelfAnswer()).isEqualTo("có");
        String locked = body(get(page), world.officer());
        assertThat(locked).contains("Đã hết hạn lúc " + fmt(due) + " 23:59; không còn sửa được")
                .doesNotContain("name=\"answer\"", "Gửi Thủ trưởng", "type=\"file\"");
        mvc.perform(post(page + "/submit").with(csrf()).with(as(world.officer())))
                .andReturn().getFlashMap().values().forEach(message ->
                        assertThat(String.valueOf(message)).contains("Đã hết hạn tự đánh giá"));
        assertThat(body(multipart(leaf + "/evidence").file(new MockMultipartFile("file", "muon.pdf",
                        "application/pdf", EvidenceTest.unique(EvidenceTest.PDF))).with(csrf())
                .header("HX-Request", "true"), world.officer())).contains("Đã hết hạn tự đánh giá");

        // four days late the organiser is asked, and extends: the scorecard opens until the new date
        fixture.travelTo(due.plusDays(4), 9, 0);
        fixture.runDueJobs(world);
        ProcessInstance decision = BpmnAwareTests.calledProcessInstance(
                fixture.agencyInstance(world, world.agencyACode()));
        Task decide = tasks.createTaskQuery().processInstanceId(decision.getId())
                .taskDefinitionKey("decideOnMissedDeadline").singleResult();
        java.util.HashMap<String, Object> extend = new java.util.HashMap<>(Map.of("deadlineDecision", "extend",
                "newDueDate", due.plusDays(10).toString(), "comment", "Sở đang kiện toàn nhân sự"));
        processes.complete(decide.getId(), world.organiser(), extend);
        fixture.runDueJobs(world);
        assertThat(body(get(page), world.officer())).contains("Còn 6 ngày đến hạn (" + fmt(due.plusDays(10)) + " 23:59)");
        assertThat(body(save(leaf, version(world, launched), "không").header("HX-Request", "true"),
                world.officer())).contains("Đã lưu");
        assertThat(scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf("1.1")).orElseThrow().getSelfAnswer()).isEqualTo("không");
    }

    private long version(ProcessFixture.World world, AssessmentWorld.Launched launched) {
        return scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyAId(),
                launched.leaf("1.1")).orElseThrow().getVersion();
    }

    private MockHttpServletRequestBuilder save(String leaf, long version, String answer) {
        return post(leaf).param("answer", answer).param("version", String.valueOf(version)).with(csrf());
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String fmt(LocalDate date) {
        return vn.parindex.common.VietnamTime.format(date);
    }
}
