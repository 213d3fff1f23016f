package vn.parindex.campaign;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Opens a campaign of one organiser for an edit: found, still a draft, and unchanged since the form was shown. */
@Component
@RequiredArgsConstructor
class DraftCampaigns {

    private final CampaignRepository campaigns;
    private final EntityManager entityManager;

    Campaign find(Long organiserId, Long id) {
        return campaigns.findByIdAndOrganiserId(id, organiserId).orElseThrow(() -> new CampaignNotFoundException(id));
    }

    Campaign openDraft(Long organiserId, Long id, long version) {
        Campaign campaign = find(organiserId, id);
        campaign.requireDraft();
        return lock(campaign, version);
    }

    Campaign openMilestones(Long organiserId, Long id, long version) {
        Campaign campaign = find(organiserId, id);
        campaign.requireMilestonesEditable();
        return lock(campaign, version);
    }

    /**
     * Refuses a form based on an older state and bumps the version on save: edits of milestones and
     * reviewers change child rows only, which would not bump it by themselves.
     */
    private Campaign lock(Campaign campaign, long version) {
        if (campaign.getVersion() != version) {
            throw new InvalidCampaignException(Problem.of(null, "error.conflict"));
        }
        entityManager.lock(campaign, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return campaign;
    }
}
