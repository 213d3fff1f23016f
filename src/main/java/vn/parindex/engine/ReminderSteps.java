package vn.parindex.engine;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.notification.Reminders;

/**
 * The morning sweeps of par-campaign.bpmn and agency-assessment.bpmn: ${reminderSteps.sweep(…)} and so on, each
 * a line that calls the reminders service. Each returns how many mails were queued.
 */
@Component("reminderSteps")
@RequiredArgsConstructor
public class ReminderSteps {

    private final Reminders reminders;

    /** The campaign's own tasks due or overdue, and the organiser's digest of decisions waiting. */
    public int sweepCampaign(String processInstanceId, Long campaignId) {
        return reminders.sweep(processInstanceId) + reminders.digest(campaignId);
    }

    public int sweepAgency(String processInstanceId, Long campaignId, Long agencyId) {
        return reminders.sweepAgency(processInstanceId, campaignId, agencyId);
    }
}
