package vn.parindex.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupKey(String dedupKey);

    @Query("select m.id from OutboxMail m where m.status = vn.parindex.notification.MailStatus.PENDING "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt")
    List<Long> dueIds(Instant now, Pageable page);

    @Query("""
            select m from OutboxMail m where m.campaignId in
              (select c.id from Campaign c where c.organiser.id = :organiserId)
            order by m.createdAt desc, m.id desc""")
    List<OutboxMail> latestForOrganiser(Long organiserId, Pageable page);

    List<OutboxMail> findByCampaignIdAndAgencyIdOrderByCreatedAt(Long campaignId, Long agencyId);

    List<OutboxMail> findByCampaignIdOrderByCreatedAt(Long campaignId);
}
