package vn.parindex.notification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agencies;
import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.security.CandidateGroups;
import vn.parindex.security.Recipient;
import vn.parindex.security.UserDirectory;
import vn.parindex.timeline.DeadlineChanged;

/**
 * Tells an agency's officials that one of its deadlines changed: the new date, the reason, and an update of
 * the calendar entry its reminders sent (same UID, higher SEQUENCE), so calendar programs move the event.
 */
@Service
@RequiredArgsConstructor
public class DeadlineNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Campaigns campaigns;
    private final Agencies agencies;
    private final UserDirectory directory;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AppClock clock;
    private final TaskLinks links;

    /** Tells the agency of a changed date of its own. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DeadlineChanged change) {
        deadlineChanged(change.campaignId(), change.agencyId(), change.milestone(), change.newDue(), change.reason(),
                change.changeId(), change.sequence());
    }

    /**
     * @param changeId the logged change, so each change is told once
     * @param sequence how many times this deadline has changed: the calendar entry's SEQUENCE
     * @return how many mails were queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deadlineChanged(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                               String reason, Long changeId, int sequence) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        Agency agency = agencies.find(agencyId).orElseThrow();
        DeadlineMail mail = new DeadlineMail(campaign.getName(), campaign.getOrganiser().getName(), agency.getName(),
                milestone.officersTaskKey(), milestone.messageKey(), newDue, 0, links.taskList(),
                calendarUid(campaignId, agencyId, milestone, milestone.officersTaskKey()));
        int queued = 0;
        for (Recipient recipient : officials(agency)) {
            RenderedMail rendered = templates.renderDeadlineChanged(mail, reason, sequence, recipient.name(),
                    recipient.locale(), clock.instant());
            String key = String.join("|", String.valueOf(campaignId), String.valueOf(agencyId), milestone.name(),
                    MailKind.DEADLINE_CHANGED.name(), String.valueOf(changeId), recipient.email());
            if (outbox.enqueue(key, campaignId, agencyId, MailKind.DEADLINE_CHANGED, recipient.email(), rendered)) {
                queued++;
            }
        }
        return queued;
    }

    /** The UID of a deadline's calendar entry, the one its reminders carry. */
    static String calendarUid(Long campaignId, Long agencyId, MilestoneType milestone, String taskKey) {
        return "c" + campaignId + "-a" + agencyId + "-" + milestone + "-" + taskKey + "@parindex";
    }

    /** The agency's officers and head; with no user yet, its focal officer and head from the agency record. */
    private List<Recipient> officials(Agency agency) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Recipient user : directory.membersOf(Set.of(CandidateGroups.officers(agency.getCode()),
                CandidateGroups.head(agency.getCode())))) {
            recipients.putIfAbsent(user.email(), user);
        }
        if (recipients.isEmpty()) {
            add(recipients, agency.getFocalEmail(), agency.getFocalName());
            add(recipients, agency.getHeadEmail(), agency.getHeadName());
        }
        return List.copyOf(recipients.values());
    }

    private static void add(Map<String, Recipient> recipients, String email, String name) {
        if (email != null && !email.isBlank()) {
            recipients.putIfAbsent(email, new Recipient(email, name, VIETNAMESE));
        }
    }
}
