package vn.parindex.framework;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

    @Query("select c from Criterion c where c.id = :id and c.frameworkVersion.framework.organiser.id = :organiserId")
    Optional<Criterion> findInOrganiser(Long id, Long organiserId);
}
