package vn.parindex.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.parindex.agency.Agencies;
import vn.parindex.campaign.Campaign;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.Recipient;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.timeline.Deadlines;

/**
 * One mail per organiser recipient and morning listing every agency overdue in a campaign, per milestone, instead
 * of one notice per agency (the agencies waiting for the organiser's decision among them, marked as such). Built from the open work items, so it does not depend on the agency sweeps' order.
 */
@Component
@RequiredArgsConstructor
class MorningDigest {

    /** One overdue line: agency, days overdue, whether the organiser must now decide, where to act. */
    record Line(String agency, long daysOverdue, boolean awaitsDecision, String link) {
    }

    private final WorkItemQueries workItems;
    private final Agencies agencies;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Outbox outbox;
    private final AppClock clock;
    private final Deadlines deadlines;
    private final TaskLinks links;

    int queue(Campaign campaign, List<Recipient> organisers, String decisionTask) {
        LocalDate today = clock.today();
        Map<String, List<Line>> byMilestone = new TreeMap<>();
        List<WorkItem> open = workItems.openOfCampaign(campaign.getId());
        // every agency's name in one query, not one per overdue task
        Map<Long, String> names = new HashMap<>();
        agencies.all(open.stream().map(WorkItem::getAgencyId).filter(Objects::nonNull).distinct().toList())
                .forEach(agency -> names.put(agency.getId(), agency.getName()));
        for (WorkItem item : open) {
            if (item.getDueAt() == null || item.getAgencyId() == null) {
                continue;
            }
            // an agency waiting for the organiser's decision stays listed, overdue since its missed milestone
            boolean awaitsDecision = decisionTask.equals(item.getTaskKey());
            LocalDate due = awaitsDecision && item.getMilestone() != null
                    ? deadlines.dueDate(campaign.getId(), item.getAgencyId(), item.getMilestone())
                    : item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
            long overdue = ChronoUnit.DAYS.between(due, today);
            if (overdue <= 0) {
                continue;
            }
            String agency = names.getOrDefault(item.getAgencyId(), "—");
            String milestone = item.getMilestone() == null ? "milestone.NONE" : item.getMilestone().messageKey();
            byMilestone.computeIfAbsent(milestone, m -> new java.util.ArrayList<>())
                    .add(new Line(agency, overdue, awaitsDecision, links.task(item.getTaskId())));
        }
        if (byMilestone.isEmpty()) {
            return 0;
        }
        byMilestone.values().forEach(lines -> lines.sort(Comparator.comparing(Line::agency)));
        int count = byMilestone.values().stream().mapToInt(List::size).sum();
        int queued = 0;
        for (Recipient recipient : organisers) {
            Map<String, List<Line>> named = new TreeMap<>();
            byMilestone.forEach((key, lines) ->
                    named.put(messages.getMessage(key, null, key, recipient.locale()), lines));
            String subject = messages.getMessage("mail.DIGEST.subject",
                    new Object[] {campaign.getName(), count, VietnamTime.format(today)}, recipient.locale());
            Context context = new Context(recipient.locale());
            context.setVariable("recipientName", recipient.name());
            context.setVariable("campaignName", campaign.getName());
            context.setVariable("milestones", named);
            context.setVariable("count", count);
            String html = templates.process("mail/digest", context);
            String key = String.join("|", String.valueOf(campaign.getId()), MailKind.DIGEST.name(),
                    today.toString(), recipient.email());
            if (outbox.enqueue(key, campaign.getId(), null, MailKind.DIGEST, recipient.email(),
                    new RenderedMail(subject, html, null))) {
                queued++;
            }
        }
        return queued;
    }
}
