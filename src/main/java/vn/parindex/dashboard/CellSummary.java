package vn.parindex.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.parindex.dashboard.DashboardQueries.Item;
import vn.parindex.tasklist.WorkItemState;

/**
 * What the cell rule needs of one agency's (or the campaign's) work items at one milestone: the organiser's latest
 * decision on a missed deadline and how the agency's own work stands. Summed up in SQL for a whole campaign
 * ({@link CellSummaries}) or from the items of one agency, with the same meaning.
 */
record CellSummary(boolean decisionLatest, boolean decisionOpen, boolean decisionClosed,
                   long overdue, long open, long completed, long late, long cancelled) {

    static final CellSummary NONE = new CellSummary(false, false, false, 0, 0, 0, 0, 0);

    static CellSummary of(List<Item> items, Instant now) {
        List<Item> work = items.stream().filter(i -> !MilestoneCells.DECISION_TASK.equals(i.taskKey())).toList();
        Optional<Item> decision = items.stream().filter(i -> MilestoneCells.DECISION_TASK.equals(i.taskKey()))
                .max(Comparator.comparing(Item::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        Instant lastWork = work.stream().map(Item::createdAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant lastDecision = decision.map(Item::createdAt).orElse(null);
        return new CellSummary(decisionLatest(lastWork, lastDecision),
                decision.filter(d -> d.state() == WorkItemState.OPEN).isPresent(),
                decision.filter(d -> d.state() == WorkItemState.COMPLETED && MilestoneCells.CLOSE.equals(d.outcome()))
                        .isPresent(),
                work.stream().filter(i -> MilestoneCells.isOverdue(i, now)).count(),
                work.stream().filter(i -> i.state() == WorkItemState.OPEN).count(),
                work.stream().filter(i -> i.state() == WorkItemState.COMPLETED).count(),
                work.stream().filter(i -> i.state() == WorkItemState.COMPLETED && MilestoneCells.completedLate(i))
                        .count(),
                work.stream().filter(i -> i.state() == WorkItemState.CANCELLED).count());
    }

    /**
     * Whether the organiser's latest decision came after the agency's latest work (it then decides the cell);
     * {@link CellSummaries} asks the same in SQL.
     */
    static boolean decisionLatest(Instant lastWork, Instant lastDecision) {
        return lastDecision != null && (lastWork == null || lastDecision.isAfter(lastWork));
    }
}
