package vn.parindex.engine;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.timeline.Deadlines;

/** The dates the BPMN files ask for: ${deadline.due(campaignId, agencyId, 'SELF_ASSESSMENT')} and so on. */
@Component("deadline")
@RequiredArgsConstructor
public class ProcessDeadlines {

    private final Deadlines deadlines;

    public Date due(Long campaignId, Long agencyId, String milestone) {
        return Date.from(deadlines.dueAt(campaignId, agencyId, MilestoneType.valueOf(milestone)).toInstant());
    }

    public Date firstReminder(Long campaignId, Long agencyId, String milestone) {
        return Date.from(deadlines.firstReminderAt(campaignId, agencyId, MilestoneType.valueOf(milestone)).toInstant());
    }

    public Date decisionDue(Long campaignId, Long agencyId, String milestone) {
        return Date.from(deadlines.decisionDueAt(campaignId, agencyId, MilestoneType.valueOf(milestone)).toInstant());
    }

    /** The organiser has the campaign's escalation days to decide on a missed deadline. */
    public Date decisionTaskDue(Long campaignId) {
        return Date.from(deadlines.organiserDecisionDueAt(campaignId).toInstant());
    }

    public Date windowStart(Long campaignId, String milestone) {
        return Date.from(deadlines.windowStartAt(campaignId, MilestoneType.valueOf(milestone)).toInstant());
    }

    public boolean windowOpen(Long campaignId, String milestone) {
        return deadlines.windowOpen(campaignId, MilestoneType.valueOf(milestone));
    }

    public boolean used(Long campaignId, String milestone) {
        return deadlines.used(campaignId, MilestoneType.valueOf(milestone));
    }
}
