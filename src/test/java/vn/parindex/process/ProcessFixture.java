package vn.parindex.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.campaign.ReviewerDefaults;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.EngineClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;

/**
 * A small province of its own for each process test: a standing body (which also appraises what nobody was
 * assigned), a reviewing department for group 2, agency A with an officer and a head, agency B with no user
 * yet, a two-group framework and a campaign whose milestones lie ahead of today.
 */
@Component
public class ProcessFixture {

    public static final String PASSWORD = "Test@2026x";

    private final OrganiserRepository organisers;
    private final AgencyTypeRepository agencyTypes;
    private final AgencyRepository agencies;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CampaignRepository campaigns;
    private final UserAccounts users;
    private final TransactionTemplate tx;
    private final AppClock clock;
    private final EngineClock engineClock;
    private final RuntimeService runtime;
    private final ManagementService management;

    ProcessFixture(OrganiserRepository organisers, AgencyTypeRepository agencyTypes, AgencyRepository agencies,
                   FrameworkRepository frameworks, FrameworkVersionRepository versions, CampaignRepository campaigns,
                   UserAccounts users, TransactionTemplate tx, AppClock clock, EngineClock engineClock,
                   RuntimeService runtime, ManagementService management) {
        this.organisers = organisers;
        this.agencyTypes = agencyTypes;
        this.agencies = agencies;
        this.frameworks = frameworks;
        this.versions = versions;
        this.campaigns = campaigns;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
        this.engineClock = engineClock;
        this.runtime = runtime;
        this.management = management;
    }

    /** What a test needs to know of its province. */
    public record World(String code, Long organiserId, Long campaignId, Long standingId, Long reviewerId,
                        Long agencyAId, Long agencyBId, String agencyACode, String agencyBCode, String reviewerCode,
                        String standingCode, String officer, String head, String reviewer, String organiser,
                        String council, String chairman, LocalDate selfAssessmentDue) {

        public String campaignKey() {
            return LocalDate.now().getYear() + ":" + code;
        }

        public String agencyKey(String agencyCode) {
            return campaignKey() + ":" + agencyCode;
        }
    }

    /** Options for the campaign's plan. */
    public record Plan(boolean respondentList, boolean training, boolean selfAssessmentWindowLater,
                       boolean assignReviewer) {
        public static Plan standard() {
            return new Plan(false, true, false, true);
        }
    }

    public World world() {
        return world(Plan.standard());
    }

    public World world(Plan plan) {
        String code = "P" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        LocalDate today = clock.today();
        return tx.execute(status -> {
            AgencyType department = agencyTypes.findByCode("DEPARTMENT").orElseThrow();
            Organiser organiser = organisers.save(new Organiser(code, "Tỉnh thử " + code, OrganiserLevel.PROVINCE, null));
            Agency standing = agency(organiser, code + "-SNV", "Sở Nội vụ " + code, department, true);
            organiser.setStandingAgency(standing);
            Agency reviewer = agency(organiser, code + "-STP", "Sở Tư pháp " + code, department, true);
            Agency agencyA = agency(organiser, code + "-SCT", "Sở Công Thương " + code, department, false);
            Agency agencyB = agency(organiser, code + "-SXD", "Sở Xây dựng " + code, department, false);

            Framework framework = frameworks.save(new Framework(organiser, department, today.getYear(), "Bộ tiêu chí " + code));
            FrameworkVersion version = new FrameworkVersion(framework, 1, BigDecimal.valueOf(100), clock.instant());
            Criterion group1 = node(version, null, "1", "Công tác chỉ đạo, điều hành", 60, 0);
            node(version, group1, "1.1", "Kế hoạch CCHC năm", 60, 1).setRuleType(RuleType.YES_NO);
            Criterion group2 = node(version, null, "2", "Cải cách thể chế", 40, 2);
            node(version, group2, "2.1", "Rà soát văn bản", 40, 3).setRuleType(RuleType.YES_NO);
            if (plan.assignReviewer()) {
                group2.setReviewerAgency(reviewer);
            }
            version.publish("test", clock.instant());
            versions.save(version);

            Campaign campaign = new Campaign(organiser, today.getYear(), "Đợt thử " + code);
            planAhead(campaign, today, plan);
            campaign.getFrameworks().put(department, version);
            ReviewerDefaults.copyInto(campaign, department, version);
            campaign.getAgencies().add(agencyA);
            campaign.getAgencies().add(agencyB);
            campaigns.save(campaign);

            String lower = code.toLowerCase();
            user("officer." + lower, agencyA, organiser, Role.OFFICER);
            user("head." + lower, agencyA, organiser, Role.HEAD);
            user("reviewer." + lower, reviewer, organiser, Role.REVIEWER);
            user("organiser." + lower, standing, organiser, Role.ORGANISER);
            user("council." + lower, standing, organiser, Role.COUNCIL);
            user("chairman." + lower, standing, organiser, Role.CHAIRMAN);
            return new World(code, organiser.getId(), campaign.getId(), standing.getId(), reviewer.getId(),
                    agencyA.getId(), agencyB.getId(), agencyA.getCode(), agencyB.getCode(), reviewer.getCode(),
                    standing.getCode(), "officer." + lower, "head." + lower, "reviewer." + lower,
                    "organiser." + lower, "council." + lower, "chairman." + lower, today.plusDays(10));
        });
    }

