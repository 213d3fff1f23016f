package vn.parindex.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByIdAndOrganiserId(Long id, Long organiserId);

    List<AppUser> findByAgencyIdAndActiveTrue(Long agencyId);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u join fetch u.agency a where u.organiser.id = :organiserId
              and (:folded = '' or u.searchText like concat('%', :folded, '%') or a.searchText like concat('%', :folded, '%'))
            order by a.code, u.username""")
    Page<AppUser> search(Long organiserId, String folded, Pageable pageable);
}
