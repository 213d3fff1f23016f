package vn.parindex.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Every query names the organiser: agencies of one province are never mixed with another's. */
public interface AgencyRepository extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    Optional<Agency> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Agency> findByCode(String code);

    Optional<Agency> findByOrganiserIdAndCode(Long organiserId, String code);

    List<Agency> findByOrganiserIdOrderByCode(Long organiserId);

    List<Agency> findByOrganiserIdAndActiveTrueOrderByCode(Long organiserId);

    List<Agency> findByOrganiserIdAndReviewerTrueAndActiveTrueOrderByName(Long organiserId);

    List<Agency> findByOrganiserIdAndCodeIn(Long organiserId, Collection<String> codes);

    boolean existsByCode(String code);
}
