package vn.parindex.engine;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.parindex.common.Takeover;

/**
 * The job executor locks the jobs it acquires for the lease of {@link Takeover} (20 s of the 30 s takeover) and an
 * idle node looks for due jobs at least every remaining third (10 s): a dead node's timers run elsewhere within the
 * takeover time. The locks are not renewed while a job runs (ADR 4): our jobs are short, and Camunda 7 can neither
 * extend a job's lock nor tell a renewed lock from a job taken over (its failed-job handling would skip a job
 * whose lock had moved).
 */
@Component
@RequiredArgsConstructor
class JobLockTime extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobLockTime.class);

    private final Takeover takeover;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor == null) {
            return;
        }
        executor.setLockTimeInMillis(Math.toIntExact(takeover.lease().toMillis()));
        executor.setMaxWait(Math.min(executor.getMaxWait(), takeover.poll().toMillis()));
        log.info("Jobs locked for {} ms, idle job acquisition at most every {} ms (takeover within {} s)",
                executor.getLockTimeInMillis(), executor.getMaxWait(), takeover.within().toSeconds());
    }
}
