package vn.parindex.timeline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignPlan;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneDates;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.campaign.ReminderOffsets;
import vn.parindex.common.AppClock;
import vn.parindex.common.TransactionCache;
import vn.parindex.common.VietnamTime;

/**
 * When something is due for an agency: the campaign's milestone date, or the agency's extension. A date D
 * means 23:59 on D in Vietnam; reminders go out at the reminder hour ({@link ReminderSchedule}).
 */
@Service
@RequiredArgsConstructor
public class Deadlines {

    private final Campaigns campaigns;
    private final AgencyExtensionRepository extensions;
    private final AppClock clock;
    private final ReminderSchedule reminders;

    @Transactional(readOnly = true)
    public LocalDate dueDate(Long campaignId, Long agencyId, MilestoneType type) {
        if (agencyId != null) {
            LocalDate extended = extensionsOf(campaignId, agencyId).get(type);
            if (extended != null) {
                return extended;
            }
        }
        return milestone(campaignId, type).dueDate();
    }

    /**
     * The agency's extended dates, read once per transaction: starting an assessment asks for its deadlines six
     * times (due date, first reminder and escalation of two tasks).
     */
    private Map<MilestoneType, LocalDate> extensionsOf(Long campaignId, Long agencyId) {
        return TransactionCache.get(new ExtensionsOf(campaignId, agencyId), () -> {
            Map<MilestoneType, LocalDate> dates = new EnumMap<>(MilestoneType.class);
            extensions.findByCampaignIdAndAgencyId(campaignId, agencyId)
                    .forEach(extension -> dates.put(extension.getMilestone(), extension.getDueDate()));
            return dates;
        });
    }

    /** Called by whoever writes an extension, so the same transaction reads the new date. */
    void extensionsChanged(Long campaignId, Long agencyId) {
        TransactionCache.evict(new ExtensionsOf(campaignId, agencyId));
    }

    /** The campaign's settings and milestone dates in one query, once per transaction. */
    private CampaignPlan plan(Long campaignId) {
        return TransactionCache.get(new PlanOf(campaignId), () -> campaigns.plan(campaignId).orElseThrow());
    }

    /** Called by whoever moves a milestone, so the same transaction reads its new dates. */
    void planChanged(Long campaignId) {
        TransactionCache.evict(new PlanOf(campaignId));
    }

    private record ExtensionsOf(Long campaignId, Long agencyId) {
    }

    private record PlanOf(Long campaignId) {
    }

    public ZonedDateTime dueAt(Long campaignId, Long agencyId, MilestoneType type) {
        return VietnamTime.endOfDay(dueDate(campaignId, agencyId, type));
    }

    /** When the organiser must decide on a missed deadline: the campaign's escalation days after it. */
    @Transactional(readOnly = true)
    public ZonedDateTime decisionDueAt(Long campaignId, Long agencyId, MilestoneType type) {
        int days = plan(campaignId).escalationDays();
        return dueAt(campaignId, agencyId, type).plusDays(days);
    }

    /** The organiser's decision on a missed deadline is due the campaign's escalation days from now. */
    @Transactional(readOnly = true)
    public ZonedDateTime organiserDecisionDueAt(Long campaignId) {
        int days = plan(campaignId).escalationDays();
        return VietnamTime.endOfDay(clock.today().plusDays(days));
    }

    /** The first reminder: the largest offset before the deadline, at the reminder hour (the task's follow-up date). */
    @Transactional(readOnly = true)
    public ZonedDateTime firstReminderAt(Long campaignId, Long agencyId, MilestoneType type) {
        List<Integer> offsets = reminderOffsets(plan(campaignId).reminderOffsets());
        int largest = offsets.isEmpty() ? 0 : offsets.get(0);
        return reminders.on(dueDate(campaignId, agencyId, type).minusDays(largest));
    }

    /** Whether the milestone's window has opened (a milestone without a window is open from launch). */
    @Transactional(readOnly = true)
    public boolean windowOpen(Long campaignId, MilestoneType type) {
        LocalDate start = milestone(campaignId, type).windowStart();
        return start == null || !clock.today().isBefore(start);
    }

    @Transactional(readOnly = true)
    public ZonedDateTime windowStartAt(Long campaignId, MilestoneType type) {
        LocalDate start = milestone(campaignId, type).windowStart();
        return start == null ? ZonedDateTime.now(clock) : VietnamTime.startOfDay(start);
    }

    @Transactional(readOnly = true)
    public boolean used(Long campaignId, MilestoneType type) {
        return milestone(campaignId, type).used();
    }

    /** The campaign's reminder offsets in days before a deadline, largest first (7, 3, 1, 0). */
    public static List<Integer> reminderOffsets(Campaign campaign) {
        return reminderOffsets(campaign.getSettings().getReminderOffsets());
    }

    private static List<Integer> reminderOffsets(String setting) {
        return ReminderOffsets.parse(setting).days();
    }

    /** Whether the campaign's plan has this milestone in use. */
    @Transactional(readOnly = true)
    public boolean planned(Long campaignId, MilestoneType type) {
        return plan(campaignId).milestone(type).map(MilestoneDates::used).orElse(false);
    }

    private MilestoneDates milestone(Long campaignId, MilestoneType type) {
        return plan(campaignId).milestone(type)
                .orElseThrow(() -> new IllegalStateException("Campaign " + campaignId + " has no milestone " + type));
    }
}
