package vn.parindex.tasklist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import vn.parindex.agency.Agency;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.SearchText;
import vn.parindex.common.VietnamTime;

/**
 * The filters of the task list. Every condition is on our own tables (work_item, task_group, agency), never on
 * process variables.
 *
 * @param due one of "overdue", "week" (due before next Monday, not yet overdue), "none" (no due date), or blank
 */
public record TaskFilter(MilestoneType milestone, String due, String agency) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    boolean isEmpty() {
        return milestone == null && blank(due) && blank(agency);
    }

    /** The open tasks offered to a user (as {@link WorkItemRepository#openFor}), narrowed by this filter. */
    Specification<WorkItem> forUser(String username, Collection<String> groups, Instant now, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("state"), WorkItemState.OPEN));
            where.add(offeredTo(root, query, cb, username, groups));
            if (milestone != null) {
                where.add(cb.equal(root.get("milestone"), milestone));
            }
            switch (blank(due) ? "" : due) {
                case "overdue" -> where.add(cb.lessThan(root.get("dueAt"), now));
                case "week" -> {
                    Instant nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                            .atStartOfDay(VietnamTime.ZONE).toInstant();
                    where.add(cb.greaterThanOrEqualTo(root.get("dueAt"), now));
                    where.add(cb.lessThan(root.get("dueAt"), nextMonday));
                }
                case "none" -> where.add(cb.isNull(root.get("dueAt")));
                default -> {
                }
            }
            if (!blank(agency)) {
                Subquery<Long> agencies = query.subquery(Long.class);
                Root<Agency> a = agencies.from(Agency.class);
                agencies.select(a.get("id")).where(cb.like(a.get("searchText"), "%" + escape(SearchText.fold(agency)) + "%", '\\'));
                where.add(root.get("agencyId").in(agencies));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                // soonest deadline first, tasks without one last (the same on H2 and PostgreSQL)
                query.orderBy(cb.asc(cb.selectCase().when(cb.isNull(root.get("dueAt")), 1).otherwise(0)),
                        cb.asc(root.get("dueAt")), cb.asc(root.get("createdAt")), cb.asc(root.get("taskId")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate offeredTo(Root<WorkItem> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
                                       jakarta.persistence.criteria.CriteriaBuilder cb, String username,
                                       Collection<String> groups) {
        Predicate mine = cb.equal(root.get("assignee"), username);
        if (groups.isEmpty()) {
            return mine;
        }
        Subquery<String> ofGroups = query.subquery(String.class);
        Root<WorkItem> other = ofGroups.from(WorkItem.class);
        Join<WorkItem, String> group = other.join("groups");
        ofGroups.select(other.get("taskId")).where(group.in(groups));
        return cb.or(mine, cb.and(cb.isNull(root.get("assignee")), root.get("taskId").in(ofGroups)));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
