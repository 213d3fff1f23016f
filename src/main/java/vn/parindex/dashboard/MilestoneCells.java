package vn.parindex.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Milestone;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.dashboard.DashboardQueries.Item;
import vn.parindex.tasklist.WorkItemState;
import vn.parindex.workflow.ProcessModel;

/**
 * Where one agency stands at each milestone: the one rule behind the grid, the counts, the Excel and the agency's
 * home. The organiser's decision on a missed deadline is not the agency's work: while it is open the agency stays
 * overdue, a "close" makes it closed, an extension gives it a new task.
 */
final class MilestoneCells {

    static final String DECISION_TASK = ProcessModel.DECIDE_ON_MISSED_DEADLINE;
    static final String CLOSE = "close";

    private MilestoneCells() {
    }

    /** The campaign's milestones by date (due date, then window start), as a plan lists them. */
    static List<Milestone> byDate(List<Milestone> timeline) {
        return timeline.stream().sorted(Comparator
                .comparing(Milestone::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Milestone::getWindowStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Milestone::getType)).toList();
    }

    /**
     * One agency's cells: its own tasks of each milestone, or, for the organiser's steps (framework, training,
     * survey, aggregation, approval, publication), the campaign's tasks of that milestone. A step an agency closed
     * as not submitted never reached (appraisal, supplementary evidence) does not apply to it.
     */
    static Map<MilestoneType, CellState> of(Campaign campaign, AssessmentStatus status,
                                            Map<MilestoneType, CellSummary> own,
                                            Map<MilestoneType, CellSummary> campaignWide) {
        return of(campaign, campaign.timeline(), status, own, campaignWide);
    }

    /** The same, with the campaign's milestones read once for all of its agencies. */
    static Map<MilestoneType, CellState> of(Campaign campaign, List<Milestone> milestones, AssessmentStatus status,
                                            Map<MilestoneType, CellSummary> own,
                                            Map<MilestoneType, CellSummary> campaignWide) {
        boolean published = campaign.getStatus() == CampaignStatus.PUBLISHED
                || campaign.getStatus() == CampaignStatus.CLOSED;
        boolean closed = status == AssessmentStatus.CLOSED_NOT_SUBMITTED;
        Map<MilestoneType, CellState> cells = new EnumMap<>(MilestoneType.class);
        for (Milestone milestone : milestones) {
            CellSummary items = own.get(milestone.getType());
            boolean organisersStep = items == null && campaignWide.containsKey(milestone.getType());
            if (organisersStep) {
                items = campaignWide.get(milestone.getType());
            }
            cells.put(milestone.getType(), milestone.isUsed()
                    ? state(items == null ? CellSummary.NONE : items, published || closed && !organisersStep)
                    : CellState.NOT_USED);
        }
        return cells;
    }

    /** One agency's cells, read on their own: its drill-down and its home page show what its grid line shows. */
    static Map<MilestoneType, CellState> ofAgency(DashboardQueries queries, Campaign campaign, Long agencyId,
                                                  AssessmentStatus status, Instant now) {
        return of(campaign, status, summaries(queries.items(campaign.getId(), agencyId), now),
                summaries(queries.campaignItems(campaign.getId()), now));
    }

    private static Map<MilestoneType, CellSummary> summaries(List<Item> items, Instant now) {
        Map<MilestoneType, CellSummary> summaries = new EnumMap<>(MilestoneType.class);
        items.stream().filter(i -> i.milestone() != null).collect(Collectors.groupingBy(Item::milestone))
                .forEach((milestone, own) -> summaries.put(milestone, CellSummary.of(own, now)));
        return summaries;
    }

    /**
     * Overdue wins over pending, pending over late, late over on time: the worst thing still open shows. Once
     * {@code finished} (results published, or the agency closed), what never happened is "not used", not pending.
     */
    static CellState state(CellSummary items, boolean finished) {
        if (items.decisionLatest()) {
            if (items.decisionOpen()) {
                return CellState.OVERDUE;
            }
            if (items.decisionClosed()) {
                return CellState.CLOSED;
            }
        }
        if (items.overdue() > 0) {
            return CellState.OVERDUE;
        }
        if (items.open() > 0) {
            return finished ? CellState.NOT_USED : CellState.PENDING;
        }
        if (items.completed() == 0) {
            if (items.cancelled() > 0 && !finished) {
                return CellState.OVERDUE;
            }
            return finished ? CellState.NOT_USED : CellState.PENDING;
        }
        return items.late() > 0 ? CellState.LATE : CellState.ON_TIME;
    }

    static boolean isOverdue(Item item, Instant now) {
        return item.state() == WorkItemState.OPEN && item.dueAt() != null && item.dueAt().isBefore(now);
    }

    static boolean completedLate(Item item) {
        if (item.lateDays() != null) {
            return item.lateDays() > 0;
        }
        return item.dueAt() != null && item.completedAt() != null && item.completedAt().isAfter(item.dueAt());
    }

    /** Before the self-assessment window opens, an open assessment waits for it: the date it opens, else null. */
    static LocalDate waitingForWindow(Campaign campaign, AssessmentStatus status, LocalDate today) {
        if (status != AssessmentStatus.OPEN) {
            return null;
        }
        return campaign.milestone(MilestoneType.SELF_ASSESSMENT)
                .map(Milestone::getWindowStart).filter(start -> start.isAfter(today)).orElse(null);
    }
}
