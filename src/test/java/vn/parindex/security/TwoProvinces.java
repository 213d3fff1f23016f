package vn.parindex.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.appraisal.AppraisalRounds;
import vn.parindex.appraisal.Objection;
import vn.parindex.appraisal.ObjectionRepository;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.framework.Criterion;
import vn.parindex.notification.MailKind;
import vn.parindex.notification.Outbox;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.notification.RenderedMail;
import vn.parindex.process.ProcessFixture;
import vn.parindex.survey.Respondent;
import vn.parindex.survey.RespondentRepository;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * Two provinces of their own, each with a user of every role and, for its agency B (no actor works there), one
 * resource of every kind the pages show: a running campaign, a scorecard with an evidence file, a respondent list,
 * appraisal tasks of two reviewing departments, a supplementary request with its open task, an objection, a mail.
 * Built once per test JVM (the Spring context is shared, so is this).
 */
@Component
class TwoProvinces {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** The ids of one province's resources, all of its agency B (or of the province itself). */
    record Ids(String code, Long organiser, Long campaign, Long agency, Long leaf, Long evidence,
               String supplementaryTask, String standingTask, String reviewerTask, Long objection, Long outbox,
               Long user, Long framework, Long version) {

        /** The template with {campaign}, {agency} … replaced by this province's ids. */
        String fill(String template) {
            Map<String, Object> values = new HashMap<>();
            values.put("campaign", campaign);
            values.put("agency", agency);
            values.put("leaf", leaf);
            values.put("evidence", evidence);
            values.put("supplementaryTask", supplementaryTask);
            values.put("standingTask", standingTask);
            values.put("reviewerTask", reviewerTask);
            values.put("objection", objection);
            values.put("outbox", outbox);
            values.put("user", user);
            values.put("framework", framework);
            values.put("version", version);
            String url = template;
            for (Map.Entry<String, Object> value : values.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
            }
            if (url.contains("{")) {
                throw new IllegalArgumentException("unknown placeholder in " + template);
            }
            return url;
        }
    }

    /** The home province (its users act) and the foreign one (its data must stay out of reach). */
    record Provinces(Ids home, Ids foreign, Map<Role, CurrentUser> actors) {
    }

    private final ProcessFixture fixture;
    private final CampaignLaunch launch;
    private final CampaignProcesses processes;
    private final CampaignRepository campaigns;
    private final AgencyRepository agencies;
    private final UserAccounts accounts;
    private final AppUserRepository users;
    private final UserDetailsService details;
    private final WorkItemRepository items;
    private final CriterionScoreRepository scores;
    private final EvidenceFileRepository evidence;
    private final ObjectionRepository objections;
    private final RespondentRepository respondents;
    private final Outbox outbox;
    private final OutboxMailRepository mails;
    private final TransactionTemplate tx;
    private final MockMvc mvc;
    private Provinces built;

    TwoProvinces(ProcessFixture fixture, CampaignLaunch launch, CampaignProcesses processes, CampaignRepository campaigns,
                 AgencyRepository agencies, UserAccounts accounts, AppUserRepository users, UserDetailsService details,
                 WorkItemRepository items, CriterionScoreRepository scores, EvidenceFileRepository evidence,
                 ObjectionRepository objections, RespondentRepository respondents, Outbox outbox,
                 OutboxMailRepository mails, TransactionTemplate tx, MockMvc mvc) {
        this.fixture = fixture;
        this.launch = launch;
        this.processes = processes;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.accounts = accounts;
        this.users = users;
        this.details = details;
        this.items = items;
        this.scores = scores;
        this.evidence = evidence;
        this.objections = objections;
        this.respondents = respondents;
        this.outbox = outbox;
        this.mails = mails;
        this.tx = tx;
        this.mvc = mvc;
    }

    synchronized Provinces get() throws Exception {
        if (built == null) {
            ProcessFixture.World home = fixture.world();
            Ids homeIds = stage(home);
            Ids foreignIds = stage(fixture.world());
            Map<Role, CurrentUser> actors = new EnumMap<>(Role.class);
            String lower = home.code().toLowerCase();
            actors.put(Role.ORGANISER, as(home.organiser()));
            actors.put(Role.OFFICER, as(home.officer()));
            actors.put(Role.HEAD, as(home.head()));
            actors.put(Role.REVIEWER, as(home.reviewer()));
            actors.put(Role.COUNCIL, as(home.council()));
            actors.put(Role.CHAIRMAN, as(home.chairman()));
            actors.put(Role.VIEWER, as("viewer." + lower));
            actors.put(Role.ADMIN, as("admin." + lower));
            built = new Provinces(homeIds, foreignIds, actors);
        }
        return built;
    }

