package vn.parindex.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAssessments;
import vn.parindex.campaign.CampaignRuns;
import vn.parindex.campaign.CampaignWork;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.Milestone;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.workflow.Workflow;

/**
 * Moves a milestone for everyone or extends it for one agency, with a reason kept in the log; the open
 * tasks' due dates and every pending timer follow. Reminders follow the tasks' due dates: the next one is the
 * first offset on or after the day of the change ({@link DueDatesMoved} lets today's go out at once). The
 * agencies whose date changed are told by mail ({@link DeadlineChanged}).
 */
@Service
@RequiredArgsConstructor
public class DeadlineChanges {

    private final Campaigns campaigns;
    private final AgencyExtensionRepository extensions;
    private final DeadlineChangeRepository log;
    private final CampaignAssessments assessments;
    private final CampaignWork work;
    private final Workflow processes;
    private final Deadlines deadlines;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    /** Extends one milestone for one agency. */
    @Transactional
    public void extendForAgency(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                                String reason, String by) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        if (campaigns.assessedAgency(campaignId, agencyId).isEmpty()) {
            throw new DeadlineChangeException("deadline.error.agencyNotAssessed");
        }
        requireUsed(campaign, milestone);
        if (assessments.closedNotSubmitted(campaignId, agencyId)) {
            throw new DeadlineChangeException("deadline.error.closedUseReopen");
        }
        if (submitted(campaignId, agencyId, milestone)) {
            throw new DeadlineChangeException("deadline.error.alreadySubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new DeadlineChangeException("deadline.error.reasonRequired");
        }
        requireFuture(newDue);
        DeadlineChange change = extend(campaignId, agencyId, milestone, newDue, reason, by);
        tell(campaignId, agencyId, milestone, newDue, change);
        follow(campaignId, work.openOfAgency(campaignId, agencyId), milestone);
        assessments.processInstance(campaignId, agencyId).ifPresent(instance ->
                moveEscalation(instance, campaignId, agencyId, milestone));
    }

    /**
     * Gives an agency closed as not submitted its self-assessment again, due on the new date: logged with the
     * reason like an extension, and told to the agency.
     */
    @Transactional
    public void reopen(Long campaignId, Long agencyId, LocalDate newDue, String reason, String by) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        if (!assessments.closedNotSubmitted(campaignId, agencyId)) {
            throw new DeadlineChangeException("deadline.error.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            throw new DeadlineChangeException("deadline.error.reasonRequired");
        }
        requireFuture(newDue);
        MilestoneType milestone = MilestoneType.SELF_ASSESSMENT;
        DeadlineChange change = extend(campaignId, agencyId, milestone, newDue, reason, by);
        assessments.reopen(campaignId, agencyId);
        if (!processes.reassess(CampaignRuns.campaignKey(campaign), agencyId)) {
            throw new DeadlineChangeException("deadline.error.reopenTooLate");
        }
        tell(campaignId, agencyId, milestone, newDue, change);
    }

