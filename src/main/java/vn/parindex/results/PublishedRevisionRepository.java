package vn.parindex.results;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublishedRevisionRepository extends JpaRepository<PublishedRevision, Long> {

    List<PublishedRevision> findByCampaignIdOrderByRevisionDesc(Long campaignId);

    Optional<PublishedRevision> findFirstByCampaignIdOrderByRevisionDesc(Long campaignId);

    /** The campaigns with a published revision: id, organiser name, year, campaign name. */
    @Query("""
            select c.id, o.name, c.year, c.name, max(r.publishedAt) from PublishedRevision r, Campaign c join c.organiser o
            where r.campaignId = c.id group by c.id, o.name, c.year, c.name order by c.year desc, o.name""")
    List<Object[]> publishedCampaigns();
}
