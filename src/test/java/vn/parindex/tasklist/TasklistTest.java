package vn.parindex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;

/** The task list: filters, pages, the badge, claiming and handing over within an agency, and expired sessions. */
@IntegrationTest
@Tag("postgres")
class TasklistTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkItemRepository workItems;
    @Autowired
    TaskListQuery taskList;
    @Autowired
    WorkItems items;
    @Autowired
    CampaignProcesses processes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;

    ProcessFixture.World world;
    String selfA;
    String selfB;

    @BeforeEach
    void launchCampaign() {
        world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);
        selfA = task(world.agencyACode());
        selfB = task(world.agencyBCode());
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void filtersByMilestoneDueDateAndAgencyWithoutDiacritics() throws Exception {
        UserDetails officer = users.loadUserByUsername(world.officer());
        String agencyA = "so cong thuong " + world.code().toLowerCase();
        mvc.perform(get("/tasks").param("agency", agencyA).with(user(officer)))
                .andExpect(content().string(allOf(containsString("/tasks/" + selfA), containsString("Còn 10 ngày"))));
        mvc.perform(get("/tasks").param("agency", "SỞ XÂY DỰNG").with(user(officer)))
                .andExpect(content().string(allOf(not(containsString("/tasks/" + selfA)), containsString("Không có nhiệm vụ"))));
        mvc.perform(get("/tasks").param("milestone", "SELF_ASSESSMENT").with(user(officer)))
                .andExpect(content().string(containsString("/tasks/" + selfA)));
        mvc.perform(get("/tasks").param("milestone", "APPRAISAL").with(user(officer)))
                .andExpect(content().string(not(containsString("/tasks/" + selfA))));
        for (String due : new String[] {"overdue", "week", "none"}) {
            mvc.perform(get("/tasks").param("due", due).with(user(officer)))
                    .andExpect(content().string(not(containsString("/tasks/" + selfA))));
        }
        // two days after the deadline: overdue, marked, and shown under "overdue"
        fixture.travelTo(world.selfAssessmentDue().plusDays(2), 9, 0);
        mvc.perform(get("/tasks").param("due", "overdue").with(user(officer)))
                .andExpect(content().string(allOf(containsString("/tasks/" + selfA), containsString("Quá hạn 2 ngày"),
                        containsString("table-danger"),
                        containsString(vn.parindex.common.VietnamTime.format(world.selfAssessmentDue())))));
    }

    @Test
    void pagesOf25SoonestFirstWithoutDueDateLastAndTheBadgeCountsThemAll() throws Exception {
        String group = CandidateGroups.officers(world.agencyACode());
        Instant now = Instant.now();
        String first = null;
        String lastDated = null;
        for (int i = 1; i <= 29; i++) {
            String id = fake(group, now.plus(i, ChronoUnit.DAYS));
            first = first == null ? id : first;
            lastDated = id;
        }
        String undated = fake(group, null);
        UserDetails officer = users.loadUserByUsername(world.officer());

        mvc.perform(get("/tasks").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/tasks/" + first), not(containsString("/tasks/" + lastDated)),
                        not(containsString("/tasks/" + undated)), containsString("Trang 1/2 (31 nhiệm vụ)"),
                        containsString("id=\"open-task-count\">31</span>"))));
        mvc.perform(get("/tasks").param("page", "1").with(user(officer)))
                .andExpect(content().string(allOf(containsString("/tasks/" + lastDated), containsString("/tasks/" + undated),
                        not(containsString("/tasks/" + first)), containsString("Trang 2/2 (31 nhiệm vụ)"))));
        // a filtered list in the same request as the badge: each its own number
        mvc.perform(get("/tasks").param("due", "none").with(user(officer)))
                .andExpect(content().string(allOf(containsString("/tasks/" + undated), not(containsString("/tasks/" + first)),
                        containsString("id=\"open-task-count\">31</span>"))));
        assertThat(taskList.count(world.officer(), Set.of(group))).isEqualTo(31);
        // the head is in another group of the same agency: none of these
        mvc.perform(get("/").with(user(users.loadUserByUsername(world.head()))))
                .andExpect(content().string(not(containsString("id=\"open-task-count\""))));
    }

    @Test
    void claimUnclaimAndDelegateOnlyWithinTheAgencyAndTheTasksGroups() throws Exception {
        String colleague = colleague(Role.OFFICER);
        UserDetails officer = users.loadUserByUsername(world.officer());
        UserDetails other = users.loadUserByUsername(colleague);

        mvc.perform(post("/tasks/" + selfA + "/claim").with(csrf()).with(user(officer)))
                .andExpect(redirectedUrl("/tasks/" + selfA));
        assertThat(taskService.createTaskQuery().taskId(selfA).singleResult().getAssignee()).isEqualTo(world.officer());
        assertThat(workItems.findById(selfA).orElseThrow().getAssignee()).isEqualTo(world.officer());
        mvc.perform(get("/tasks").with(user(officer)))
                .andExpect(content().string(containsString("Đã nhận: " + world.officer())));
        // the colleague can neither take it nor give it back
        mvc.perform(post("/tasks/" + selfA + "/claim").with(csrf()).with(user(other)))
                .andExpect(flash().attribute("errorKey", "tasks.claim.refused"));
        mvc.perform(post("/tasks/" + selfA + "/unclaim").with(csrf()).with(user(other)))
                .andExpect(flash().attribute("errorKey", "tasks.unclaim.refused"));
        mvc.perform(post("/tasks/" + selfA + "/unclaim").with(csrf()).with(user(officer)))
                .andExpect(flash().attribute("messageKey", "tasks.unclaimed"));
        assertThat(taskService.createTaskQuery().taskId(selfA).singleResult().getAssignee()).isNull();

        // not to a reviewer of another agency, not to the head (not in the officers' group), not to a stranger
        for (String refused : new String[] {world.reviewer(), world.head(), "nobody-" + System.nanoTime()}) {
            mvc.perform(post("/tasks/" + selfA + "/delegate").param("username", refused).with(csrf()).with(user(officer)))
                    .andExpect(flash().attribute("errorKey", "tasks.delegate.refused"));
        }
        assertThat(taskService.createTaskQuery().taskId(selfA).singleResult().getAssignee()).isNull();
        mvc.perform(post("/tasks/" + selfA + "/delegate").param("username", colleague).with(csrf()).with(user(officer)))
                .andExpect(flash().attribute("messageKey", "tasks.delegated"));
        assertThat(taskService.createTaskQuery().taskId(selfA).singleResult().getAssignee()).isEqualTo(colleague);
        mvc.perform(get("/tasks").with(user(other)))
                .andExpect(content().string(allOf(containsString("/tasks/" + selfA), containsString("Đã nhận: " + colleague))));
        // another agency's task cannot be handed over at all
        mvc.perform(post("/tasks/" + selfB + "/delegate").param("username", colleague).with(csrf()).with(user(officer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void bulkClaimTakesTheTickedTasksStillFree() throws Exception {
        String colleague = colleague(Role.OFFICER);
        mvc.perform(post("/tasks/claim").param("taskIds", selfA).with(csrf())
                        .with(user(users.loadUserByUsername(colleague))))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("claimedCount", 1));
        assertThat(taskService.createTaskQuery().taskId(selfA).singleResult().getAssignee()).isEqualTo(colleague);
        mvc.perform(post("/tasks/claim").param("taskIds", selfA).with(csrf())
                        .with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(flash().attribute("claimedCount", 0))
                .andExpect(flash().attribute("refusedCount", 1));
        mvc.perform(post("/tasks/claim").param("taskIds", selfB).with(csrf())
                        .with(user(users.loadUserByUsername(world.officer()))))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(selfB).singleResult().getAssignee()).isNull();
    }

    @Test
    void whatWasTypedWhenTheSessionExpiredIsShownAgainAfterLogin() throws Exception {
        processes.complete(selfA, world.officer(), new HashMap<>(Map.of("confirmSubmission", true)));
        fixture.runDueJobs(world);
        String signOff = task(world.agencyACode());
        MockHttpSession session = new MockHttpSession();

        // the session (and its CSRF token) expired while the head was writing
        mvc.perform(post("/tasks/" + signOff).param("signOff", "refuse")
                        .param("comment", "Đề nghị bổ sung minh chứng tiêu chí 2.1").session(session))
                .andExpect(redirectedUrl("/tasks/" + signOff));
        mvc.perform(get("/tasks/" + signOff).session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/login").param("username", world.head()).param("password", ProcessFixture.PASSWORD)
                        .with(csrf()).session(session))
                .andExpect(redirectedUrlPattern("**/tasks/" + signOff + "*"));
        mvc.perform(get("/tasks/" + signOff).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phiên làm việc đã hết hạn; nội dung bạn nhập đã được giữ lại"),
                        containsString("Đề nghị bổ sung minh chứng tiêu chí 2.1"))));
        // nothing was completed behind the head's back, and the kept text is shown once
        assertThat(taskService.createTaskQuery().taskId(signOff).count()).isEqualTo(1);
        mvc.perform(get("/tasks/" + signOff).session(session))
                .andExpect(content().string(not(containsString("Phiên làm việc đã hết hạn"))));
    }

    @Test
    void aScorecardLeafSavedAfterTheSessionExpiredIsKeptAndThePageAsksForTheLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/assessments/7/agencies/8/criteria/9").header("HX-Request", "true")
                        .param("answer", "yes").param("note", "Ghi chú dài").session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/assessments/7/agencies/8"));
        Map<String, String> kept = KeptForm.take(session, "/assessments/7/agencies/8");
        assertThat(kept).containsEntry("note", "Ghi chú dài").containsEntry("answer", "yes")
                .containsEntry(KeptForm.LEAF_ID, "9");
        assertThat(KeptForm.take(session, "/assessments/7/agencies/8")).isNull();
    }

    private String fake(String group, Instant due) {
        String id = "fake-" + System.nanoTime();
        items.created(new TaskSnapshot(id, "pi-" + id, "submitSelfAssessment", "Tự đánh giá", world.campaignId(),
                world.agencyAId(), null, MilestoneType.SELF_ASSESSMENT, Set.of(group), null, Instant.now(), due, null));
        return id;
    }

    private String colleague(Role role) {
        String username = "colleague." + System.nanoTime();
        accounts.create(username, "Đồng nghiệp " + username, username + "@test.parindex.vn",
                organisers.findById(world.organiserId()).orElseThrow(), agencies.findById(world.agencyAId()).orElseThrow(),
                EnumSet.of(role), ProcessFixture.PASSWORD, false);
        return username;
    }

    private String task(String agencyCode) {
        return taskService.createTaskQuery().processInstanceId(fixture.agencyInstance(world, agencyCode).getId())
                .singleResult().getId();
    }
}
