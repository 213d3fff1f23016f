package vn.parindex.engine;

import java.time.Duration;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.parindex.common.AppClock;
import vn.parindex.workflow.WorkflowClock;

/** Moves the application's clock and the engine's together (the demo clock, and tests of timers). */
@Component
@RequiredArgsConstructor
public class EngineClock implements WorkflowClock {

    /** The engine property (ACT_GE_PROPERTY) that holds the demo clock's offset for every node, in ms. */
    static final String SHARED_OFFSET = "parindex.demo-clock-offset-ms";

    private final AppClock clock;
    private final ManagementService management;

    @Override
    public void setOffset(Duration offset) {
        clock.setOffset(offset);
        if (offset.isZero()) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(offset.toMillis());
        }
    }

    @Override
    public Duration offset() {
        return clock.offset();
    }

    public void reset() {
        setOffset(Duration.ZERO);
    }

    @Override
    public void share(Duration offset) {
        management.setProperty(SHARED_OFFSET, String.valueOf(offset.toMillis()));
        setOffset(offset);
    }

    @Override
    public Optional<Duration> shared() {
        return Optional.ofNullable(management.getProperties().get(SHARED_OFFSET))
                .map(millis -> Duration.ofMillis(Long.parseLong(millis)));
    }
}
