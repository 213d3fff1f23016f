package vn.parindex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignLaunch;
import vn.parindex.process.ProcessFixture;

/** Every job has a due date, so the job executor finds the due ones through an index (ADR 2). */
@IntegrationTest
@Tag("postgres")
class JobDueDatesTest {

    @Autowired
    ProcessFixture fixture;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    ManagementService management;
    @Autowired
    JobDueDates dueDates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }

    @Test
    void aLaunchsJobsHaveDueDatesAndAJobWrittenWithoutOneIsGivenItsCreationTime() {
        ProcessFixture.World world = fixture.world();
        launch.launch(world.campaignId(), world.organiserId());
        List<Job> continuations = asyncContinuationsOf(world);
        assertThat(continuations).isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
        assertThat(dueByDate(world)).extracting(Job::getId)
                .containsAll(continuations.stream().map(Job::getId).toList());

        // a job as a node without the setting (or before it) wrote it: no due date, so no executor would take it
        Job job = continuations.get(0);
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId());
        assertThat(dueByDate(world)).extracting(Job::getId).doesNotContain(job.getId());

        assertThat(dueDates.giveDueDates()).isGreaterThanOrEqualTo(1);
        Job dated = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(dated.getDuedate().getTime()).isEqualTo(dated.getCreateTime().getTime());
        assertThat(dueByDate(world)).extracting(Job::getId).contains(job.getId());
        assertThat(fixture.runDueJobs(world)).isPositive();
    }

    @Test
    void theJobTableHasTheDueDateIndex() throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
                try (ResultSet rows = meta.getIndexInfo(null, null, table, false, false)) {
                    while (rows.next()) {
                        indexes.add(String.valueOf(rows.getString("INDEX_NAME")).toLowerCase());
                    }
                }
            }
        }
        assertThat(indexes).contains(JobDueDates.INDEX);
    }

    /** The jobs due now as the job executor's acquisition asks for them here: by their due date alone. */
    private List<Job> dueByDate(ProcessFixture.World world) {
        Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
        return management.createJobQuery().duedateLowerThan(now).list().stream()
                .filter(job -> fixture.instanceIds(world).contains(job.getProcessInstanceId())).toList();
    }

    private List<Job> asyncContinuationsOf(ProcessFixture.World world) {
        return management.createJobQuery().messages().list().stream()
                .filter(job -> fixture.instanceIds(world).contains(job.getProcessInstanceId())).toList();
    }
}
