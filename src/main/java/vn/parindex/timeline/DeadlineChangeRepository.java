package vn.parindex.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    List<DeadlineChange> findByCampaignIdOrderByChangedAtDesc(Long campaignId);
}
