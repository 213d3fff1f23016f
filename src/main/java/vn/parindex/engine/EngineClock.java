package vn.parindex.engine;

import java.time.Duration;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.parindex.common.AppClock;

/** Moves the application's clock and the engine's together (the demo clock, and tests of timers). */
@Component
public class EngineClock {

    private final AppClock clock;

    EngineClock(AppClock clock) {
        this.clock = clock;
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
}
