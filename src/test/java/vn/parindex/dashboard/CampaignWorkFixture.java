package vn.parindex.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.parindex.common.AppClock;
import vn.parindex.common.SearchText;
import vn.parindex.results.ResultsFixture;
import vn.parindex.security.CandidateGroups;

/**
 * A running campaign's work written straight into our tables, by rules on the agency's index that the paged-list
 * tests and benchmarks compute their expectations from: every third agency has not submitted (its self-assessment
 * overdue, assessment OPEN), the others are in appraisal by the standing body (every fifth of them overdue);
 * every fourth agency is a commune; every tenth is renamed to one shared name, so sorts by name have ties.
 */
@Component
public class CampaignWorkFixture {

    public static final String OTHER_TYPE = "COMMUNE";
    public static final String SHARED_NAME = "Sở trùng tên";

    private final JdbcTemplate jdbc;
    private final AppClock clock;

    CampaignWorkFixture(JdbcTemplate jdbc, AppClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static boolean submitted(int agency) {
        return agency % 3 != 0;
    }

    public static boolean otherType(int agency) {
        return agency % 4 == 0;
    }

    public static boolean appraisalOverdue(int agency) {
        return submitted(agency) && agency % 5 == 0;
    }

    public static boolean sharedName(int agency) {
        return agency % 10 == 0;
    }

    public void seed(ResultsFixture.Seeded seeded) {
        Instant now = clock.instant();
        Instant selfDue = now.minus(1, ChronoUnit.DAYS);
        String reviewerGroup = CandidateGroups.reviewer(seeded.code() + "-SNV");
        List<Object[]> items = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> agencies = new ArrayList<>();
        Long commune = jdbc.queryForObject("select id from agency_type where code = ?", Long.class, OTHER_TYPE);
        for (int a = 0; a < seeded.agencyIds().size(); a++) {
            Long agency = seeded.agencyIds().get(a);
            String code = seeded.agencyCodes().get(a);
            String p = "pc-" + seeded.code() + "-" + a;
            boolean submitted = submitted(a);
            items.add(item(p + "-rl", seeded, agency, null, "submitRespondentList", "RESPONDENT_LIST", "COMPLETED",
                    now.minus(12, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS), 0));
            items.add(item(p + "-sa", seeded, agency, null, "submitSelfAssessment", "SELF_ASSESSMENT",
                    submitted ? "COMPLETED" : "OPEN", now.minus(9, ChronoUnit.DAYS), selfDue, submitted ? 0 : null));
            if (submitted) {
                items.add(item(p + "-so", seeded, agency, null, "signOffSelfAssessment", "SELF_ASSESSMENT",
                        "COMPLETED", now.minus(3, ChronoUnit.DAYS), selfDue, 0));
                items.add(item(p + "-ap", seeded, agency, seeded.standingId(), "appraiseSelfAssessment", "APPRAISAL",
                        "OPEN", now.minus(2, ChronoUnit.DAYS),
                        appraisalOverdue(a) ? now.minus(1, ChronoUnit.HOURS) : now.plus(10, ChronoUnit.DAYS), null));
                groups.add(new Object[] {p + "-ap", reviewerGroup});
            }
            assessments.add(new Object[] {seeded.campaignId(), agency, submitted ? "IN_APPRAISAL" : "OPEN"});
            if (otherType(a) || sharedName(a)) {
                String name = sharedName(a) ? SHARED_NAME + " " + seeded.code() : "UBND xã số " + a + " " + seeded.code();
                agencies.add(new Object[] {name, SearchText.fold(code, name), otherType(a) ? commune : null, agency});
            }
        }
        jdbc.batchUpdate("""
                insert into work_item (task_id, process_instance_id, campaign_id, agency_id, reviewer_agency_id, task_key,
                    name, milestone, state, created_at, due_at, completed_at, late_days)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
        jdbc.batchUpdate("insert into task_group (task_id, group_id) values (?, ?)", groups);
        jdbc.batchUpdate("""
                insert into agency_assessment (campaign_id, agency_id, status, version) values (?, ?, ?, 0)""",
                assessments);
        jdbc.batchUpdate("""
                update agency set name = ?, search_text = ?, type_id = coalesce(?, type_id) where id = ?""", agencies);
    }

    private static Object[] item(String taskId, ResultsFixture.Seeded seeded, Long agency, Long reviewer, String key,
                                 String milestone, String state, Instant created, Instant due, Integer lateDays) {
        Instant completed = "COMPLETED".equals(state) ? due.minus(1, ChronoUnit.DAYS) : null;
        return new Object[] {taskId, taskId, seeded.campaignId(), agency, reviewer, key, key, milestone, state,
                Timestamp.from(created), Timestamp.from(due), completed == null ? null : Timestamp.from(completed),
                lateDays};
    }
}
