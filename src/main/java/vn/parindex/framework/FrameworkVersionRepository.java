package vn.parindex.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    List<FrameworkVersion> findByFrameworkIdOrderByNumberDesc(Long frameworkId);

    @Query("select v from FrameworkVersion v where v.id = :id and v.framework.organiser.id = :organiserId")
    Optional<FrameworkVersion> findInOrganiser(Long id, Long organiserId);

    @Query("""
            select v from FrameworkVersion v where v.framework.organiser.id = :organiserId
              and v.framework.agencyType.id = :agencyTypeId order by v.framework.year desc, v.number desc""")
    List<FrameworkVersion> findForAgencyType(Long organiserId, Long agencyTypeId);

    @Query("select coalesce(max(v.number), 0) from FrameworkVersion v where v.framework.id = :frameworkId")
    int maxNumber(Long frameworkId);
}
