package vn.parindex.notification;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.common.AppClock;

/**
 * Delivers the outbox outside any engine transaction: each mail is read, sent, and its outcome recorded in
 * a transaction of its own; a failure backs off and retries, and stays visible on the outbox page.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository mails;
    private final JavaMailSender smtp;
    private final TransactionTemplate transaction;
    private final AppClock clock;
    private final String from;

    OutboxDelivery(OutboxMailRepository mails, JavaMailSender smtp, TransactionTemplate transaction, AppClock clock,
               @org.springframework.beans.factory.annotation.Value("${parindex.mail.from:chisocchc@parindex.local}") String from) {
        this.mails = mails;
        this.smtp = smtp;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${parindex.mail.poll-ms:10000}", initialDelay = 5000)
    public void deliverScheduled() {
        deliverDue();
    }

    /** @return how many mails were sent */
    public int deliverDue() {
        int sent = 0;
        List<Long> due = mails.dueIds(clock.instant(), PageRequest.of(0, BATCH));
        for (Long id : due) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Long id) {
        OutboxMail mail = mails.findById(id).orElse(null);
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return false;
        }
        try {
            smtp.send(message(mail));
            transaction.executeWithoutResult(tx -> mails.findById(id).ifPresent(m -> m.sent(clock.instant())));
            return true;
        } catch (Exception e) {
            log.warn("Mail {} to {} failed: {}", id, mail.getRecipient(), e.getMessage());
            transaction.executeWithoutResult(tx -> mails.findById(id).ifPresent(m -> m.failed(clock.instant(),
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
            return false;
        }
    }

    private MimeMessage message(OutboxMail mail) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.getIcs() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBodyHtml(), true);
        if (mail.getIcs() != null) {
            helper.addAttachment("han-chot.ics", new ByteArrayResource(mail.getIcs().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        message.saveChanges();
        message.setHeader("Message-ID", mail.getMessageId());
        return message;
    }
}