    /** Every milestone ahead of today: self-assessment due in 10 days, publication in 30. */
    public static void planAhead(Campaign campaign, LocalDate today, Plan plan) {
        campaign.setMilestone(MilestoneType.FRAMEWORK_REVISION, null, today.plusDays(1), false);
        campaign.setMilestone(MilestoneType.TRAINING, null, today.plusDays(2), plan.training());
        campaign.setMilestone(MilestoneType.RESPONDENT_LIST, null, today.plusDays(5), plan.respondentList());
        campaign.setMilestone(MilestoneType.SELF_ASSESSMENT, plan.selfAssessmentWindowLater() ? today.plusDays(4) : null,
                today.plusDays(10), true);
        campaign.setMilestone(MilestoneType.SUPPLEMENTARY, today.plusDays(11), today.plusDays(18), true);
        campaign.setMilestone(MilestoneType.APPRAISAL, null, today.plusDays(20), true);
        campaign.setMilestone(MilestoneType.SURVEY_RESULTS, null, today.plusDays(20), true);
        campaign.setMilestone(MilestoneType.AGGREGATION, null, today.plusDays(25), true);
        campaign.setMilestone(MilestoneType.APPROVAL, null, today.plusDays(28), true);
        campaign.setMilestone(MilestoneType.PUBLICATION, null, today.plusDays(30), true);
    }

    private Agency agency(Organiser organiser, String code, String name, AgencyType type, boolean reviewer) {
        Agency agency = new Agency(organiser, code, name, type);
        agency.setReviewer(reviewer);
        agency.setHeadName("Thủ trưởng " + name);
        agency.setHeadEmail("head-" + code.toLowerCase() + "@test.parindex.vn");
        agency.setFocalName("Đầu mối " + name);
        agency.setFocalEmail("focal-" + code.toLowerCase() + "@test.parindex.vn");
        return agencies.save(agency);
    }

    private static Criterion node(FrameworkVersion version, Criterion parent, String code, String title, int max,
                                  int position) {
        Criterion criterion = new Criterion(version, parent, code, title, BigDecimal.valueOf(max));
        criterion.setPosition(position);
        version.getCriteria().add(criterion);
        if (parent != null) {
            parent.getChildren().add(criterion);
        }
        return criterion;
    }

    private void user(String username, Agency agency, Organiser organiser, Role role) {
        users.create(username, username, username + "@test.parindex.vn", organiser, agency,
                EnumSet.of(role), PASSWORD, false);
    }

    // ---------------------------------------------------------------- time and jobs

    /** Moves the application's and the engine's clocks to the given Vietnam date and time. */
    public void travelTo(LocalDate date, int hour, int minute) {
        ZonedDateTime target = date.atTime(hour, minute).atZone(VietnamTime.ZONE);
        engineClock.setOffset(Duration.between(ZonedDateTime.now(VietnamTime.ZONE), target));
    }

    public void resetClock() {
        engineClock.reset();
    }

    /** Runs every job of this world's processes that is due now, as the job executor would, until none is left. */
    public int runDueJobs(World world) {
        return runDueJobs(world.campaignKey());
    }

    /** Runs the due jobs of the world the task's process belongs to (its business key starts with year:organiser). */
    public int runDueJobsOf(org.camunda.bpm.engine.task.Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (instance == null) {
            return 0;
        }
        String[] key = instance.getBusinessKey().split(":");
        return runDueJobs(key[0] + ":" + key[1]);
    }

    public int runDueJobs(String campaignKey) {
        int executed = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = dueJobs(campaignKey);
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    public List<Job> dueJobs(World world) {
        return dueJobs(world.campaignKey());
    }

    private List<Job> dueJobs(String campaignKey) {
        Set<String> instances = instanceIds(campaignKey);
        return management.createJobQuery().executable().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
    }

    public Set<String> instanceIds(World world) {
        return instanceIds(world.campaignKey());
    }

    private Set<String> instanceIds(String campaignKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(campaignKey + "%").list()
                .stream().map(ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
    }

    public ProcessInstance agencyInstance(World world, String agencyCode) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("agency-assessment")
                .processInstanceBusinessKey(world.agencyKey(agencyCode)).singleResult();
    }

    public ProcessInstance campaignInstance(World world) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("par-campaign")
                .processInstanceBusinessKey(world.campaignKey()).singleResult();
    }
}
