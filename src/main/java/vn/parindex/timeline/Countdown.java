package vn.parindex.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import vn.parindex.common.VietnamTime;

/**
 * The time an agency has left for a milestone, in Vietnam time: whole days before the last day, hours on it; once
 * its effective deadline (the campaign's date or the agency's extension, 23:59 that day) is reached, locked.
 */
public record Countdown(ZonedDateTime dueAt, long days, long hours, boolean locked) {

    public static Countdown of(LocalDate due, Instant now) {
        ZonedDateTime dueAt = VietnamTime.endOfDay(due);
        ZonedDateTime at = now.atZone(VietnamTime.ZONE);
        if (!at.isBefore(dueAt)) {
            return new Countdown(dueAt, 0, 0, true);
        }
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), due);
        long minutes = Duration.between(at, dueAt).toMinutes();
        return new Countdown(dueAt, days, Math.max(1, (minutes + 59) / 60), false);
    }

    /** The countdown to a task's due date (moved by a deadline change or an extension), or null when it has none. */
    public static Countdown until(Instant taskDueAt, Instant now) {
        return taskDueAt == null ? null : of(taskDueAt.atZone(VietnamTime.ZONE).toLocalDate(), now);
    }

    /** The message key of what the page says: days left, hours left (the last day) or locked. */
    public String key() {
        return locked ? "countdown.locked" : days > 0 ? "countdown.days" : "countdown.hours";
    }

    /** The number the message shows: days, or hours on the last day. */
    public long left() {
        return days > 0 ? days : hours;
    }

    /** The deadline as officials read it: dd/MM/yyyy HH:mm, Vietnam time. */
    public String due() {
        return VietnamTime.DATE_TIME.format(dueAt);
    }
}
