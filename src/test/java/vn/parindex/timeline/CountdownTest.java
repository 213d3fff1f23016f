package vn.parindex.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import vn.parindex.common.VietnamTime;

/** Days before the last day, hours on it (Vietnam time), locked from 23:59 of the due date. */
class CountdownTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    @Test
    void daysBeforeTheLastDayHoursOnItLockedFromTheDeadline() {
        Countdown early = Countdown.of(DUE, at(2026, 12, 7, 9, 0));
        assertThat(early.locked()).isFalse();
        assertThat(early.key()).isEqualTo("countdown.days");
        assertThat(early.left()).isEqualTo(3);
        assertThat(early.due()).isEqualTo("10/12/2026 23:59");
        // late in the evening before the last day: still one day, not hours
        assertThat(Countdown.of(DUE, at(2026, 12, 9, 23, 30)).left()).isEqualTo(1);
        Countdown lastDay = Countdown.of(DUE, at(2026, 12, 10, 20, 30));
        assertThat(lastDay.key()).isEqualTo("countdown.hours");
        assertThat(lastDay.left()).isEqualTo(4);
        assertThat(Countdown.of(DUE, at(2026, 12, 10, 23, 58)).left()).isEqualTo(1);
        assertThat(Countdown.of(DUE, at(2026, 12, 10, 23, 59)).locked()).isTrue();
        assertThat(Countdown.of(DUE, at(2026, 12, 11, 9, 0)).key()).isEqualTo("countdown.locked");
    }

    @Test
    void theLastDayIsTheVietnameseDayNotTheServersUtcDay() {
        // 18:00 UTC on the 9th is already 01:00 on the 10th in Vietnam: the last day, in hours
        Countdown countdown = Countdown.of(DUE, ZonedDateTime.parse("2026-12-09T18:00:00Z").toInstant());
        assertThat(countdown.key()).isEqualTo("countdown.hours");
        assertThat(countdown.left()).isEqualTo(23);
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(VietnamTime.ZONE).toInstant();
    }
}
