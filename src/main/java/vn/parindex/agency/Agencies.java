package vn.parindex.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the mail and timeline packages read agencies: named queries, none of them writing. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Agencies {

    private final AgencyRepository agencies;

    public Optional<Agency> find(Long agencyId) {
        return agencies.findById(agencyId);
    }

    /** Several agencies in one query (their names for a list), in no particular order. */
    public List<Agency> all(Collection<Long> agencyIds) {
        return agencies.findAllById(agencyIds);
    }

    /** The organiser's agency of this code: the line no query crosses. */
    public Optional<Agency> ofOrganiserByCode(Long organiserId, String code) {
        return agencies.findByOrganiserIdAndCode(organiserId, code);
    }
}
