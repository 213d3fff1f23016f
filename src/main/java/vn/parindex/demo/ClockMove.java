package vn.parindex.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import vn.parindex.common.RejectedException;
import vn.parindex.common.VietnamTime;

/**
 * Where a move of the demo clock takes it: only forward, by a number of days or to a minute past the reminder
 * hour of a later date (just after the morning reminders). Going back would fire every province's timers a second time.
 */
final class ClockMove {

    private ClockMove() {
    }

    /** The offset after the move; {@code now} is the application's time, the current offset already in it. */
    static Duration offsetAfter(Duration current, ZonedDateTime now, Integer days, LocalDate date,
                                LocalTime reminderTime) {
        if (date != null) {
            ZonedDateTime target = date.atTime(reminderTime.plusMinutes(1)).atZone(VietnamTime.ZONE);
            if (!target.isAfter(now)) {
                throw new Refused("clock.error.past", VietnamTime.DATE.format(date),
                        VietnamTime.DATE.format(now.toLocalDate()));
            }
            return current.plus(Duration.between(now, target));
        }
        if (days == null) {
            throw new Refused("clock.error.nothing");
        }
        if (days <= 0) {
            throw new Refused("clock.error.days", days);
        }
        return current.plusDays(days);
    }

    /** A move that would not go forward: the message key and its arguments. */
    static final class Refused extends RejectedException {
        Refused(String key, Object... args) {
            super(key, key, args);
        }
    }
}
