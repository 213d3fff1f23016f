package vn.parindex.notification;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.AppClock;
import vn.parindex.common.SearchText;

/**
 * Writes mails to the outbox in the caller's transaction (the engine's, when a process step causes them):
 * if the step rolls back, so does the mail. A mail whose key is already there is not written again. Two statements
 * per mail (the morning sweep writes thousands): the insert itself skips a key that is there, and a new mail's
 * search text goes into {@link OutboxMailSearch}. Other packages read the mails through its named queries, not
 * {@link OutboxMailRepository}.
 */
@Service
@RequiredArgsConstructor
public class Outbox {

    private static final String INSERT_UNLESS_THERE = """
            insert into outbox_mail (dedup_key, campaign_id, agency_id, kind, recipient, subject,
                body_html, ics, status, attempts, next_attempt_at, created_at, message_id, version)
            select cast(? as varchar), cast(? as bigint), cast(? as bigint), cast(? as varchar), cast(? as varchar),
                cast(? as varchar), cast(? as varchar), cast(? as varchar), 'PENDING', 0,
                cast(? as timestamp with time zone), cast(? as timestamp with time zone), cast(? as varchar), 0
            where not exists (select 1 from outbox_mail where dedup_key = ?)""";
    private static final String INSERT_SEARCH =
            "insert into outbox_mail_search (mail_id, search_text, subject_lower) values (?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final AppClock clock;
    private final OutboxMailRepository mails;

    /** @return whether the mail was new */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupKey, Long campaignId, Long agencyId, MailKind kind, String recipient,
                           RenderedMail mail) {
        String messageId = "<" + UUID.randomUUID() + "@parindex>";
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Object[] values = {dedupKey, campaignId, agencyId, kind.name(), recipient, mail.subject(), mail.html(),
                mail.ics(), now, now, messageId, dedupKey};
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT_UNLESS_THERE, new String[] {"id"});
            new ArgumentPreparedStatementSetter(values).setValues(insert);
            return insert;
        }, id);
        if (id.getKeyList().isEmpty()) {
            return false;
        }
        jdbc.update(INSERT_SEARCH, id.getKeyAs(Long.class), SearchText.fold(recipient, mail.subject()),
                mail.subject().toLowerCase(Locale.ROOT));
        return true;
    }

    /** The mails about one agency of a campaign, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxMail> aboutAgency(Long campaignId, Long agencyId) {
        return mails.findByCampaignIdAndAgencyIdOrderByCreatedAt(campaignId, agencyId);
    }
}
