package vn.parindex.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;

/**
 * Chooses who a draft campaign assesses and with which framework version per agency type. A type whose
 * framework changes gets its reviewing departments from the new framework's defaults; a type no longer
 * assessed loses its framework and reviewers.
 */
@Service
@RequiredArgsConstructor
public class AssessedAgencies {

    /** The agencies to assess and, per agency type id, the framework version id (null: not chosen yet). */
    public record Choice(Set<Long> agencyIds, Map<Long, Long> frameworkByType) {
    }

    private final DraftCampaigns drafts;
    private final AgencyRepository agencies;
    private final FrameworkVersionRepository versions;

    @Transactional
    public Campaign choose(Long organiserId, Long campaignId, long version, Choice choice) {
        Campaign campaign = drafts.openDraft(organiserId, campaignId, version);
        List<Problem> problems = new ArrayList<>();
        Set<Agency> chosen = new LinkedHashSet<>();
        for (Long agencyId : choice.agencyIds()) {
            Agency agency = agencies.findByIdAndOrganiserId(agencyId, organiserId).orElse(null);
            // an agency closed since it was chosen may stay; a closed one is not added
            if (agency == null || (!agency.isActive() && !campaign.getAgencies().contains(agency))) {
                problems.add(Problem.of("agencyIds", "campaign.error.agencyUnknown", String.valueOf(agencyId)));
            } else {
                chosen.add(agency);
            }
        }
        Map<AgencyType, FrameworkVersion> frameworks = new HashMap<>();
        choice.frameworkByType().forEach((typeId, versionId) -> {
            if (versionId == null) {
                return;
            }
            FrameworkVersion frameworkVersion = versions.findInOrganiser(versionId, organiserId).orElse(null);
            if (frameworkVersion == null || !frameworkVersion.getFramework().getAgencyType().getId().equals(typeId)) {
                problems.add(Problem.of("frameworks['" + typeId + "']", "campaign.error.frameworkUnknown",
                        String.valueOf(versionId)));
            } else {
                frameworks.put(frameworkVersion.getFramework().getAgencyType(), frameworkVersion);
            }
        });
        InvalidCampaignException.throwIfAny(problems);

        campaign.getAgencies().retainAll(chosen);
        campaign.getAgencies().addAll(chosen);
        Set<AgencyType> assessedTypes = new LinkedHashSet<>();
        chosen.forEach(agency -> assessedTypes.add(agency.getType()));
        for (AgencyType type : new ArrayList<>(campaign.getFrameworks().keySet())) {
            if (!assessedTypes.contains(type) || !frameworks.containsKey(type)) {
                campaign.getFrameworks().remove(type);
                ReviewerDefaults.clear(campaign, type);
            }
        }
        for (AgencyType type : assessedTypes) {
            FrameworkVersion wanted = frameworks.get(type);
            FrameworkVersion current = campaign.getFrameworks().get(type);
            if (wanted != null && (current == null || !Objects.equals(current.getId(), wanted.getId()))) {
                campaign.getFrameworks().put(type, wanted);
                ReviewerDefaults.copyInto(campaign, type, wanted);
            }
        }
        return campaign;
    }
}
