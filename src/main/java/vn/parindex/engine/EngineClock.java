package vn.parindex.engine;

import java.time.Duration;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.parindex.common.AppClock;

/** Moves the application's clock and the engine's together (the demo clock, and tests of timers). */
@Component
public class EngineClock {

    /** The engine property (ACT_GE_PROPERTY) that holds the demo clock's offset for every node, in ms. */
    static final String SHARED_OFFSET = "parindex.demo-clock-offset-ms";

    private final AppClock clock;
    private final ManagementService management;

    EngineClock(AppClock clock, ManagementService management) {
        this.clock = clock;
        this.management = management;
    }

    /** Time runs on from now plus the offset, for our code and for the engine's timers alike. */
    public void setOffset(Duration offset) {
        clock.setOffset(offset);
        if (offset.isZero()) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(offset.toMillis());
        }
    }

    public Duration offset() {
        return clock.offset();
    }

    public void reset() {
        setOffset(Duration.ZERO);
    }

    /** Writes the offset where every node of the cluster reads it (the demo clock), and moves this node's. */
    public void share(Duration offset) {
        management.setProperty(SHARED_OFFSET, String.valueOf(offset.toMillis()));
        setOffset(offset);
    }

    /** The offset last shared by any node, if one was. */
    public Optional<Duration> shared() {
        return Optional.ofNullable(management.getProperties().get(SHARED_OFFSET))
                .map(millis -> Duration.ofMillis(Long.parseLong(millis)));
    }
}
