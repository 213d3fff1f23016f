package vn.parindex.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByCampaignIdAndAgencyIdOrderByFiledAt(Long campaignId, Long agencyId);

    List<Objection> findByReviewerAgencyIdAndAnsweredAtIsNullOrderByFiledAt(Long reviewerAgencyId);
}
