package vn.parindex.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RememberedDeviceRepository extends JpaRepository<RememberedDevice, Long> {

    Optional<RememberedDevice> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from RememberedDevice d where d.userId = :userId")
    void deleteByUser(Long userId);

    @Modifying
    @Query("delete from RememberedDevice d where d.userId = :userId and d.expiresAt < :now")
    void deleteExpired(Long userId, Instant now);
}
