package vn.parindex.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.BadListRequest;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SortKeys;
import vn.parindex.common.VietnamTime;

/**
 * The audit lines an administrator of the organiser sees (those of the organiser's users and those of nobody known:
 * failed logins with an unknown user name, refused anonymous requests), by user, kind, date range and a search of
 * the detail, path and address; the page and the CSV select the same lines.
 */
@Service
class AuditSearch {

    static final SortKeys SORT = SortKeys.by("id").key("time", "occurredAt").key("kind", "kind")
            .key("user", "username").defaultTo("time", false);

    /** The filters as the GET form sends them: an exact user name, a kind, dates (yyyy-MM-dd), a search. */
    record Filter(String username, String kind, String from, String to, String q) {
    }

    private final AuditEventRepository events;

    AuditSearch(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    PageResult<AuditEvent> page(Long organiserId, Filter filter, Paging paging) {
        return PageResult.find(events, where(organiserId, filter), paging);
    }

    /** Every line the filter selects, in the page's order (for the CSV). */
    @Transactional(readOnly = true)
    List<AuditEvent> all(Long organiserId, Filter filter, Paging paging) {
        return events.findAll(where(organiserId, filter), paging.jpaSort());
    }

    private static Specification<AuditEvent> where(Long organiserId, Filter filter) {
        String username = filter.username() == null ? "" : filter.username().trim().toLowerCase(Locale.ROOT);
        AuditKind kind = BadListRequest.enumFilter("kind", filter.kind(), AuditKind.class);
        LocalDate from = BadListRequest.dateFilter("from", filter.from());
        LocalDate to = BadListRequest.dateFilter("to", filter.to());
        String text = filter.q() == null ? "" : filter.q().trim().toLowerCase(Locale.ROOT);
        return (event, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.or(cb.equal(event.get("organiserId"), organiserId), cb.isNull(event.get("organiserId"))));
            if (!username.isEmpty()) {
                all.add(cb.equal(cb.lower(event.get("username")), username));
            }
            if (kind != null) {
                all.add(cb.equal(event.get("kind"), kind));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), from.atStartOfDay(VietnamTime.ZONE).toInstant()));
            }
            if (to != null) {
                all.add(cb.lessThan(event.get("occurredAt"), to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
            }
            if (!text.isEmpty()) {
                String like = "%" + text + "%";
                all.add(cb.or(cb.like(cb.lower(event.get("detail")), like), cb.like(cb.lower(event.get("path")), like),
                        cb.like(event.get("ipAddress"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
