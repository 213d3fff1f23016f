package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;

/**
 * How other packages read campaigns: named queries, none of them writing. {@link CampaignRepository} stays
 * inside this package (ArchitectureTest).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignRepository campaigns;

    public Optional<Campaign> find(Long campaignId) {
        return campaigns.findById(campaignId);
    }

    /** The campaign, if it is one of the organiser's: the line no query crosses. */
    public Optional<Campaign> findInOrganiser(Long campaignId, Long organiserId) {
        return campaigns.findByIdAndOrganiserId(campaignId, organiserId);
    }

    public List<Campaign> ofOrganiserNewestFirst(Long organiserId) {
        return campaigns.findByOrganiserIdOrderByYearDesc(organiserId);
    }

    public Optional<Campaign> ofOrganiserInYear(Long organiserId, int year) {
        return campaigns.findByOrganiserIdAndYear(organiserId, year);
    }

    /** The agency, if the campaign assesses it, without loading the campaign's thousands of others. */
    public Optional<Agency> assessedAgency(Long campaignId, Long agencyId) {
        return campaigns.findAgencyOf(campaignId, agencyId);
    }

    /** The campaign's settings and milestone dates the deadlines use, as values, in one query. */
    public Optional<CampaignPlan> plan(Long campaignId) {
        return CampaignPlan.of(campaigns.findPlan(campaignId));
    }

    /** A campaign to point an entity at, without reading it. */
    public Campaign reference(Long campaignId) {
        return campaigns.getReferenceById(campaignId);
    }
}
