package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByOrganiserIdOrderByYearDesc(Long organiserId);

    Optional<Campaign> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Campaign> findByOrganiserIdAndYear(Long organiserId, int year);
}
