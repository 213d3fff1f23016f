package vn.parindex.dashboard;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.dashboard.DashboardQueries.AgencyRow;

/**
 * A campaign's agencies with their assessment's state, read in one plain query: the dashboard of 3,000 agencies
 * reads them on every view, and mapping them as JPA results cost more than the query.
 */
@Component
class AssessedAgencyRows {

    /** An agency's line and its assessment's state (null before the launch gave it one). */
    record AssessedAgency(AgencyRow agency, AssessmentStatus status) {
    }

    private static final String SQL = """
            select a.id, a.code, a.name, t.code type_code, a.search_text, aa.status
            from campaign_agency ca
            join agency a on a.id = ca.agency_id
            join agency_type t on t.id = a.type_id
            left join agency_assessment aa on aa.campaign_id = ca.campaign_id and aa.agency_id = a.id
            where ca.campaign_id = :campaignId
            order by a.code, a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AssessedAgencyRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AssessedAgency> of(Long campaignId) {
        return jdbc.query(SQL, new MapSqlParameterSource("campaignId", campaignId), (row, i) -> {
            String status = row.getString("status");
            return new AssessedAgency(new AgencyRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                    row.getString("type_code"), row.getString("search_text")),
                    status == null ? null : AssessmentStatus.valueOf(status));
        });
    }
}
