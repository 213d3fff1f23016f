package vn.parindex.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.SearchText;
import vn.parindex.common.VietnamTime;

/**
 * The open tasks offered to a user: those of the user's groups nobody has claimed, and those assigned to the
 * user. The candidate tasks are found through the task_group and assignee indexes first and only then read, so
 * the list costs the same with 20,000 open tasks in the database as with 200.
 */
@Component
class TaskListQuery {

    /** A line of the task list, with the names it shows. */
    record Line(String taskId, String taskKey, Long agencyId, Long campaignId, String agencyName, String campaignName,
                MilestoneType milestone, String assignee, Instant dueAt) {
    }

    private static final String OPEN_AND_OFFERED = """
            from work_item w
            left join agency a on a.id = w.agency_id
            join campaign c on c.id = w.campaign_id
            where w.task_id in (%s)
              and w.state = 'OPEN' and (w.assignee is null or w.assignee = :username)
            """;
    private static final String OF_GROUPS = "select g.task_id from task_group g where g.group_id in (:groups) union all ";
    private static final String ASSIGNED = "select m.task_id from work_item m where m.assignee = :username and m.state = 'OPEN'";

    private static final String COUNTED = TaskListQuery.class.getName() + ".counted:";

    private final NamedParameterJdbcTemplate jdbc;

    TaskListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<Line> page(String username, Collection<String> groups, TaskFilter filter, Instant now, LocalDate today,
                    Pageable page) {
        MapSqlParameterSource parameters = parameters(username, groups);
        String conditions = conditions(filter, now, today, parameters);
        String where = from(groups) + conditions;
        long total = conditions.isBlank() ? count(username, groups) : count(where, parameters);
        if (total == 0) {
            return Page.empty(page);
        }
        parameters.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<Line> lines = jdbc.query("""
                select w.task_id, w.task_key, w.agency_id, w.campaign_id, a.name as agency_name, c.name as campaign_name, w.milestone,
                       w.assignee, w.due_at
                """ + where + """
                order by case when w.due_at is null then 1 else 0 end, w.due_at, w.created_at, w.task_id
                limit :limit offset :offset""", parameters, TaskListQuery::line);
        return new PageImpl<>(lines, page, total);
    }

    /** How many open tasks the list shows without filters: the badge in the navigation bar. */
    long count(String username, Collection<String> groups) {
        return count(from(groups), parameters(username, groups));
    }

    /**
     * Counted once per request: the task list without filters shows the same number as the navigation badge
     * ({@link OpenTaskCount}), and the page asked the database for it twice.
     */
    private long count(String where, MapSqlParameterSource parameters) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = COUNTED + where + parameters.getValues();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Long counted) {
            return counted;
        }
        Long count = jdbc.queryForObject("select count(*) " + where, parameters, Long.class);
        long total = count == null ? 0 : count;
        if (request != null) {
            request.setAttribute(key, total, RequestAttributes.SCOPE_REQUEST);
        }
        return total;
    }

    private static MapSqlParameterSource parameters(String username, Collection<String> groups) {
        return new MapSqlParameterSource("username", username).addValue("groups", groups);
    }

    private static String from(Collection<String> groups) {
        return OPEN_AND_OFFERED.formatted(groups.isEmpty() ? ASSIGNED : OF_GROUPS + ASSIGNED);
    }

    private static String conditions(TaskFilter filter, Instant now, LocalDate today, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        if (filter.milestone() != null) {
            sql.append(" and w.milestone = :milestone");
            parameters.addValue("milestone", filter.milestone().name());
        }
        String due = TaskFilter.blank(filter.due()) ? "" : filter.due();
        switch (due) {
            case "overdue" -> sql.append(" and w.due_at < :now");
            case "week" -> {
                sql.append(" and w.due_at >= :now and w.due_at < :nextMonday");
                parameters.addValue("nextMonday", today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                        .atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
            }
            case "none" -> sql.append(" and w.due_at is null");
            default -> {
            }
        }
        parameters.addValue("now", now.atOffset(ZoneOffset.UTC));
        if (!TaskFilter.blank(filter.agency())) {
            sql.append(" and a.search_text like :agency escape '\\'");
            parameters.addValue("agency", "%" + escape(SearchText.fold(filter.agency())) + "%");
        }
        return sql.append('\n').toString();
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        Timestamp due = row.getTimestamp("due_at");
        String milestone = row.getString("milestone");
        return new Line(row.getString("task_id"), row.getString("task_key"), row.getObject("agency_id", Long.class),
                row.getLong("campaign_id"), row.getString("agency_name"), row.getString("campaign_name"),
                milestone == null ? null : MilestoneType.valueOf(milestone), row.getString("assignee"),
                due == null ? null : due.toInstant());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
