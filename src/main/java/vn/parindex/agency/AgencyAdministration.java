package vn.parindex.agency;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.BadListRequest;
import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SearchText;
import vn.parindex.common.SortKeys;

/** Lists, creates and changes the agencies of one organiser; every method names the organiser. */
@Service
@RequiredArgsConstructor
public class AgencyAdministration {

    /** The agencies list's columns to sort by; by default by type (in its order), then code. */
    public static final SortKeys SORT = SortKeys.by("id").key("type", "type.sortOrder,code").key("code", "code")
            .key("name", "name").key("focal", "focalName").key("active", "active").defaultTo("type", true);

    private final AgencyRepository agencies;
    private final AgencyTypeRepository types;
    private final OrganiserRepository organisers;

    /** Thrown when a standing agency would be switched off: the organiser's own staff work there. */
    public static class StandingAgencyException extends RuntimeException {
        StandingAgencyException() {
            super("agency.deactivate.standing");
        }
    }

    /** The organiser's agencies matching the search (code or name, accents optional), of one type or all. */
    @Transactional(readOnly = true)
    public PageResult<Agency> search(Long organiserId, String query, String type, Paging paging) {
        Long typeId = BadListRequest.idFilter("type", type);
        if (typeId != null && !types.existsById(typeId)) {
            throw new BadListRequest("type", type, types().stream().map(t -> String.valueOf(t.getId())).toList());
        }
        String folded = SearchText.fold(query == null ? "" : query);
        Specification<Agency> where = (agency, q, cb) -> cb.and(
                cb.equal(agency.get("organiser").get("id"), organiserId),
                folded.isEmpty() ? cb.conjunction() : cb.like(agency.get("searchText"), "%" + folded + "%"),
                typeId == null ? cb.conjunction() : cb.equal(agency.get("type").get("id"), typeId));
        return PageResult.find(agencies, where, paging);
    }

    @Transactional(readOnly = true)
    public Agency find(Long organiserId, Long id) {
        return agencies.findByIdAndOrganiserId(id, organiserId).orElseThrow(AgencyAccess::notFound);
    }

    public List<AgencyType> types() {
        return types.findAllByOrderBySortOrder();
    }

    /** Agency codes are unique across all organisers (the engine's groups are named by them). */
    public boolean codeTaken(String code) {
        return agencies.existsByCode(code);
    }

    public boolean typeExists(Long typeId) {
        return typeId != null && types.existsById(typeId);
    }

    @Transactional
    public Agency create(Long organiserId, AgencyForm form) {
        AgencyType type = types.findById(form.getTypeId()).orElseThrow();
        Agency agency = new Agency(organisers.getReferenceById(organiserId), form.getCode(), form.getName(), type);
        form.applyTo(agency, type);
        return agencies.saveAndFlush(agency);
    }

    @Transactional
    public Agency update(Long organiserId, Long id, AgencyForm form) {
        Agency agency = find(organiserId, id);
        if (form.getVersion() != null && form.getVersion() != agency.getVersion()) {
            throw new OptimisticLockingFailureException("agency " + id + " changed since the form was opened");
        }
        if (!form.isActive()) {
            requireNotStanding(agency);
        }
        form.applyTo(agency, types.findById(form.getTypeId()).orElseThrow());
        return agencies.saveAndFlush(agency);
    }

    @Transactional
    public Agency setActive(Long organiserId, Long id, boolean active) {
        Agency agency = find(organiserId, id);
        if (!active) {
            requireNotStanding(agency);
        }
        agency.setActive(active);
        return agencies.save(agency);
    }

    private void requireNotStanding(Agency agency) {
        if (agency.isActive() && organisers.existsByStandingAgencyId(agency.getId())) {
            throw new StandingAgencyException();
        }
    }
}
