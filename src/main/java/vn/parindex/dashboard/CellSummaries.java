package vn.parindex.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.MilestoneType;

/**
 * The cell summaries of every agency of a campaign at every milestone, counted in one GROUP BY query instead of
 * reading each work item: the dashboard's figures and grid of 3,000 agencies need a few thousand small rows.
 */
@Component
class CellSummaries {

    /** The summaries by agency (the key null: the campaign's own steps) and milestone. */
    record OfCampaign(Map<Long, Map<MilestoneType, CellSummary>> byAgency) {
        Map<MilestoneType, CellSummary> of(Long agencyId) {
            return byAgency.getOrDefault(agencyId, Map.of());
        }
    }

    private static final String SQL = """
            select agency_id, milestone,
                   case when max(case when task_key = :decision then created_at end) is not null
                         and (max(case when task_key <> :decision then created_at end) is null
                              or max(case when task_key = :decision then created_at end)
                                 > max(case when task_key <> :decision then created_at end))
                        then true else false end decision_latest,
                   case when max(case when task_key = :decision then created_at end)
                             = max(case when task_key = :decision and state = 'OPEN' then created_at end)
                        then true else false end decision_open,
                   case when max(case when task_key = :decision then created_at end)
                             = max(case when task_key = :decision and state = 'COMPLETED' and outcome = :close
                                        then created_at end)
                        then true else false end decision_closed,
                   sum(case when task_key <> :decision and state = 'OPEN' and due_at < :now then 1 else 0 end) overdue,
                   sum(case when task_key <> :decision and state = 'OPEN' then 1 else 0 end) open_count,
                   sum(case when task_key <> :decision and state = 'COMPLETED' then 1 else 0 end) completed,
                   sum(case when task_key <> :decision and state = 'COMPLETED' and (late_days > 0 or late_days is null
                       and completed_at > due_at) then 1 else 0 end) late,
                   sum(case when task_key <> :decision and state = 'CANCELLED' then 1 else 0 end) cancelled
            from work_item
            where campaign_id = :campaignId and milestone is not null
            group by agency_id, milestone
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CellSummaries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OfCampaign of(Long campaignId, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("campaignId", campaignId)
                .addValue("decision", MilestoneCells.DECISION_TASK).addValue("close", MilestoneCells.CLOSE)
                .addValue("now", now.atOffset(ZoneOffset.UTC));
        Map<Long, Map<MilestoneType, CellSummary>> byAgency = new HashMap<>();
        jdbc.query(SQL, parameters, row -> {
            Long agencyId = row.getObject("agency_id", Long.class);
            byAgency.computeIfAbsent(agencyId, k -> new EnumMap<>(MilestoneType.class))
                    .put(MilestoneType.valueOf(row.getString("milestone")), summary(row));
        });
        return new OfCampaign(byAgency);
    }

    private static CellSummary summary(ResultSet row) throws SQLException {
        return new CellSummary(row.getBoolean("decision_latest"), row.getBoolean("decision_open"),
                row.getBoolean("decision_closed"), row.getLong("overdue"), row.getLong("open_count"),
                row.getLong("completed"), row.getLong("late"), row.getLong("cancelled"));
    }
}
