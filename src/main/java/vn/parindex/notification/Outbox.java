package vn.parindex.notification;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.AppClock;

/**
 * Writes mails to the outbox in the caller's transaction (the engine's, when a process step causes them):
 * if the step rolls back, so does the mail. A mail whose key is already there is not written again.
 */
@Service
public class Outbox {

    private final OutboxMailRepository mails;
    private final AppClock clock;

    Outbox(OutboxMailRepository mails, AppClock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** @return whether the mail was new */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupKey, Long campaignId, Long agencyId, MailKind kind, String recipient,
                           RenderedMail mail) {
        if (mails.existsByDedupKey(dedupKey)) {
            return false;
        }
        String messageId = "<" + UUID.randomUUID() + "@parindex>";
        mails.save(new OutboxMail(dedupKey, campaignId, agencyId, kind, recipient, mail.subject(), mail.html(),
                mail.ics(), clock.instant(), messageId));
        return true;
    }
}