    CurrentUser as(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    private Ids stage(ProcessFixture.World world) throws Exception {
        String lower = world.code().toLowerCase();
        String officerB = "officer.b." + lower;
        String headB = "head.b." + lower;
        tx.executeWithoutResult(status -> {
            Agency standing = agencies.findById(world.standingId()).orElseThrow();
            Agency b = agencies.findById(world.agencyBId()).orElseThrow();
            account("viewer." + lower, standing, Role.VIEWER);
            account("admin." + lower, standing, Role.ADMIN);
            account(officerB, b, Role.OFFICER);
            account(headB, b, Role.HEAD);
        });
        Map<String, Long> leaves = tx.execute(status -> {
            Map<String, Long> ids = new HashMap<>();
            for (Criterion c : campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().values().iterator()
                    .next().getCriteria()) {
                ids.put(c.getCode(), c.getId());
            }
            return ids;
        });
        Long leaf11 = leaves.get("1.1");
        Long leaf21 = leaves.get("2.1");
        launch.launch(world.campaignId(), world.organiserId());
        fixture.runDueJobs(world);

        // agency B scores itself with evidence, sends it in, its head signs off
        mvc.perform(multipart("/assessments/" + world.campaignId() + "/agencies/" + world.agencyBId() + "/criteria/"
                        + leaf21 + "/evidence")
                        .file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", PDF))
                        .with(csrf()).with(user(as(officerB))))
                .andExpect(status().is3xxRedirection());
        selfScore(world, leaf11, 60);
        selfScore(world, leaf21, 40);
        complete(world, openTask(world, "submitSelfAssessment", null).getTaskId(), officerB,
                Map.of("confirmSubmission", true));
        complete(world, openTask(world, "signOffSelfAssessment", null).getTaskId(), headB,
                Map.of("signOff", "approve"));

        // the reviewing department asks for more on 2.1, the standing body accepts 1.1: B answers next
        String reviewerTask = openTask(world, AppraisalRounds.APPRAISE_TASK, world.reviewerId()).getTaskId();
        String standingTask = openTask(world, AppraisalRounds.APPRAISE_TASK, world.standingId()).getTaskId();
        mvc.perform(post("/appraisals/" + reviewerTask + "/criteria/" + leaf21 + "/request").with(csrf())
                        .param("message", "Bổ sung văn bản rà soát").with(user(as(world.reviewer()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/appraisals/" + reviewerTask + "/finish").with(csrf()).with(user(as(world.reviewer()))))
                .andExpect(status().is3xxRedirection());
        long version = scores.findByCampaignIdAndAgencyIdAndCriterionId(world.campaignId(), world.agencyBId(), leaf11)
                .orElseThrow().getVersion();
        mvc.perform(post("/appraisals/" + standingTask + "/criteria/" + leaf11 + "/accept").with(csrf())
                        .param("version", Long.toString(version)).with(user(as(world.organiser()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/appraisals/" + standingTask + "/finish").with(csrf()).with(user(as(world.organiser()))))
                .andExpect(status().is3xxRedirection());
        fixture.runDueJobs(world);
        String supplementaryTask = openTask(world, AppraisalRounds.SUPPLEMENTARY_TASK, null).getTaskId();

        Instant now = Instant.now();
        Long objection = objections.save(new Objection(world.campaignId(), world.agencyBId(), leaf21,
                world.reviewerId(), Objection.Kind.OBJECTION, "Đề nghị xem lại", officerB, now)).getId();
        respondents.save(new Respondent(world.campaignId(), world.agencyBId(), 1, "Nguyễn Văn Khảo",
                "Phường 1", "0912345678", officerB, now));
        Long mail = tx.execute(status -> {
            outbox.enqueue("security-test:" + world.code(), world.campaignId(), world.agencyBId(),
                    MailKind.REMINDER, "focal@" + lower + ".test", new RenderedMail("Nhắc việc", "<p>x</p>", null));
            return mails.findAll().stream().filter(m -> world.campaignId().equals(m.getCampaignId()))
                    .findFirst().orElseThrow().getId();
        });
        Long evidenceId = evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(
                world.campaignId(), world.agencyBId(), leaf21).get(0).getId();
        Long[] framework = tx.execute(status -> {
            var v = campaigns.findById(world.campaignId()).orElseThrow().getFrameworks().values().iterator().next();
            return new Long[] {v.getFramework().getId(), v.getId()};
        });
        return new Ids(world.code(), world.organiserId(), world.campaignId(), world.agencyBId(), leaf21, evidenceId,
                supplementaryTask, standingTask, reviewerTask, objection, mail,
                users.findByUsername(officerB).orElseThrow().getId(), framework[0], framework[1]);
    }

    private void account(String username, Agency agency, Role role) {
        accounts.create(username, username, username + "@test.parindex.vn", agency.getOrganiser(), agency,
                EnumSet.of(role), ProcessFixture.PASSWORD, false);
    }

    private void selfScore(ProcessFixture.World world, Long leaf, int points) {
        CriterionScore score = new CriterionScore(world.campaignId(), world.agencyBId(), leaf);
        score.setSelfAnswer("có");
        score.setSelfPoints(BigDecimal.valueOf(points).setScale(2));
        scores.save(score);
    }

    private WorkItem openTask(ProcessFixture.World world, String taskKey, Long reviewerAgencyId) {
        return items.findByCampaignIdAndAgencyIdAndState(world.campaignId(), world.agencyBId(), WorkItemState.OPEN)
                .stream().filter(i -> i.getTaskKey().equals(taskKey)
                        && (reviewerAgencyId == null || reviewerAgencyId.equals(i.getReviewerAgencyId())))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + taskKey));
    }

    private void complete(ProcessFixture.World world, String taskId, String username, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("comment", null);
        processes.complete(taskId, username, all);
        fixture.runDueJobs(world);
    }
}
