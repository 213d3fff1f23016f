package vn.parindex.campaign.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

import vn.parindex.campaign.AssessedAgencies;
import vn.parindex.campaign.Campaign;

/** The assessed agencies (ids) and, per agency type id, the framework version id chosen. */
@Getter
@Setter
public class AgencyForm {

    private Set<Long> agencyIds = new LinkedHashSet<>();
    private Map<String, Long> frameworks = new HashMap<>();
    private long version;

    static AgencyForm of(Campaign campaign) {
        AgencyForm form = new AgencyForm();
        campaign.getAgencies().forEach(a -> form.agencyIds.add(a.getId()));
        campaign.getFrameworks().forEach((type, v) -> form.frameworks.put(String.valueOf(type.getId()), v.getId()));
        form.version = campaign.getVersion();
        return form;
    }

    AssessedAgencies.Choice choice() {
        Map<Long, Long> byType = new HashMap<>();
        frameworks.forEach((typeId, versionId) -> {
            try {
                byType.put(Long.valueOf(typeId), versionId);
            } catch (NumberFormatException e) {
                // a tampered key names no agency type; ignore it
            }
        });
        return new AssessedAgencies.Choice(agencyIds == null ? Set.of() : agencyIds, byType);
    }
}
