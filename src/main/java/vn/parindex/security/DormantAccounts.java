package vn.parindex.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;

/**
 * Accounts not used for {@code parindex.security.dormant.days} (45 by default, Decree 331/2026 level 2; 0 turns it
 * off) are disabled every night: the login, the creation or an administrator's enabling is the last use. The user is
 * told why after giving the right password; an organiser or administrator enables the account again on the user
 * page. Harmless on several nodes and when run twice: each account is disabled by one conditional update, and only
 * the node whose update changed it writes the audit entry. The last active administrator of an organiser is left
 * alone (and named in the log), so an installation always keeps someone who can enable the others.
 */
@Service
public class DormantAccounts {

    private static final Logger log = LoggerFactory.getLogger(DormantAccounts.class);

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final AppClock clock;
    private final TransactionTemplate tx;
    private final int days;
    private final int warnDays;

    DormantAccounts(AppUserRepository users, UserAccounts accounts, AuditLog audit, AppClock clock,
                    TransactionTemplate tx, @Value("${parindex.security.dormant.days:45}") int days,
                    @Value("${parindex.security.dormant.warn-days:7}") int warnDays) {
        if (days < 0 || warnDays < 0) {
            throw new IllegalStateException("parindex.security.dormant.days and warn-days must be 0 or more");
        }
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.days = days;
        this.warnDays = warnDays;
    }

    public int days() {
        return days;
    }

    @Scheduled(cron = "${parindex.security.dormant.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void nightly() {
        int disabled = disableUnused();
        if (disabled > 0) {
            log.info("{} accounts unused for {} days disabled", disabled, days);
        }
    }

    /** Disables every active account unused for the set number of days. @return how many this call disabled */
    public int disableUnused() {
        if (days == 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(days));
        int disabled = 0;
        for (Long id : users.activeUnusedSince(cutoff)) {
            disabled += tx.execute(status -> disable(id, cutoff, now));
        }
        return disabled;
    }

    private int disable(Long id, Instant cutoff, Instant now) {
        AppUser before = users.findById(id).orElse(null);
        if (before == null) {
            return 0;
        }
        if (before.hasRole(Role.ADMIN) && users.countActiveWithRole(before.getOrganiser().getId(), Role.ADMIN) <= 1) {
            log.warn("{} is unused for more than {} days but is the last active administrator of {}: left enabled",
                    before.getUsername(), days, before.getOrganiser().getCode());
            return 0;
        }
        Instant lastUsed = before.getLastUsedAt();
        if (users.disableDormant(id, cutoff, now) == 0) {
            return 0;
        }
        AppUser user = users.findById(id).orElseThrow();
        // the engine's copy loses the candidate groups, as for any deactivated account
        accounts.save(user);
        audit.recordFor(AuditKind.ACCOUNT_DORMANT, user.getUsername(), "not used since "
                + VietnamTime.DATE_TIME.format(lastUsed.atZone(VietnamTime.ZONE)) + " (more than " + days + " days)");
        return 1;
    }

    /** The first of the organiser's active accounts the job disables within the warning days (the soonest first). */
    public record SoonDisabled(List<AppUser> first, long total) {
    }

    /** The {@code first} accounts the job disables soonest, and how many it disables within the warning days. */
    @Transactional(readOnly = true)
    public SoonDisabled aboutToBeDisabled(Long organiserId, int first) {
        if (days == 0) {
            return new SoonDisabled(List.of(), 0);
        }
        Instant warnFrom = clock.instant().minus(Duration.ofDays(Math.max(0, days - warnDays)));
        return new SoonDisabled(users.activeUnusedSince(organiserId, warnFrom, PageRequest.of(0, first)),
                users.countActiveUnusedSince(organiserId, warnFrom));
    }

    /** When the job disables this account if it stays unused (null when the rule is off or the account inactive). */
    public Instant disablesAt(AppUser user) {
        return days == 0 || !user.isActive() ? null : user.getLastUsedAt().plus(Duration.ofDays(days));
    }
}
