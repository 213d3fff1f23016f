package vn.parindex.agency;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.SearchText;

/** Lists, creates and changes the agencies of one organiser; every method names the organiser. */
@Service
public class AgencyAdministration {

    static final int PAGE_SIZE = 20;

    private final AgencyRepository agencies;
    private final AgencyTypeRepository types;
    private final OrganiserRepository organisers;

    AgencyAdministration(AgencyRepository agencies, AgencyTypeRepository types, OrganiserRepository organisers) {
        this.agencies = agencies;
        this.types = types;
        this.organisers = organisers;
    }

    /** Thrown when a standing agency would be switched off: the organiser's own staff work there. */
    public static class StandingAgencyException extends RuntimeException {
        StandingAgencyException() {
            super("agency.deactivate.standing");
        }
    }

    @Transactional(readOnly = true)
    public Page<Agency> search(Long organiserId, String query, Long typeId, int page) {
        return agencies.search(organiserId, SearchText.fold(query == null ? "" : query), typeId,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
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
