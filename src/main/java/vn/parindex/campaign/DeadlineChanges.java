package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AgencyAssessment;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.common.AppClock;
import vn.parindex.engine.CampaignProcesses;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/**
 * Moves a milestone for everyone or extends it for one agency, with a reason kept in the log; the open
 * tasks' due dates and every pending timer follow. Reminders follow the tasks' due dates: the next one is the
 * first offset on or after the day of the change ({@link DueDatesMoved} lets today's go out at once).
 */
@Service
public class DeadlineChanges {

    private final CampaignRepository campaigns;
    private final AgencyExtensionRepository extensions;
    private final DeadlineChangeRepository log;
    private final AgencyAssessmentRepository assessments;
    private final WorkItemRepository workItems;
    private final CampaignProcesses processes;
    private final Deadlines deadlines;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    DeadlineChanges(CampaignRepository campaigns, AgencyExtensionRepository extensions, DeadlineChangeRepository log,
                    AgencyAssessmentRepository assessments, WorkItemRepository workItems, CampaignProcesses processes,
                    Deadlines deadlines, AppClock clock, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.extensions = extensions;
        this.log = log;
        this.assessments = assessments;
        this.workItems = workItems;
        this.processes = processes;
        this.deadlines = deadlines;
        this.clock = clock;
        this.events = events;
    }

    /** Extends one milestone for one agency. */
    @Transactional
    public void extendForAgency(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                                String reason, String by) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        if (campaign.getAgencies().stream().noneMatch(a -> a.getId().equals(agencyId))) {
            throw new DeadlineChangeException("deadline.error.agencyNotAssessed");
        }
        if (reason == null || reason.isBlank()) {
            throw new DeadlineChangeException("deadline.error.reasonRequired");
        }
        requireFuture(newDue);
        LocalDate old = deadlines.dueDate(campaignId, agencyId, milestone);
        extensions.findByCampaignIdAndAgencyIdAndMilestone(campaignId, agencyId, milestone)
                .ifPresentOrElse(e -> e.setDueDate(newDue),
                        () -> extensions.save(new AgencyExtension(campaignId, agencyId, milestone, newDue)));
        deadlines.extensionsChanged(campaignId, agencyId);
        log.save(new DeadlineChange(campaignId, agencyId, milestone, old, newDue, reason.trim(), by, clock.instant()));
        follow(campaignId, workItems.findByCampaignIdAndAgencyIdAndState(campaignId, agencyId, WorkItemState.OPEN),
                milestone);
        assessments.findByCampaignIdAndAgencyId(campaignId, agencyId).ifPresent(assessment ->
                moveEscalation(assessment, milestone));
    }

    /** Moves a milestone for every agency that has no extension of its own. */
    @Transactional
    public void moveMilestone(Long campaignId, MilestoneType type, LocalDate windowStart, LocalDate newDue,
                              String reason, String by) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        Milestone milestone = campaign.milestone(type).orElseThrow();
        requireFuture(newDue);
        if (windowStart != null && windowStart.isAfter(newDue)) {
            throw new DeadlineChangeException("deadline.error.windowAfterDue");
        }
        LocalDate old = milestone.getDueDate();
        LocalDate oldWindow = milestone.getWindowStart();
        milestone.setDueDate(newDue);
        milestone.setWindowStart(windowStart);
        log.save(new DeadlineChange(campaignId, null, type, old, newDue, reason, by, clock.instant()));
        List<Long> extended = extensions.findByCampaignId(campaignId).stream()
                .filter(e -> e.getMilestone() == type).map(AgencyExtension::getAgencyId).toList();
        List<WorkItem> open = workItems.findByCampaignIdAndMilestoneAndState(campaignId, type, WorkItemState.OPEN)
                .stream().filter(i -> i.getAgencyId() == null || !extended.contains(i.getAgencyId())).toList();
        follow(campaignId, open, type);
        for (AgencyAssessment assessment : assessments.findByCampaignId(campaignId)) {
            if (!extended.contains(assessment.getAgency().getId())) {
                moveEscalation(assessment, type);
            }
            if (type == MilestoneType.SELF_ASSESSMENT && windowStart != null && !windowStart.equals(oldWindow)) {
                processes.moveWindowStart(assessment.getProcessInstanceId(),
                        Date.from(deadlines.windowStartAt(campaignId, type).toInstant()));
            }
        }
    }

    private void follow(Long campaignId, List<WorkItem> items, MilestoneType milestone) {
        List<String> moved = new ArrayList<>();
        for (WorkItem item : items) {
            if (item.getMilestone() == milestone) {
                processes.setTaskDates(item.getTaskId(),
                        Date.from(deadlines.dueAt(campaignId, item.getAgencyId(), milestone).toInstant()),
                        Date.from(deadlines.firstReminderAt(campaignId, item.getAgencyId(), milestone).toInstant()));
                moved.add(item.getTaskId());
            }
        }
        events.publishEvent(new DueDatesMoved(campaignId, moved));
    }

    private void moveEscalation(AgencyAssessment assessment, MilestoneType milestone) {
        processes.moveEscalation(assessment.getProcessInstanceId(), milestone, Date.from(deadlines.decisionDueAt(
                assessment.getCampaign().getId(), assessment.getAgency().getId(), milestone).toInstant()));
    }

    private void requireFuture(LocalDate date) {
        if (date == null || date.isBefore(clock.today())) {
            throw new DeadlineChangeException("deadline.error.past");
        }
    }
}
