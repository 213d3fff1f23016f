package vn.parindex.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.common.AppClock;
import vn.parindex.common.Takeover;

/**
 * Delivers the outbox outside any engine transaction. A node claims a batch of due mails for a lease, sends the
 * batch over one SMTP connection and marks each mail sent in a short transaction of its own as soon as the server
 * accepted it; a failure backs off and retries and stays visible on the outbox page. Several nodes share the work
 * without sending a mail twice. While a node sends, a heartbeat renews its claims; a batch claimed by a node that
 * died is taken over once the lease ran out (20 s of the 30 s takeover, {@link Takeover}), and what it had not
 * marked sent is sent again with the same Message-ID: at most the one mail the server had accepted when the node
 * died arrives twice.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    /**
     * By its primary key. Written {@code coalesce(status, '')} so that no index on status can serve it: with the
     * statistics of a table of sent mails PostgreSQL takes an index on status for the cheaper one and reads every
     * pending mail of the morning for each mail it marks (3.3 ms a mail at 10,000 pending, against 0.4 ms).
     */
    static final String MARK_SENT = """
            update outbox_mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
                claim_token = null, claimed_until = null, version = version + 1
            where id = ? and coalesce(status, '') = 'PENDING'""";

    private final OutboxMailRepository mails;
    private final JavaMailSender smtp;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final AppClock clock;
    private final String from;
    private final int batchSize;
    private final int perConnection;
    private final Duration lease;
    /** The claims this node is sending. */
    private final Set<String> holding = ConcurrentHashMap.newKeySet();
    /** Tests only (null in production): called when the server accepted a mail, before it is marked sent. */
    private volatile Consumer<OutboxMail> accepted;

    OutboxDelivery(OutboxMailRepository mails, JavaMailSender smtp, TransactionTemplate transaction, JdbcTemplate jdbc,
                   AppClock clock, Takeover takeover,
                   @Value("${parindex.mail.from:chisocchc@parindex.local}") String from,
                   @Value("${parindex.mail.batch:100}") int batchSize,
                   @Value("${parindex.mail.per-connection:1000}") int perConnection) {
        this.mails = mails;
        this.smtp = smtp;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.perConnection = perConnection;
        this.lease = takeover.lease();
        MailStreams.nameTheProvider();
    }

    @Scheduled(fixedDelayString = "${parindex.mail.poll-ms:10000}", initialDelay = 5000)
    public void deliverScheduled() {
        deliverDue();
    }

    /**
     * Sends due mails batch after batch until none is left, over one SMTP connection for at most
     * {@code parindex.mail.per-connection} mails: opening one (greeting, EHLO, TLS, login) costs a relay as much as
     * many mails. @return how many were sent
     */
    public int deliverDue() {
        int sent = 0;
        try (SmtpConnection connection = new SmtpConnection(smtp, perConnection)) {
            for (Claim claim = claimBatch(); claim != null; claim = claimBatch()) {
                holding.add(claim.token());
                try {
                    sent += send(claim, connection);
                } finally {
                    holding.remove(claim.token());
                }
            }
        }
        return sent;
    }

    /**
     * The heartbeat: the claims this node is still sending last another lease from now. It runs on a scheduler
     * thread of its own (not the sender's), so a slow mail server does not let a live node's claims run out.
     */
    @Scheduled(fixedDelayString = "#{@takeover.heartbeat().toMillis()}", initialDelay = 1000)
    public void renewClaims() {
        if (holding.isEmpty()) {
            return;
        }
        Set<String> tokens = Set.copyOf(holding);
        transaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            mails.renew(tokens, now.plus(lease));
        });
    }

    /** Tests only: what to do when the server has accepted a mail (null: nothing). */
    void onAccepted(Consumer<OutboxMail> hook) {
        this.accepted = hook;
    }

    private record Claim(String token, List<OutboxMail> mails) {
    }

    private Claim claimBatch() {
        return transaction.execute(tx -> {
            Instant now = clock.instant();
            List<Long> due = mails.dueIds(now, PageRequest.of(0, batchSize));
            if (due.isEmpty()) {
                return null;
            }
            String token = UUID.randomUUID().toString();
            mails.claim(due, token, now.plus(lease), now);
            List<OutboxMail> claimed = mails.findByClaimTokenOrderById(token);
            return claimed.isEmpty() ? null : new Claim(token, claimed);
        });
    }

    private int send(Claim claim, SmtpConnection connection) {
        int sent = 0;
        int failed = 0;
        String firstError = null;
        List<OutboxMail> batch = claim.mails();
        for (int i = 0; i < batch.size(); i++) {
            OutboxMail mail = batch.get(i);
            try {
                connection.send(message(mail));
            } catch (SmtpConnection.Unreachable e) {
                List<OutboxMail> rest = batch.subList(i, batch.size());
                recordFailed(rest, claim.token(), describe(e));
                failed += rest.size();
                firstError = firstError == null ? describe(e) : firstError;
                break;
            } catch (Exception e) {
                recordFailed(List.of(mail), claim.token(), describe(e));
                failed++;
                firstError = firstError == null ? describe(e) : firstError;
                continue;
            }
            Consumer<OutboxMail> hook = accepted;
            if (hook != null) {
                hook.accept(mail);
            }
            markSent(mail);
            sent++;
        }
        if (failed > 0) {
            log.warn("{} of {} mails failed, e.g. {}", failed, claim.mails().size(), firstError);
        }
        return sent;
    }

    /**
     * Right after the server accepted it, one update committed on its own (auto-commit, no transaction around it):
     * a crash later cannot send it again. Accepted is sent, even if the claim was lost meanwhile (its lease ran
     * out, or the organiser asked for a retry). One round trip to the database per mail.
     */
    private void markSent(OutboxMail mail) {
        jdbc.update(MARK_SENT, clock.instant().atOffset(ZoneOffset.UTC), mail.getId());
    }

    private void recordFailed(List<OutboxMail> failed, String token, String error) {
        transaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            for (OutboxMail mail : mails.findAllById(failed.stream().map(OutboxMail::getId).toList())) {
                if (mail.claimedBy(token)) {
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
        message.setSentDate(new Date());
        message.saveChanges();
        message.setHeader("Message-ID", mail.getMessageId());
        return message;
    }
}
