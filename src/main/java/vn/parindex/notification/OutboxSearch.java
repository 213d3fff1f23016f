package vn.parindex.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import lombok.RequiredArgsConstructor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agencies;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.BadListRequest;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SearchText;
import vn.parindex.common.SortKeys;
import vn.parindex.common.VietnamTime;

/** The organiser's mails, a page at a time, with the outbox page's filters; every filter value is checked. */
@Service
@RequiredArgsConstructor
class OutboxSearch {

    static final SortKeys SORT = SortKeys.by("id").key("created", "createdAt").key("recipient", "recipient")
            .key("subject", "subject").key("kind", "kind").key("status", "status").defaultTo("created", false);

    private final OutboxMailRepository mails;
    private final Campaigns campaigns;
    private final Agencies agencies;

    @Transactional(readOnly = true)
    PageResult<OutboxMail> page(Long organiserId, OutboxFilter filter, Paging paging) {
        return PageResult.find(mails, where(organiserId, filter), paging);
    }

    private Specification<OutboxMail> where(Long organiserId, OutboxFilter filter) {
        List<Long> own = campaigns.ofOrganiserNewestFirst(organiserId).stream().map(Campaign::getId).toList();
        Long campaign = BadListRequest.idFilter("campaign", filter.campaign());
        if (campaign != null && !own.contains(campaign)) {
            throw new BadListRequest("campaign", filter.campaign(), own.stream().map(String::valueOf).toList());
        }
        Long agency = agency(organiserId, filter.agency());
        MailKind kind = BadListRequest.enumFilter("kind", filter.kind(), MailKind.class);
        MailStatus status = BadListRequest.enumFilter("status", filter.status(), MailStatus.class);
        LocalDate from = BadListRequest.dateFilter("from", filter.from());
        LocalDate to = BadListRequest.dateFilter("to", filter.to());
        String folded = SearchText.fold(filter.q());
        String lower = filter.q() == null ? "" : filter.q().trim().toLowerCase(Locale.ROOT);
        return (mail, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(campaign != null ? cb.equal(mail.get("campaignId"), campaign)
                    : own.isEmpty() ? cb.disjunction() : mail.get("campaignId").in(own));
            if (agency != null) {
                all.add(cb.equal(mail.get("agencyId"), agency));
            }
            if (kind != null) {
                all.add(cb.equal(mail.get("kind"), kind));
            }
            if (status != null) {
                all.add(cb.equal(mail.get("status"), status));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(mail.get("createdAt"), from.atStartOfDay(VietnamTime.ZONE).toInstant()));
            }
            if (to != null) {
                all.add(cb.lessThan(mail.get("createdAt"), to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
            }
            if (!folded.isEmpty()) {
                Subquery<Long> found = query.subquery(Long.class);
                Root<OutboxMailSearch> search = found.from(OutboxMailSearch.class);
                found.select(search.get("mailId")).where(cb.or(
                        cb.like(search.get("searchText"), "%" + folded + "%"),
                        cb.like(search.get("subjectLower"), "%" + lower + "%")));
                all.add(mail.get("id").in(found));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The agency filter is an agency code of the organiser's; the page's agency links set it. */
    private Long agency(Long organiserId, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return agencies.ofOrganiserByCode(organiserId, code.trim())
                .orElseThrow(() -> new BadListRequest("agency", code, List.of()))
                .getId();
    }
}
