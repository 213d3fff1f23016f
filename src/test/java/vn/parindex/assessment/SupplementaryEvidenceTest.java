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

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.SupplementaryRequest;
import vn.parindex.appraisal.SupplementaryRequestRepository;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.assessment.evidence.EvidencePurpose;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.process.ProcessFixture;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/** After appraisal asks for more, officers attach SUPPLEMENTARY evidence on the (otherwise read-only) scorecard. */
@IntegrationTest
@Tag("postgres")
class SupplementaryEvidenceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentWorld worlds;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    SupplementaryRequestRepository requests;
    @Autowired
    EvidenceFileRepository evidence;

    @Test
    void officersAttachSupplementaryEvidenceWhileTheSelfAssessmentStaysClosed() throws Exception {
        AssessmentWorld.Launched launched = worlds.launched();
        ProcessFixture.World world = launched.world();
        String page = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
        for (String code : new String[]{"1.1", "2.1"}) {
            mvc.perform(post(page + "/criteria/" + launched.leaf(code)).param("answer", "có").param("version", "-1")
                    .with(csrf()).with(user(as(world.officer()))));
        }
        mvc.perform(post(page + "/submit").with(csrf()).with(user(as(world.officer()))));
        fixture.runDueJobs(world);
        processes.complete(open(world, "signOffSelfAssessment").getTaskId(), world.head(), Map.of("signOff", "approve"));
        fixture.runDueJobs(world);
        for (WorkItem appraisal : workItems.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyAId(),
                WorkItemState.OPEN)) {
            boolean byReviewer = world.reviewerId().equals(appraisal.getReviewerAgencyId());
            processes.complete(appraisal.getTaskId(), byReviewer ? world.reviewer() : world.organiser(),
                    Map.of("appraisalOutcome", byReviewer ? "supplementary" : "accepted"));
        }
        fixture.runDueJobs(world);
        assertThat(open(world, "provideSupplementaryEvidence")).isNotNull();
        requests.save(new SupplementaryRequest(world.campaignId(), world.agencyAId(), launched.leaf("2.1"),
                world.reviewerId(), "Đề nghị gửi báo cáo rà soát văn bản", world.reviewer(), Instant.now()));

        mvc.perform(get(page).with(user(as(world.officer()))))
                .andExpect(content().string(allOf(containsString("Đề nghị gửi báo cáo rà soát văn bản"),
                        containsString("Tải lên tài liệu bổ sung"), containsString("value=\"SUPPLEMENTARY\""),
                        not(containsString("name=\"answer\"")))));
        String upload = "/assessments/{c}/agencies/{a}/criteria/{l}/evidence";
        mvc.perform(multipart(upload, world.campaignId(), world.agencyAId(), launched.leaf("2.1"))
                .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", EvidenceTest.unique(EvidenceTest.PDF)))
                .param("purpose", "SUPPLEMENTARY").with(csrf()).with(user(as(world.officer()))));
        // self-assessment evidence can no longer be added
        mvc.perform(multipart(upload, world.campaignId(), world.agencyAId(), launched.leaf("2.1"))
                .file(new MockMultipartFile("file", "muon.pdf", "application/pdf", EvidenceTest.unique(EvidenceTest.PDF)))
                .header("HX-Request", "true").with(csrf()).with(user(as(world.officer()))))
                .andExpect(content().string(containsString("Bước này đã đóng")));
        assertThat(evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(world.campaignId(),
                world.agencyAId(), launched.leaf("2.1"))).singleElement().satisfies(f -> {
                    assertThat(f.getOriginalName()).isEqualTo("bao-cao.pdf");
                    assertThat(f.getPurpose()).isEqualTo(EvidencePurpose.SUPPLEMENTARY);
                });
    }

    private WorkItem open(ProcessFixture.World world, String key) {
        return workItems.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyAId(), WorkItemState.OPEN)
                .stream().filter(i -> key.equals(i.getTaskKey())).findFirst().orElseThrow();
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
