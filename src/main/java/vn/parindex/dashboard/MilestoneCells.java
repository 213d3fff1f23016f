package vn.parindex.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Milestone;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.dashboard.DashboardQueries.Item;
import vn.parindex.tasklist.WorkItemState;

/**
 * Where one agency stands at each milestone: the one rule behind the grid, the counts, the Excel and the agency's
 * home. The organiser's decision on a missed deadline is not the agency's work: while it is open the agency stays
 * overdue, a "close" makes it closed, an extension gives it a new task.
 */
final class MilestoneCells {

    static final String DECISION_TASK = "decideOnMissedDeadline";
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
                                            Map<MilestoneType, List<Item>> own,
                                            Map<MilestoneType, List<Item>> campaignWide, Instant now) {
        boolean published = campaign.getStatus() == CampaignStatus.PUBLISHED
                || campaign.getStatus() == CampaignStatus.CLOSED;
        boolean closed = status == AssessmentStatus.CLOSED_NOT_SUBMITTED;
        Map<MilestoneType, CellState> cells = new EnumMap<>(MilestoneType.class);
        for (Milestone milestone : campaign.timeline()) {
            List<Item> items = own.getOrDefault(milestone.getType(), List.of());
            boolean organisersStep = items.isEmpty() && campaignWide.containsKey(milestone.getType());
            if (organisersStep) {
                items = campaignWide.get(milestone.getType());
            }
            cells.put(milestone.getType(), milestone.isUsed()
                    ? state(items, published || closed && !organisersStep, now) : CellState.NOT_USED);
        }
        return cells;
    }

    /** One agency's cells, read on their own: its drill-down and its home page show what its grid line shows. */
    static Map<MilestoneType, CellState> ofAgency(DashboardQueries queries, Campaign campaign, Long agencyId,
                                                  AssessmentStatus status, Instant now) {
        return of(campaign, status, byMilestone(queries.items(campaign.getId(), agencyId)),
                byMilestone(queries.campaignItems(campaign.getId())), now);
    }

    static Map<MilestoneType, List<Item>> byMilestone(List<Item> items) {
        return items.stream().filter(i -> i.milestone() != null).collect(Collectors.groupingBy(Item::milestone,
                () -> new EnumMap<>(MilestoneType.class), Collectors.toList()));
    }

    /**
     * Overdue wins over pending, pending over late, late over on time: the worst thing still open shows. Once
     * {@code finished} (results published, or the agency closed), what never happened is "not used", not pending.
     */
    static CellState state(List<Item> items, boolean finished, Instant now) {
        List<Item> work = items.stream().filter(i -> !DECISION_TASK.equals(i.taskKey())).toList();
        Optional<Item> decision = items.stream().filter(i -> DECISION_TASK.equals(i.taskKey()))
                .max(Comparator.comparing(Item::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        Instant lastWork = work.stream().map(Item::createdAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        if (decision.isPresent() && decision.get().createdAt() != null && decision.get().createdAt().isAfter(lastWork)) {
            Item latest = decision.get();
            if (latest.state() == WorkItemState.OPEN) {
                return CellState.OVERDUE;
            }
            if (latest.state() == WorkItemState.COMPLETED && CLOSE.equals(latest.outcome())) {
                return CellState.CLOSED;
            }
        }
        if (work.stream().anyMatch(i -> isOverdue(i, now))) {
            return CellState.OVERDUE;
        }
        if (work.stream().anyMatch(i -> i.state() == WorkItemState.OPEN)) {
            return finished ? CellState.NOT_USED : CellState.PENDING;
        }
        List<Item> completed = work.stream().filter(i -> i.state() == WorkItemState.COMPLETED).toList();
        if (completed.isEmpty()) {
            if (work.stream().anyMatch(i -> i.state() == WorkItemState.CANCELLED && !finished)) {
                return CellState.OVERDUE;
            }
            return finished ? CellState.NOT_USED : CellState.PENDING;
        }
        return completed.stream().anyMatch(MilestoneCells::completedLate) ? CellState.LATE : CellState.ON_TIME;
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
