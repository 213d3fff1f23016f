package vn.parindex.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agencies;
import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.Recipient;
import vn.parindex.security.UserDirectory;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.tasklist.WorkItemState;
import vn.parindex.timeline.Deadlines;
import vn.parindex.timeline.DueDatesMoved;
import vn.parindex.workflow.ProcessModel;

/**
 * The morning sweep over one process instance's open tasks: a reminder on the day of each offset before the
 * deadline (7, 3, 1 days and the morning of the day), and, once the deadline has passed, a notice to the agency
 * head and the organiser. Every mail is keyed by its due date, so none goes out twice for the same deadline. A
 * reminder whose day has passed is never sent: after a deadline change the next one is the first offset on or
 * after the day of the change, and a change made on an offset's day sends that day's reminder at once.
 */
@Service
@RequiredArgsConstructor
public class Reminders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String DECISION_TASK = ProcessModel.DECIDE_ON_MISSED_DEADLINE;

    private final WorkItemQueries workItems;
    private final Campaigns campaigns;
    private final Agencies agencies;
    private final UserDirectory directory;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AppClock clock;
    private final TaskLinks links;
    private final MorningDigest digest;

    /** @return how many mails were queued */
    @Transactional
    public int sweep(String processInstanceId) {
        return sweep(workItems.openOfInstance(processInstanceId));
    }

    /**
     * An agency's sweep also covers the organiser's decision tasks about that agency: they live in the called
     * missed-deadline-decision instance, so a sweep of the agency's own instance alone would never see them.
     */
    @Transactional
    public int sweepAgency(String processInstanceId, Long campaignId, Long agencyId) {
        List<WorkItem> items = new ArrayList<>(
                workItems.openOfInstance(processInstanceId));
        workItems.openOfAgency(campaignId, agencyId).stream()
                .filter(item -> DECISION_TASK.equals(item.getTaskKey()))
                .filter(item -> !item.getProcessInstanceId().equals(processInstanceId))
                .forEach(items::add);
        return sweep(items);
    }

    private int sweep(List<WorkItem> items) {
        int queued = 0;
        LocalDate today = clock.today();
        for (WorkItem item : items) {
            if (item.getDueAt() == null) {
                continue;
            }
            Campaign campaign = campaigns.find(item.getCampaignId()).orElseThrow();
            LocalDate due = item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
            long daysLeft = ChronoUnit.DAYS.between(today, due);
            if (daysLeft >= 0) {
                queued += remind(item, campaign, due, daysLeft);
            } else {
                queued += send(MailKind.OVERDUE, "overdue", target(item, campaign, due), daysLeft,
                        heads(item, campaign));
            }
        }
        return queued;
    }

    /** A deadline change on the day of one of the new date's offsets: that reminder goes out now, not tomorrow. */
    @EventListener
    public void dueDatesMoved(DueDatesMoved moved) {
        LocalDate today = clock.today();
        Campaign campaign = campaigns.find(moved.campaignId()).orElseThrow();
        for (String taskId : moved.taskIds()) {
            workItems.find(taskId).filter(item -> item.getState() == WorkItemState.OPEN && item.getDueAt() != null)
                    .ifPresent(item -> {
                        LocalDate due = item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
                        long daysLeft = ChronoUnit.DAYS.between(today, due);
                        if (daysLeft >= 0) {
                            remind(item, campaign, due, daysLeft);
                        }
                    });
        }
    }

    private int remind(WorkItem item, Campaign campaign, LocalDate due, long daysLeft) {
        Optional<Integer> offset = offsetOfToday(Deadlines.reminderOffsets(campaign), daysLeft);
        return offset.isEmpty() ? 0 : send(MailKind.REMINDER, "d" + offset.get(), target(item, campaign, due),
                daysLeft, actors(item, campaign));
    }

    /** The organiser's one mail of the morning listing every agency overdue (the campaign instance's sweep). */
    @Transactional
    public int digest(Long campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        return digest.queue(campaign, organiser(campaign), DECISION_TASK);
    }

    /**
     * The reminder whose day is today, if any. A sweep that runs late on the same day (the node was down at 08:00)
     * still sends it; one whose day has passed is never sent, so an extension brings no catch-up mail.
     */
    static Optional<Integer> offsetOfToday(List<Integer> offsets, long daysLeft) {
        return offsets.stream().filter(offset -> offset == daysLeft).findFirst();
    }

    /** What a mail is about. */
    private record Target(Campaign campaign, Long agencyId, vn.parindex.campaign.MilestoneType milestone,
                          String taskKey, String link, LocalDate due) {
    }

    private Target target(WorkItem item, Campaign campaign, LocalDate due) {
        return new Target(campaign, item.getAgencyId(), item.getMilestone(), item.getTaskKey(),
                links.task(item.getTaskId()), due);
    }

    private int send(MailKind kind, String offset, Target target, long daysLeft, List<Recipient> recipients) {
        Campaign campaign = target.campaign();
        Agency agency = target.agencyId() == null ? null : agencies.find(target.agencyId()).orElse(null);
        String agencyName = agency == null ? campaign.getOrganiser().getName() : agency.getName();
        String milestone = target.milestone() == null ? "milestone.NONE" : target.milestone().messageKey();
        DeadlineMail mail = new DeadlineMail(campaign.getName(), campaign.getOrganiser().getName(), agencyName,
                target.taskKey(), milestone, target.due(), daysLeft, target.link(),
                DeadlineNotices.calendarUid(campaign.getId(), target.agencyId(), target.milestone(), target.taskKey()));
        int queued = 0;
        for (Recipient recipient : recipients) {
            String key = String.join("|", String.valueOf(campaign.getId()), String.valueOf(target.agencyId()),
                    String.valueOf(target.milestone()), kind.name() + ":" + target.taskKey(), offset,
                    target.due().toString(), recipient.email());
            RenderedMail rendered = templates.render(kind, mail, recipient.name(), recipient.locale(), clock.instant());
            if (outbox.enqueue(key, campaign.getId(), target.agencyId(), kind, recipient.email(), rendered)) {
                queued++;
            }
        }
        return queued;
    }

    /** Who must act: the users of the task's groups; for an agency with no user yet, its focal officer. */
    private List<Recipient> actors(WorkItem item, Campaign campaign) {
        List<Recipient> users = directory.membersOf(item.getGroups());
        if (!users.isEmpty()) {
            return users;
        }
        Long agencyId = item.getReviewerAgencyId() != null ? item.getReviewerAgencyId() : item.getAgencyId();
        Agency agency = agencyId != null ? agencies.find(agencyId).orElse(null)
                : campaign.getOrganiser().getStandingAgency();
        if (agency == null) {
            return List.of();
        }
        boolean headTask = item.getGroups().stream().anyMatch(g -> g.endsWith(":head"));
        String email = headTask ? agency.getHeadEmail() : agency.getFocalEmail();
        String name = headTask ? agency.getHeadName() : agency.getFocalName();
        return email == null || email.isBlank() ? List.of() : List.of(new Recipient(email, name, VIETNAMESE));
    }

    /**
     * The head of the agency that must act: for the organiser's own decision tasks, the organiser's agency. The
     * organiser hears of overdue agencies in the morning digest, not once per agency.
     */
    private List<Recipient> heads(WorkItem item, Campaign campaign) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Long agencyId = item.getReviewerAgencyId() != null ? item.getReviewerAgencyId() : item.getAgencyId();
        Agency agency = DECISION_TASK.equals(item.getTaskKey()) ? campaign.getOrganiser().getStandingAgency()
                : agencyId == null ? null : agencies.find(agencyId).orElseThrow();
        if (agency != null) {
            for (Recipient head : directory.membersOf(Set.of(CandidateGroups.head(agency.getCode())))) {
                recipients.putIfAbsent(head.email(), head);
            }
            if (agency.getHeadEmail() != null && !agency.getHeadEmail().isBlank()) {
                recipients.putIfAbsent(agency.getHeadEmail(),
                        new Recipient(agency.getHeadEmail(), agency.getHeadName(), VIETNAMESE));
            }
        }
        if (DECISION_TASK.equals(item.getTaskKey())) {
            for (Recipient organiser : organiser(campaign)) {
                recipients.putIfAbsent(organiser.email(), organiser);
            }
        }
        return new ArrayList<>(recipients.values());
    }

    private List<Recipient> organiser(Campaign campaign) {
        List<Recipient> users = directory.membersOf(Set.of(CandidateGroups.organiser(campaign.getOrganiser().getCode())));
        if (!users.isEmpty()) {
            return users;
        }
        Agency standing = campaign.getOrganiser().getStandingAgency();
        return standing == null || standing.getFocalEmail() == null ? List.of()
                : List.of(new Recipient(standing.getFocalEmail(), standing.getFocalName(), VIETNAMESE));
    }
}
