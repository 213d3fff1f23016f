package vn.parindex.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.AgencyAssessment;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.campaign.AgencyExtension;
import vn.parindex.campaign.AgencyExtensionRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Milestone;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;

/** What an assessed agency's officers and head see first: their timeline, what is due next, how far scoring is. */
@Service
@RequiredArgsConstructor
public class AgencyHome {

    private final DashboardQueries queries;
    private final AgencyRepository agencies;
    private final AgencyExtensionRepository extensions;
    private final AgencyAssessmentRepository assessments;
    private final CriterionScoreRepository scores;
    private final WorkItemQueries workItems;
    private final AppClock clock;

    public record Step(MilestoneType type, LocalDate windowStart, LocalDate dueDate, boolean extended, boolean past,
                       CellState state) {
    }

    public record OpenTask(String taskId, String taskKey, Instant dueAt, boolean overdue) {
    }

    public record Home(Agency agency, Campaign campaign, List<Step> timeline, Step next, List<OpenTask> openTasks,
                       long answered, long leaves, AssessmentStatus status, LocalDate waitingUntil) {
        public int answeredPercent() {
            return leaves == 0 ? 0 : (int) (answered * 100 / leaves);
        }
    }

    public static boolean mayUse(CurrentUser user) {
        return user.hasAny(Role.OFFICER, Role.HEAD);
    }

    /** The agency's latest launched campaign, or a home without campaign when it takes part in none. */
    @Transactional(readOnly = true)
    public Home of(CurrentUser user) {
        if (!mayUse(user)) {
            throw new AccessDeniedException("agency home");
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        List<Campaign> campaigns = queries.launchedCampaignsOf(agency.getId(), user.organiserId());
        if (campaigns.isEmpty()) {
            return new Home(agency, null, List.of(), null, List.of(), 0, 0, null, null);
        }
        Campaign campaign = campaigns.get(0);
        LocalDate today = clock.today();
        Map<MilestoneType, LocalDate> extended = extensions.findByCampaignId(campaign.getId()).stream()
                .filter(e -> e.getAgencyId().equals(agency.getId()))
                .collect(Collectors.toMap(AgencyExtension::getMilestone, AgencyExtension::getDueDate, (a, b) -> b));

        AssessmentStatus status = assessments.findByCampaignIdAndAgencyId(campaign.getId(), agency.getId())
                .map(AgencyAssessment::getStatus).orElse(null);
        Map<MilestoneType, CellState> cells = MilestoneCells.ofAgency(queries, campaign, agency.getId(), status,
                clock.instant());
        List<Step> timeline = MilestoneCells.byDate(campaign.timeline()).stream().filter(Milestone::isUsed).map(m -> {
            LocalDate due = extended.getOrDefault(m.getType(), m.getDueDate());
            return new Step(m.getType(), m.getWindowStart(), due, extended.containsKey(m.getType()), due.isBefore(today),
                    cells.get(m.getType()));
        }).sorted(java.util.Comparator.comparing(Step::dueDate)).toList();
        Step next = timeline.stream().filter(s -> !s.past()).findFirst().orElse(null);
        Instant now = clock.instant();
        List<OpenTask> open = workItems.openOfAgency(campaign.getId(), agency.getId()).stream()
                .filter(w -> w.getReviewerAgencyId() == null || w.getReviewerAgencyId().equals(agency.getId()))
                .sorted(java.util.Comparator.comparing(WorkItem::getDueAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(w -> new OpenTask(w.getTaskId(), w.getTaskKey(), w.getDueAt(),
                        w.getDueAt() != null && w.getDueAt().isBefore(now)))
                .toList();

        FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
        Set<Long> leafIds = version == null ? Set.of() : version.getCriteria().stream()
                .filter(Criterion::isLeaf).filter(c -> c.getMeasuredBy() != MeasuredBy.SURVEY)
                .map(Criterion::getId).collect(Collectors.toSet());
        long answered = scores.findByCampaignIdAndAgencyId(campaign.getId(), agency.getId()).stream()
                .filter(s -> leafIds.contains(s.getCriterionId())).filter(CriterionScore::isSelfAnswered).count();
        return new Home(agency, campaign, timeline, next, open, answered, leafIds.size(), status,
                MilestoneCells.waitingForWindow(campaign, status, today));
    }
}
