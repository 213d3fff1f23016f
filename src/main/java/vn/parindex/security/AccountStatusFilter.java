package vn.parindex.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/** The users list's state filter: accounts that may log in, accounts switched off, and those switched off as dormant. */
enum AccountStatusFilter {
    ACTIVE,
    INACTIVE,
    DORMANT;

    Predicate where(Root<AppUser> user, CriteriaBuilder cb) {
        return switch (this) {
            case ACTIVE -> cb.isTrue(user.get("active"));
            case INACTIVE -> cb.isFalse(user.get("active"));
            case DORMANT -> cb.and(cb.isFalse(user.get("active")), cb.isNotNull(user.get("dormantSince")));
        };
    }
}
