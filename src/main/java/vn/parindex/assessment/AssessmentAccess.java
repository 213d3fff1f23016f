package vn.parindex.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * Who may see and change one agency's assessment in a campaign: the agency's own officers and head change it
 * (while it is open); reviewers of the campaign and the organiser's staff read it. A role that never reads
 * assessments gets 403 before anything is looked up; a campaign of another organiser is not found (404); anyone
 * else of the organiser gets 403.
 */
@Component
public class AssessmentAccess {

    private final CampaignRepository campaigns;

    AssessmentAccess(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** The campaign and agency, if the user may read that agency's assessment; call inside a transaction. */
    @Transactional(readOnly = true)
    public Scope read(CurrentUser user, Long campaignId, Long agencyId) {
        requireReaderRole(user);
        Campaign campaign = campaigns.findByIdAndOrganiserId(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        Agency agency = campaign.getAgencies().stream().filter(a -> a.getId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new AssessmentNotFoundException("Agency " + agencyId + " is not in campaign " + campaignId));
        boolean own = isOwnAgency(user, agencyId);
        boolean reviewer = user.has(Role.REVIEWER) && campaign.getReviewerAssignments().stream()
                .anyMatch(r -> r.getReviewerAgency() != null && r.getReviewerAgency().getId().equals(user.agencyId()));
        if (!own && !reviewer && !user.actsForOrganiser()) {
            throw new AccessDeniedException("Not allowed to see the assessment of agency " + agencyId);
        }
        return new Scope(campaign, agency, own, reviewer || user.actsForOrganiser());
    }

    /** As {@link #read}, and the user must be one of the agency's own officers or its head. */
    @Transactional(readOnly = true)
    public Scope edit(CurrentUser user, Long campaignId, Long agencyId) {
        requireEditorRole(user);
        Scope scope = read(user, campaignId, agencyId);
        if (!scope.own()) {
            throw new AccessDeniedException("Only the agency's officers and head change its self-assessment");
        }
        return scope;
    }

    /** Asked before anything is looked up: the roles that read assessments at all. */
    public static void requireReaderRole(CurrentUser user) {
        if (!user.hasAny(Role.OFFICER, Role.HEAD, Role.REVIEWER, Role.ORGANISER, Role.ADMIN)) {
            throw new AccessDeniedException(user.username() + " reads no assessments");
        }
    }

    /** Asked before anything is looked up: the roles that change an assessment (of their own agency). */
    public static void requireEditorRole(CurrentUser user) {
        if (!user.hasAny(Role.OFFICER, Role.HEAD)) {
            throw new AccessDeniedException("Only an agency's officers and head change its self-assessment");
        }
    }

    private static boolean isOwnAgency(CurrentUser user, Long agencyId) {
        return agencyId.equals(user.agencyId()) && user.hasAny(Role.OFFICER, Role.HEAD);
    }

    /**
     * What the user reaches: own = one of the agency's officers/head; overseer = reviewer of the campaign or
     * organiser staff (may preview evidence).
     */
    public record Scope(Campaign campaign, Agency agency, boolean own, boolean overseer) {

        public FrameworkVersion framework() {
            FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
            if (version == null) {
                throw new AssessmentNotFoundException("No framework for agency type " + agency.getType().getCode());
            }
            return version;
        }

        /** The leaf criterion with this id in the agency's framework. */
        public Criterion leaf(Long criterionId) {
            return framework().getCriteria().stream().filter(c -> c.getId().equals(criterionId) && c.isLeaf())
                    .findFirst()
                    .orElseThrow(() -> new AssessmentNotFoundException("No leaf criterion " + criterionId));
        }
    }
}
