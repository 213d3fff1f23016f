package vn.parindex.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByUserId(Long userId);

    long countByUserIdAndUsedAtIsNull(Long userId);

    /** Uses the code unless someone (another request, another node) used it first. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :at where c.id = :id and c.usedAt is null")
    int use(Long id, Instant at);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    void deleteByUser(Long userId);
}
