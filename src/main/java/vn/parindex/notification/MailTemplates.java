package vn.parindex.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.parindex.common.VietnamTime;

/** Renders deadline mails from Thymeleaf templates in the recipient's language, with an .ics invite. */
@Component
@RequiredArgsConstructor
class MailTemplates {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ICS_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final ITemplateEngine templates;
    private final MessageSource messages;

    RenderedMail render(MailKind kind, DeadlineMail mail, String recipientName, Locale locale, Instant now) {
        String milestone = messages.getMessage(mail.milestoneKey(), null, mail.milestoneKey(), locale);
        String due = VietnamTime.format(mail.dueDate());
        String taskName = messages.getMessage("task.name." + mail.taskKey(), null, mail.taskKey(), locale);
        String subject = messages.getMessage("mail." + kind.name() + ".subject",
                new Object[] {taskName, mail.agencyName(), due, mail.daysLeft(), milestone, -mail.daysLeft()}, locale);
        Context context = new Context(locale);
        context.setVariable("mail", mail);
        context.setVariable("milestone", milestone);
        context.setVariable("taskName", taskName);
        context.setVariable("due", due);
        context.setVariable("recipientName", recipientName);
        String html = templates.process("mail/" + kind.name().toLowerCase(Locale.ROOT), context);
        String ics = kind == MailKind.REMINDER ? ics(mail, subject, now) : null;
        return new RenderedMail(subject, html, ics);
    }

    /** The new date and the reason of a changed deadline, with the calendar entry moved to that date. */
    RenderedMail renderDeadlineChanged(DeadlineMail mail, String reason, int sequence, String recipientName,
                                       Locale locale, Instant now) {
        String milestone = messages.getMessage(mail.milestoneKey(), null, mail.milestoneKey(), locale);
        String due = VietnamTime.format(mail.dueDate());
        String subject = messages.getMessage("mail.DEADLINE_CHANGED.subject",
                new Object[] {milestone, mail.agencyName(), due}, locale);
        Context context = new Context(locale);
        context.setVariable("mail", mail);
        context.setVariable("milestone", milestone);
        context.setVariable("due", due);
        context.setVariable("reason", reason);
        context.setVariable("recipientName", recipientName);
        String html = templates.process("mail/deadline_changed", context);
        String ics = ics(mail, subject, now).replace("METHOD:PUBLISH", "METHOD:REQUEST")
                .replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nSEQUENCE:" + sequence + "\r\n");
        return new RenderedMail(subject, html, ics);
    }

    /** An all-day event on the due date (RFC 5545). */
    private static String ics(DeadlineMail mail, String summary, Instant now) {
        String nl = "\r\n";
        return "BEGIN:VCALENDAR" + nl
                + "VERSION:2.0" + nl
                + "PRODID:-//PAR Index//Chi so CCHC//VI" + nl
                + "METHOD:PUBLISH" + nl
                + "BEGIN:VEVENT" + nl
                + "UID:" + mail.uid() + nl
                + "DTSTAMP:" + ICS_STAMP.format(now) + nl
                + "DTSTART;VALUE=DATE:" + ICS_DATE.format(mail.dueDate()) + nl
                + "DTEND;VALUE=DATE:" + ICS_DATE.format(mail.dueDate().plusDays(1)) + nl
                + "SUMMARY:" + escape(summary) + nl
                + "DESCRIPTION:" + escape(mail.link()) + nl
                + "URL:" + mail.link() + nl
                + "END:VEVENT" + nl
                + "END:VCALENDAR" + nl;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
