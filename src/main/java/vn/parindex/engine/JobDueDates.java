package vn.parindex.engine;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due jobs through an index (ADR 2). With {@code ensure-job-due-date-not-null} every
 * job gets a due date (an async continuation's is its creation time), so the acquisition asks for
 * {@code DUEDATE_ <= now} instead of {@code DUEDATE_ is null or DUEDATE_ <= now}, which an index serves: a
 * campaign's thousands of future timers are no longer read at every acquisition. Jobs without a due date are given
 * their creation time, or no executor would take them.
 */
@Component
@RequiredArgsConstructor
class JobDueDates extends AbstractProcessEnginePlugin {

    static final String INDEX = "par_idx_job_duedate";
    private static final Logger log = LoggerFactory.getLogger(JobDueDates.class);

    private final JdbcTemplate jdbc;

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!indexExists()) {
            try {
                jdbc.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
            } catch (DataAccessException e) {
                // two nodes starting together on a new database: the other one created it
                log.warn("Index {} not created here: {}", INDEX, e.getMostSpecificCause().getMessage());
            }
        }
        giveDueDates();
    }

    /**
     * Also every minute: a due date set to nothing in Cockpit or over the REST API (the engine stores it so,
     * whatever the setting), or a job written by a node of the version before, would otherwise wait for a restart.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    int giveDueDates() {
        int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, ?) where DUEDATE_ is null",
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
        if (dated > 0) {
            log.info("{} jobs without a due date were given their creation time", dated);
        }
        return dated;
    }

    /** Looked up first: creating it, even "if not exists", would lock the job table against writes at every start. */
    private boolean indexExists() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
                try (ResultSet rows = meta.getIndexInfo(null, null, table, false, false)) {
                    while (rows.next()) {
                        if (INDEX.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }));
    }
}
