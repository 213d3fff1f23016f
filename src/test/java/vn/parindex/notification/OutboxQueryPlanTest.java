package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;

/**
 * The morning on PostgreSQL: the statistics were taken while every mail was sent, then the sweep queued
 * thousands. Marking one mail sent and claiming a batch must still find their rows by the primary key, not by
 * reading every pending mail through an index on status (that made each mark eight times slower).
 */
@IntegrationTest
@Tag("postgres")
class OutboxQueryPlanTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void markingAndClaimingFindTheirMailsByThePrimaryKeyWhenTheStatisticsKnowOnlySentMails() {
        assumeFalse(TestDatabase.kind().equals("h2"), "a PostgreSQL plan");
        String run = "plan-" + System.nanoTime();
        insert(run + "-sent-", 3_000, "SENT");
        jdbc.execute("analyze outbox_mail");
        insert(run + "-pending-", 2_000, "PENDING");
        List<Long> pending = jdbc.queryForList("select id from outbox_mail where dedup_key like ? order by id",
                Long.class, run + "-pending-%");

        String mark = plan("explain " + OutboxDelivery.MARK_SENT.replace("?", "%s")
                .formatted("now()", pending.get(0)));
        String claim = plan(named.queryForList("explain " + OutboxMailRepository.CLAIM, Map.of("token", "t",
                "until", Timestamp.from(Instant.now()), "now", Timestamp.from(Instant.now()),
                "ids", pending.subList(0, 100))));

        assertThat(mark).contains("outbox_mail_pkey").doesNotContain("status");
        assertThat(claim).contains("outbox_mail_pkey");
        assertThat(jdbc.update(OutboxDelivery.MARK_SENT, Timestamp.from(Instant.now()), pending.get(0))).isOne();
        assertThat(jdbc.update(OutboxDelivery.MARK_SENT, Timestamp.from(Instant.now()), pending.get(0)))
                .as("a mail already marked sent is not marked again").isZero();
    }

    private String plan(String explain) {
        return plan(jdbc.queryForList(explain));
    }

    private static String plan(List<Map<String, Object>> rows) {
        String plan = rows.stream().map(row -> String.valueOf(row.values().iterator().next()))
                .collect(Collectors.joining("\n"));
        return plan.replaceAll("(?m)^.*Filter:.*$", "");
    }

    private void insert(String prefix, int count, String status) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + i, "r" + i + "@plan.test", "Nhắc hạn " + i, status, now, now,
                    "<" + prefix + i + "@plan>"});
        }
        jdbc.batchUpdate("""
                insert into outbox_mail (dedup_key, kind, recipient, subject, body_html, status, attempts,
                    next_attempt_at, created_at, message_id, version)
                values (?, 'REMINDER', ?, ?, '<p>x</p>', ?, 0, ?, ?, ?, 0)""", rows);
    }
}
