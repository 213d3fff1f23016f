package vn.parindex.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, Long> {

    List<Framework> findByOrganiserIdOrderByYearDescAgencyTypeSortOrder(Long organiserId);

    Optional<Framework> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Framework> findByOrganiserIdAndAgencyTypeIdAndYear(Long organiserId, Long agencyTypeId, int year);
}
