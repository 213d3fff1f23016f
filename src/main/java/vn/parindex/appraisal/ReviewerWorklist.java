package vn.parindex.appraisal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.agency.AgencyFilter;
import vn.parindex.common.Choice;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SortKeys;

/**
 * The reviewing department's open appraisals (one per agency and round), one page of them, counted, searched and
 * filtered in the database: agency type, campaign, overdue; the filters combine. Offered to the user as the task
 * list offers them: to one of the user's groups and unclaimed, or claimed by the user. Ties are broken by the task's
 * id, so the order is the same on every page.
 */
@Component
class ReviewerWorklist {

    static final SortKeys SORT = SortKeys.by("w.task_id").key("due", "w.due_at").key("name", "a.name")
            .key("campaign", "c.name").defaultTo("due", true);

    record Filter(AgencyFilter agency, Long campaignId) {
    }

    /** A campaign the department has appraisals open in, for the filter. */
    private static final String FROM = """
            from work_item w
            join agency a on a.id = w.agency_id
            join agency_type t on t.id = a.type_id
            join campaign c on c.id = w.campaign_id
            where w.task_key = :taskKey and w.state = 'OPEN' and w.reviewer_agency_id in (:reviewers)
              and (w.assignee = :username or w.assignee is null and exists (select 1 from task_group g
                   where g.task_id = w.task_id and g.group_id in (:groups)))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ReviewerWorklist(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The task ids of the page, in the page's order. */
    PageResult<String> page(String username, Collection<String> groups, Collection<Long> reviewers, Filter filter,
                            Paging paging, Instant now) {
        MapSqlParameterSource parameters = parameters(username, groups, reviewers);
        String where = FROM + conditions(filter, now, parameters);
        Long total = jdbc.queryForObject("select count(*) " + where, parameters, Long.class);
        return PageResult.of(paging, total == null ? 0 : total, valid -> {
            parameters.addValue("limit", valid.size()).addValue("offset", valid.offset());
            String direction = valid.ascending() ? " asc" : " desc";
            return jdbc.queryForList("select w.task_id " + where + " order by "
                    + SORT.properties().get(valid.sort()) + direction + ", w.task_id" + direction
                    + " limit :limit offset :offset", parameters, String.class);
        });
    }

    List<Choice> campaigns(String username, Collection<String> groups, Collection<Long> reviewers) {
        return jdbc.query("select distinct c.id, c.name " + FROM + " order by c.name, c.id",
                parameters(username, groups, reviewers),
                (row, n) -> new Choice(String.valueOf(row.getLong("id")), row.getString("name")));
    }

    private static MapSqlParameterSource parameters(String username, Collection<String> groups,
                                                    Collection<Long> reviewers) {
        return new MapSqlParameterSource("taskKey", AppraisalRounds.APPRAISE_TASK).addValue("username", username)
                .addValue("groups", groups.isEmpty() ? List.of("-") : groups).addValue("reviewers", reviewers);
    }

    private static String conditions(Filter filter, Instant now, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        AgencyFilter agency = filter.agency();
        sql.append(agency.sql(parameters));
        if (agency.overdue()) {
            sql.append(" and w.due_at < :now");
            parameters.addValue("now", now.atOffset(ZoneOffset.UTC));
        }
        if (filter.campaignId() != null) {
            sql.append(" and w.campaign_id = :campaignId");
            parameters.addValue("campaignId", filter.campaignId());
        }
        return sql.toString();
    }
}