    /** Moves a milestone for every agency that has no extension of its own. */
    @Transactional
    public void moveMilestone(Long campaignId, MilestoneType type, LocalDate windowStart, LocalDate newDue,
                              String reason, String by) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        requireUsed(campaign, type);
        Milestone milestone = campaign.milestone(type).orElseThrow();
        requireFuture(newDue);
        if (windowStart != null && windowStart.isAfter(newDue)) {
            throw new DeadlineChangeException("deadline.error.windowAfterDue");
        }
        LocalDate old = milestone.getDueDate();
        LocalDate oldWindow = milestone.getWindowStart();
        milestone.setDueDate(newDue);
        milestone.setWindowStart(windowStart);
        deadlines.planChanged(campaignId);
        DeadlineChange change = log.save(new DeadlineChange(campaignId, null, type, old, newDue, reason, by,
                clock.instant()));
        List<Long> extended = extensions.findByCampaignId(campaignId).stream()
                .filter(e -> e.getMilestone() == type).map(AgencyExtension::getAgencyId).toList();
        if (!newDue.equals(old)) {
            tellAgencies(campaign, type, newDue, change, extended);
        }
        List<CampaignWork.Task> open = work.openOfMilestone(campaignId, type).stream()
                .filter(i -> i.agencyId() == null || !extended.contains(i.agencyId())).toList();
        follow(campaignId, open, type);
        for (Map.Entry<Long, String> assessment : assessments.processInstances(campaignId).entrySet()) {
            if (!extended.contains(assessment.getKey())) {
                moveEscalation(assessment.getValue(), campaignId, assessment.getKey(), type);
            }
            if (type == MilestoneType.SELF_ASSESSMENT && windowStart != null && !windowStart.equals(oldWindow)) {
                processes.moveWindowStart(assessment.getValue(),
                        Date.from(deadlines.windowStartAt(campaignId, type).toInstant()));
            }
        }
    }

    /** The agencies still to do an agency milestone, without an extension of their own, hear of its new date. */
    private void tellAgencies(Campaign campaign, MilestoneType type, LocalDate newDue, DeadlineChange change,
                              List<Long> extended) {
        if (!type.extendable()) {
            return;
        }
        for (var agency : campaign.getAgencies()) {
            Long agencyId = agency.getId();
            if (!extended.contains(agencyId) && !assessments.closedNotSubmitted(campaign.getId(), agencyId)
                    && !submitted(campaign.getId(), agencyId, type)) {
                tell(campaign.getId(), agencyId, type, newDue, change);
            }
        }
    }

    /** Gives the agency its own date of the milestone (or moves the one it has), logged with the reason. */
    private DeadlineChange extend(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                                  String reason, String by) {
        LocalDate old = deadlines.dueDate(campaignId, agencyId, milestone);
        extensions.findByCampaignIdAndAgencyIdAndMilestone(campaignId, agencyId, milestone)
                .ifPresentOrElse(e -> e.setDueDate(newDue),
                        () -> extensions.save(new AgencyExtension(campaignId, agencyId, milestone, newDue)));
        deadlines.extensionsChanged(campaignId, agencyId);
        return log.save(new DeadlineChange(campaignId, agencyId, milestone, old, newDue, reason.trim(), by,
                clock.instant()));
    }

    /** The agency hears of its new date (a mail with the calendar entry, {@link DeadlineChanged}). */
    private void tell(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                      DeadlineChange change) {
        events.publishEvent(new DeadlineChanged(campaignId, agencyId, milestone, newDue, change.getReason(),
                change.getId(), sequence(campaignId, agencyId, milestone)));
    }

    /** How often this agency's date of this milestone has changed: its calendar entry's SEQUENCE. */
    private int sequence(Long campaignId, Long agencyId, MilestoneType milestone) {
        return (int) log.findByCampaignIdOrderByChangedAtDesc(campaignId).stream()
                .filter(c -> c.getMilestone() == milestone)
                .filter(c -> c.getAgencyId() == null || c.getAgencyId().equals(agencyId)).count();
    }

    /** The agency has done this milestone: its self-assessment went out, or its latest task of it was completed. */
    private boolean submitted(Long campaignId, Long agencyId, MilestoneType milestone) {
        if (milestone == MilestoneType.SELF_ASSESSMENT) {
            return assessments.selfAssessmentSent(campaignId, agencyId);
        }
        List<CampaignWork.Task> items = work.allOfAgency(campaignId, agencyId).stream()
                .filter(i -> i.milestone() == milestone && milestone.officersTaskKey().equals(i.taskKey())).toList();
        // the latest round counts: a supplementary request missed after an earlier one was answered is not done
        return !items.isEmpty() && items.get(items.size() - 1).completed();
    }

    private static void requireUsed(Campaign campaign, MilestoneType milestone) {
        if (!campaign.milestone(milestone).map(Milestone::isUsed).orElse(false)) {
            throw new DeadlineChangeException("deadline.error.milestoneNotUsed");
        }
    }

    private void follow(Long campaignId, List<CampaignWork.Task> items, MilestoneType milestone) {
        List<String> moved = new ArrayList<>();
        for (CampaignWork.Task item : items) {
            if (item.milestone() == milestone) {
                processes.setTaskDates(item.taskId(),
                        Date.from(deadlines.dueAt(campaignId, item.agencyId(), milestone).toInstant()),
                        Date.from(deadlines.firstReminderAt(campaignId, item.agencyId(), milestone).toInstant()));
                moved.add(item.taskId());
            }
        }
        events.publishEvent(new DueDatesMoved(campaignId, moved));
    }

    private void moveEscalation(String processInstance, Long campaignId, Long agencyId, MilestoneType milestone) {
        processes.moveEscalation(processInstance, milestone.name(),
                Date.from(deadlines.decisionDueAt(campaignId, agencyId, milestone).toInstant()));
    }

    private void requireFuture(LocalDate date) {
        if (date == null || date.isBefore(clock.today())) {
            throw new DeadlineChangeException("deadline.error.past");
        }
    }
}
