package vn.parindex.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.ReviewerAssignment;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * Who may see and change one agency's assessment in a campaign: the agency's own officers and head change it
 * (while it is open); the organiser's staff and the council read all of it; a reviewing department reads only the
 * criteria assigned to it, and only once the head has sent the self-assessment to appraisal. A role that never
 * reads assessments gets 403 before anything is looked up; a campaign of another organiser is not found (404);
 * anyone else of the organiser gets 403.
 */
@Component
@RequiredArgsConstructor
public class AssessmentAccess {

    private static final Set<AssessmentStatus> SENT_TO_APPRAISAL =
            EnumSet.of(AssessmentStatus.IN_APPRAISAL, AssessmentStatus.FINAL);

    private final Campaigns campaigns;
    private final AgencyAssessmentRepository assessments;

    /** The campaign and agency, if the user may read that agency's assessment; call inside a transaction. */
    @Transactional(readOnly = true)
    public Scope read(CurrentUser user, Long campaignId, Long agencyId) {
        requireReaderRole(user);
        Campaign campaign = campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        Agency agency = campaigns.assessedAgency(campaignId, agencyId)
                .orElseThrow(() -> new AssessmentNotFoundException("Agency " + agencyId + " is not in campaign " + campaignId));
        boolean own = isOwnAgency(user, agencyId);
        if (own || user.actsForOrganiser() || user.hasAny(Role.COUNCIL, Role.CHAIRMAN)) {
            return new Scope(campaign, agency, own, !own || user.actsForOrganiser(), null);
        }
        List<String> assigned = user.has(Role.REVIEWER) ? assignedCodes(campaign, agency, user.agencyId()) : List.of();
        if (assigned.isEmpty()) {
            throw new AccessDeniedException("Not allowed to see the assessment of agency " + agencyId);
        }
        boolean sent = assessments.findByCampaignIdAndAgencyId(campaignId, agencyId)
                .map(a -> SENT_TO_APPRAISAL.contains(a.getStatus())).orElse(false);
        if (!sent) {
            throw new AccessDeniedException("Agency " + agencyId + " has not sent its self-assessment to appraisal");
        }
        return new Scope(campaign, agency, false, true, assigned);
    }

    /** The codes of the groups and criteria the reviewing department appraises for this agency's type. */
    private static List<String> assignedCodes(Campaign campaign, Agency agency, Long reviewerAgencyId) {
        return campaign.getReviewerAssignments().stream()
                .filter(r -> r.getReviewerAgency() != null && r.getReviewerAgency().getId().equals(reviewerAgencyId))
                .filter(r -> r.getAgencyType().getId().equals(agency.getType().getId()))
                .map(ReviewerAssignment::getCriterionCode).toList();
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
        if (!user.hasAny(Role.OFFICER, Role.HEAD, Role.REVIEWER, Role.ORGANISER, Role.ADMIN, Role.COUNCIL,
                Role.CHAIRMAN)) {
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
     * What the user reaches: own = one of the agency's officers/head; overseer = reviewer, council or organiser
     * staff (may preview evidence); onlyCodes = the groups and criteria a reviewing department sees (null: all).
     */
    public record Scope(Campaign campaign, Agency agency, boolean own, boolean overseer, List<String> onlyCodes) {

        /** Whether the user sees this node's answers, evidence and history. */
        public boolean sees(Criterion node) {
            return onlyCodes == null || onlyCodes.stream()
                    .anyMatch(code -> node.getCode().equals(code) || node.getCode().startsWith(code + "."));
        }

        /** Whether the node is shown at all: seen itself, or the group above something seen. */
        public boolean shows(Criterion node) {
            return sees(node) || onlyCodes.stream().anyMatch(code -> code.startsWith(node.getCode() + "."));
        }

        /** Whether the user sees the leaf with this id (its evidence files, say). */
        public boolean seesCriterion(Long criterionId) {
            return framework().getCriteria().stream().filter(c -> c.getId().equals(criterionId)).findFirst()
                    .map(this::sees).orElse(false);
        }

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
