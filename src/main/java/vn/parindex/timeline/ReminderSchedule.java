package vn.parindex.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.parindex.common.VietnamTime;

/**
 * The hour, Vietnam time, of the morning reminders: one setting ({@code parindex.reminders.hour}) for the BPMN
 * timers ({@code ${reminderSchedule.cron}} in par-campaign.bpmn and agency-assessment.bpmn), the tasks' first
 * reminder, the demo clock and the texts that name the hour. A changed hour reaches the timers of instances
 * started after the change; running ones keep the cycle they were started with.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final int hour;

    public ReminderSchedule(@Value("${parindex.reminders.hour}") int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("parindex.reminders.hour must be 0 to 23, not " + hour);
        }
        this.hour = hour;
    }

    public int getHour() {
        return hour;
    }

    /** The morning timers' cycle: every day at the hour (the engine's time zone is Vietnam's). */
    public String getCron() {
        return "0 0 " + hour + " * * ?";
    }

    public LocalTime getTime() {
        return LocalTime.of(hour, 0);
    }

    /** The hour as the texts show it: "08:00". */
    public String getShown() {
        return getTime().toString();
    }

    /** The reminders' moment on a date. */
    public ZonedDateTime on(LocalDate date) {
        return date.atTime(getTime()).atZone(VietnamTime.ZONE);
    }
}
