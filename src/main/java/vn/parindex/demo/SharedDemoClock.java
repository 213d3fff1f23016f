package vn.parindex.demo;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.parindex.workflow.WorkflowClock;

/**
 * The demo clock of a cluster: the offset is kept in the database (an engine property) and every node follows
 * it. Each node's clock (ours and the engine's) lives in its JVM; were it moved on one node only, that node alone
 * would fire the morning timers and the others would show yesterday's date.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class SharedDemoClock {

    private static final Logger log = LoggerFactory.getLogger(SharedDemoClock.class);

    private final WorkflowClock engineClock;

    Duration offset() {
        return engineClock.offset();
    }

    /** Moves this node's clock and tells the others. */
    void move(Duration offset) {
        engineClock.share(offset);
    }

    /** Follows a move made on another node (and, at start-up, the moves made before this node started). */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${parindex.demo.clock-sync-ms:2000}")
    void follow() {
        Duration shared = engineClock.shared().orElse(Duration.ZERO);
        if (!shared.equals(engineClock.offset())) {
            log.info("Demo clock moved on another node: offset {}", shared);
            engineClock.setOffset(shared);
        }
    }
}
