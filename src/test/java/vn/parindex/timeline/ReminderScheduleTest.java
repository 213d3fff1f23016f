package vn.parindex.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Another hour moves the BPMN timers' cycle, the first reminders and the hour the texts name, all at once. */
class ReminderScheduleTest {

    @Test
    void anotherHourMovesTheTimersTheFirstRemindersAndTheTexts() {
        ReminderSchedule six = new ReminderSchedule(6);
        assertThat(six.getCron()).isEqualTo("0 0 6 * * ?");
        assertThat(six.on(LocalDate.of(2026, 11, 9)))
                .isEqualTo(ZonedDateTime.parse("2026-11-09T06:00:00+07:00[Asia/Ho_Chi_Minh]"));
        assertThat(six.getShown()).isEqualTo("06:00");
        assertThat(new ReminderSchedule(8).getCron()).isEqualTo("0 0 8 * * ?");
    }

    @Test
    void anHourOutsideTheDayStopsTheStart() {
        assertThatThrownBy(() -> new ReminderSchedule(24)).hasMessageContaining("parindex.reminders.hour");
        assertThatThrownBy(() -> new ReminderSchedule(-1)).hasMessageContaining("parindex.reminders.hour");
    }
}
