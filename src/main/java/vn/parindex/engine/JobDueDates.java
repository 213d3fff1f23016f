package vn.parindex.engine;

import java.sql.Timestamp;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due jobs through an index (ADR 2). With {@code ensure-job-due-date-not-null} every
 * job gets a due date (an async continuation's is its creation time), so the acquisition asks for
 * {@code DUEDATE_ <= now} instead of {@code DUEDATE_ is null or DUEDATE_ <= now}, which an index serves: a
 * campaign's thousands of future timers are no longer read at every acquisition. Jobs written before the setting,
 * without a due date, are given their creation time, or no executor would take them.
 */
@Component
@RequiredArgsConstructor
class JobDueDates extends AbstractProcessEnginePlugin {

    static final String INDEX = "par_idx_job_duedate";
    private static final Logger log = LoggerFactory.getLogger(JobDueDates.class);

    private final JdbcTemplate jdbc;

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try {
            jdbc.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
        } catch (DataAccessException e) {
            // two nodes starting together on a new database: the other one created it
            log.warn("Index {} not created here: {}", INDEX, e.getMostSpecificCause().getMessage());
        }
        int dated = giveDueDates();
        if (dated > 0) {
            log.info("{} jobs written without a due date were given their creation time", dated);
        }
    }

    int giveDueDates() {
        return jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, ?) where DUEDATE_ is null",
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }
}
