package vn.parindex.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select new vn.parindex.security.AccountState(u.active, u.mustChangePassword, u.version,"
            + " case when u.totpSecret is null then false else true end, u.organiser.twoFactorForAllRoles)"
            + " from AppUser u where u.id = :id")
    Optional<AccountState> stateOf(Long id);

    Optional<AppUser> findByIdAndOrganiserId(Long id, Long organiserId);

    /** Takes a TOTP time step as used, unless it (or a later one) was used already: a code works once. */
    @Modifying
    @Query("""
            update AppUser u set u.totpLastStep = :step
            where u.id = :id and u.totpSecret is not null and (u.totpLastStep is null or u.totpLastStep < :step)""")
    int useTotpStep(Long id, long step);

    List<AppUser> findByAgencyIdAndActiveTrue(Long agencyId);

    boolean existsByUsername(String username);

    /** A user of the organiser with their agency loaded, for pages that show it. */
    @Query("select u from AppUser u join fetch u.agency where u.id = :id and u.organiser.id = :organiserId")
    Optional<AppUser> findWithAgency(Long id, Long organiserId);

    /** Counts a failed login without touching the version: a login attempt must not clash with an edit. */
    @Modifying
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailedLogin(String username);

    /** Locks the account when it has had too many failed logins, and starts the count again. */
    @Modifying
    @Query("""
            update AppUser u set u.lockedUntil = :until, u.failedLogins = 0
            where u.username = :username and u.failedLogins >= :limit""")
    int lockAfterFailedLogins(String username, int limit, Instant until);

    /** A login (or an HTTP Basic call) uses the account; written at most once a minute, without the version. */
    @Modifying
    @Query("update AppUser u set u.lastUsedAt = :now where u.username = :username and u.lastUsedAt < :before")
    int recordUse(String username, Instant now, Instant before);

    @Query("select u.id from AppUser u where u.active = true and u.lastUsedAt < :cutoff order by u.id")
    List<Long> activeUnusedSince(Instant cutoff);

    /** Disables an account unused since before the cutoff, unless done already (by another node's job). */
    @Modifying(clearAutomatically = true)
    @Query("""
            update AppUser u set u.active = false, u.dormantSince = :now, u.version = u.version + 1
            where u.id = :id and u.active = true and u.lastUsedAt < :cutoff""")
    int disableDormant(Long id, Instant cutoff, Instant now);

    @Query("""
            select count(u) from AppUser u join u.roles r
            where u.organiser.id = :organiserId and u.active = true and r = :role""")
    long countActiveWithRole(Long organiserId, Role role);

    /** Active accounts of the organiser that the dormancy job will disable soon, the soonest first. */
    @Query("""
            select u from AppUser u join fetch u.agency where u.organiser.id = :organiserId and u.active = true
              and u.lastUsedAt < :warnFrom order by u.lastUsedAt, u.username""")
    List<AppUser> activeUnusedSince(Long organiserId, Instant warnFrom, Pageable first);

    @Query("""
            select count(u) from AppUser u where u.organiser.id = :organiserId and u.active = true
              and u.lastUsedAt < :warnFrom""")
    long countActiveUnusedSince(Long organiserId, Instant warnFrom);
}
