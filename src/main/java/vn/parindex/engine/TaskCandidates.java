package vn.parindex.engine;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.security.CandidateGroups;

/** The candidate groups the BPMN files offer tasks to: ${candidates.officers(agencyId)} and so on. */
@Component("candidates")
public class TaskCandidates {

    private final AgencyRepository agencies;
    private final CampaignRepository campaigns;

    TaskCandidates(AgencyRepository agencies, CampaignRepository campaigns) {
        this.agencies = agencies;
        this.campaigns = campaigns;
    }

    public String officers(Long agencyId) {
        return CandidateGroups.officers(code(agencyId));
    }

    public String head(Long agencyId) {
        return CandidateGroups.head(code(agencyId));
    }

    /** A reviewing department; the organiser's own standing body also takes what no department was assigned. */
    @Transactional(readOnly = true)
    public String reviewer(Long campaignId, Long reviewerId) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(CandidateGroups.reviewer(code(reviewerId)));
        Organiser organiser = organiserOf(campaignId);
        if (organiser.getStandingAgency() != null && organiser.getStandingAgency().getId().equals(reviewerId)) {
            groups.add(CandidateGroups.organiser(organiser.getCode()));
        }
        return String.join(",", groups);
    }

    public String organiser(Long campaignId) {
        return CandidateGroups.organiser(organiserOf(campaignId).getCode());
    }

    public String council(Long campaignId) {
        return CandidateGroups.council(organiserOf(campaignId).getCode());
    }

    public String chairman(Long campaignId) {
        return CandidateGroups.chairman(organiserOf(campaignId).getCode());
    }

    private Organiser organiserOf(Long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getOrganiser();
    }

    private String code(Long agencyId) {
        return agencies.findById(agencyId).map(Agency::getCode).orElseThrow();
    }
}
