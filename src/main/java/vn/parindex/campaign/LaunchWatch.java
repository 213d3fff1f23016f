package vn.parindex.campaign;

import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.parindex.workflow.Workflow;

/**
 * Measures a launch as officials feel it: from the click until every assessed agency has its first task
 * (not until the request returns), and logs how many process instances and jobs it made.
 */
@Component
@RequiredArgsConstructor
class LaunchWatch {

    private static final Logger log = LoggerFactory.getLogger(LaunchWatch.class);
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final CampaignWork work;
    private final Workflow processes;

    void watch(Long campaignId, String campaignKey, int agencies, Instant started) {
        Thread watcher = new Thread(() -> {
            Instant deadline = started.plus(LIMIT);
            long withTasks = 0;
            while (Instant.now().isBefore(deadline)) {
                withTasks = work.countAgenciesWithOpenTasks(campaignId);
                if (withTasks >= agencies) {
                    long[] counts = processes.instancesAndJobs(campaignKey);
                    log.info("Campaign {} launched: {} agencies have their first task after {} ms; {} process instances, "
                                    + "{} jobs", campaignKey, agencies, Duration.between(started, Instant.now()).toMillis(),
                            counts[0], counts[1]);
                    return;
                }
                sleep();
            }
            log.info("Campaign {}: {} of {} agencies have a task after {} (the others wait for their window)",
                    campaignKey, withTasks, agencies, LIMIT);
        }, "launch-watch-" + campaignId);
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
