package vn.parindex.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganiserRepository extends JpaRepository<Organiser, Long> {

    Optional<Organiser> findByCode(String code);

    List<Organiser> findByParent(Organiser parent);

    boolean existsByStandingAgencyId(Long agencyId);
}
