package vn.parindex.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.common.AppClock;

/**
 * Delivers the outbox outside any engine transaction. A node claims a batch of due mails for a lease, sends
 * the batch over one SMTP connection and records each outcome; a failure backs off and retries and stays
 * visible on the outbox page. Several nodes share the work without sending a mail twice; a batch claimed by
 * a node that died is taken over when its lease ends, and is sent again with the same Message-ID.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMailRepository mails;
    private final JavaMailSender smtp;
    private final TransactionTemplate transaction;
    private final AppClock clock;
    private final String from;
    private final int batchSize;
    private final Duration lease;

    OutboxDelivery(OutboxMailRepository mails, JavaMailSender smtp, TransactionTemplate transaction, AppClock clock,
                   @Value("${parindex.mail.from:chisocchc@parindex.local}") String from,
                   @Value("${parindex.mail.batch:100}") int batchSize,
                   @Value("${parindex.mail.claim-lease:PT2M}") Duration lease) {
        this.mails = mails;
        this.smtp = smtp;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${parindex.mail.poll-ms:10000}", initialDelay = 5000)
    public void deliverScheduled() {
        deliverDue();
    }

    /** Sends due mails batch after batch until none is left. @return how many were sent */
    public int deliverDue() {
        int sent = 0;
        for (List<OutboxMail> batch = claimBatch(); !batch.isEmpty(); batch = claimBatch()) {
            sent += send(batch);
        }
        return sent;
    }

    private List<OutboxMail> claimBatch() {
        return transaction.execute(tx -> {
            Instant now = clock.instant();
            List<Long> due = mails.dueIds(now, PageRequest.of(0, batchSize));
            if (due.isEmpty()) {
                return List.of();
            }
            String token = UUID.randomUUID().toString();
            mails.claim(due, token, now.plus(lease), now);
            return mails.findByClaimTokenOrderById(token);
        });
    }

    private int send(List<OutboxMail> batch) {
        Map<MimeMessage, OutboxMail> messages = new IdentityHashMap<>();
        Map<Long, String> failures = new java.util.HashMap<>();
        for (OutboxMail mail : batch) {
            try {
                messages.put(message(mail), mail);
            } catch (Exception e) {
                failures.put(mail.getId(), describe(e));
            }
        }
        try {
            smtp.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            messages.forEach((message, mail) -> {
                Exception cause = failed.isEmpty() ? e : failed.get(message);
                if (cause != null) {
                    failures.put(mail.getId(), describe(cause));
                }
            });
        } catch (RuntimeException e) {
            messages.values().forEach(mail -> failures.put(mail.getId(), describe(e)));
        }
        if (!failures.isEmpty()) {
            log.warn("{} of {} mails failed, e.g. {}", failures.size(), batch.size(), failures.values().iterator().next());
        }
        record(batch, failures);
        return batch.size() - failures.size();
    }

    private void record(List<OutboxMail> batch, Map<Long, String> failures) {
        transaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            for (OutboxMail mail : mails.findAllById(batch.stream().map(OutboxMail::getId).toList())) {
                String error = failures.get(mail.getId());
                if (error == null) {
                    mail.sent(now);
                } else {
                    mail.failed(now, error);
                }
            }
        });
    }

    /** An updated entry (METHOD:REQUEST) must say so in its content type too, or calendars add a second event. */
    private static String calendarMethod(String ics) {
        return ics.contains("METHOD:REQUEST") ? "REQUEST" : "PUBLISH";
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private MimeMessage message(OutboxMail mail) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.getIcs() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBodyHtml(), true);
        if (mail.getIcs() != null) {
            helper.addAttachment("han-chot.ics", new ByteArrayResource(mail.getIcs().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + calendarMethod(mail.getIcs()));
        }
        message.saveChanges();
        message.setHeader("Message-ID", mail.getMessageId());
        return message;
    }
}
