package vn.parindex.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

    @Query("select m.id from OutboxMail m where m.status = vn.parindex.notification.MailStatus.PENDING "
            + "and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) "
            + "order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable page);

    /**
     * Claims those of the given mails that are still due and unclaimed (or whose claim expired); two nodes
     * claiming the same rows race on the row lock and the second one's condition no longer holds. By the primary
     * key: the status is compared through coalesce for the reason {@link OutboxDelivery#MARK_SENT} gives.
     */
    String CLAIM = """
            update outbox_mail set claim_token = :token, claimed_until = :until, version = version + 1
            where id in (:ids) and coalesce(status, '') = 'PENDING' and (claimed_until is null or claimed_until < :now)""";

    @Modifying
    @Query(value = CLAIM, nativeQuery = true)
    int claim(Collection<Long> ids, String token, Instant until, Instant now);

    List<OutboxMail> findByClaimTokenOrderById(String token);

    /**
     * A live node's heartbeat: its claims last longer. The version stays (the sender's own update of the row must
     * not fail on it); a mail marked sent or taken over by another node no longer carries the token.
     */
    @Modifying
    @Query("update OutboxMail m set m.claimedUntil = :until where m.claimToken in :tokens "
            + "and m.status = vn.parindex.notification.MailStatus.PENDING")
    int renew(Collection<String> tokens, Instant until);

    List<OutboxMail> findByCampaignIdAndAgencyIdOrderByCreatedAt(Long campaignId, Long agencyId);

    List<OutboxMail> findByCampaignIdOrderByCreatedAt(Long campaignId);
}
