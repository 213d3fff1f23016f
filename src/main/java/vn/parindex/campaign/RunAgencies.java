package vn.parindex.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.agency.AgencyFilter;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SortKeys;

/**
 * The run page's agencies, one page of them, counted, searched and filtered in the database: agency type,
 * assessment status, an open task of a milestone, an overdue open task; the filters combine. Ties are broken by
 * the agency's id, so the order is the same on every page.
 */
@Component
class RunAgencies {

    static final SortKeys SORT = SortKeys.by("a.id").key("code", "a.code").key("name", "a.name")
            .key("status", "s.status").defaultTo("code", true);

    record Line(Long id, String code, String name, String status) {
    }

    record Filter(AgencyFilter agency, String status, MilestoneType milestone) {
    }

    private static final String FROM = """
            from campaign_agency ca
            join agency a on a.id = ca.agency_id
            join agency_type t on t.id = a.type_id
            left join agency_assessment s on s.campaign_id = ca.campaign_id and s.agency_id = a.id
            where ca.campaign_id = :campaign
            """;
    private static final String OPEN_TASK = """
             and exists (select 1 from work_item w where w.campaign_id = ca.campaign_id and w.agency_id = a.id
                           and w.state = 'OPEN'""";

    private final NamedParameterJdbcTemplate jdbc;

    RunAgencies(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Line> page(Long campaignId, Filter filter, Paging paging, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("campaign", campaignId);
        String where = FROM + conditions(filter, now, parameters);
        Long total = jdbc.queryForObject("select count(*) " + where, parameters, Long.class);
        return PageResult.of(paging, total == null ? 0 : total, valid -> {
            parameters.addValue("limit", valid.size()).addValue("offset", valid.offset());
            String direction = valid.ascending() ? " asc" : " desc";
            return jdbc.query("select a.id, a.code, a.name, s.status " + where + " order by "
                    + SORT.properties().get(valid.sort()) + direction + ", a.id" + direction
                    + " limit :limit offset :offset", parameters, RunAgencies::line);
        });
    }

    private static String conditions(Filter filter, Instant now, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        AgencyFilter agency = filter.agency();
        sql.append(agency.sql(parameters));
        if (filter.status() != null) {
            sql.append(" and s.status = :status");
            parameters.addValue("status", filter.status());
        }
        if (filter.milestone() != null) {
            sql.append(OPEN_TASK).append(" and w.milestone = :milestone)");
            parameters.addValue("milestone", filter.milestone().name());
        }
        if (agency.overdue()) {
            sql.append(OPEN_TASK).append(" and w.due_at < :now")
                    .append(filter.milestone() != null ? " and w.milestone = :milestone)" : ")");
            parameters.addValue("now", now.atOffset(ZoneOffset.UTC));
        }
        return sql.toString();
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        return new Line(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("status"));
    }
}
