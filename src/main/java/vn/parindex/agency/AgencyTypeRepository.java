package vn.parindex.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyTypeRepository extends JpaRepository<AgencyType, Long> {

    Optional<AgencyType> findByCode(String code);

    List<AgencyType> findAllByOrderBySortOrder();
}
