package vn.parindex.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's clock: the system clock in Vietnam time, plus an offset that only the demo clock
 * moves (so a trainer can show reminders and escalations without waiting days).
 */
public class AppClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return VietnamTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    public Duration offset() {
        return offset;
    }

    public void setOffset(Duration offset) {
        this.offset = offset;
    }
}
