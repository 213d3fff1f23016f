package vn.parindex.appraisal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;

/** For which reviewing departments a user appraises, and the checks of the appraisal pages. */
@Component
class ReviewerAccess {

    private final OrganiserRepository organisers;
    private final CampaignRepository campaigns;
    private final WorkItemRepository items;

    ReviewerAccess(OrganiserRepository organisers, CampaignRepository campaigns, WorkItemRepository items) {
        this.organisers = organisers;
        this.campaigns = campaigns;
        this.items = items;
    }

    /** A reviewer appraises for its own agency; organiser staff for the organiser's standing agency. */
    @Transactional(readOnly = true)
    Set<Long> reviewerAgencies(CurrentUser user) {
        Set<Long> ids = new LinkedHashSet<>();
        if (user.has(Role.REVIEWER)) {
            ids.add(user.agencyId());
        }
        if (user.actsForOrganiser()) {
            organisers.findById(user.organiserId()).map(o -> o.getStandingAgency()).map(Agency::getId)
                    .ifPresent(ids::add);
        }
        return ids;
    }

    /** The appraisal task, if it belongs to one of the user's reviewing departments in the user's organiser. */
    @Transactional(readOnly = true)
    WorkItem appraisalTask(String taskId, CurrentUser user) {
        WorkItem item = items.findById(taskId).orElseThrow(() -> new AccessDeniedException("no task " + taskId));
        if (!AppraisalRounds.APPRAISE_TASK.equals(item.getTaskKey())) {
            throw new AccessDeniedException("task " + taskId + " is not an appraisal");
        }
        requireReviewer(user, item.getCampaignId(), item.getReviewerAgencyId());
        return item;
    }

    void requireReviewer(CurrentUser user, Long campaignId, Long reviewerAgencyId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        if (!campaign.getOrganiser().getId().equals(user.organiserId())
                || !reviewerAgencies(user).contains(reviewerAgencyId)) {
            throw new AccessDeniedException(user.username() + " does not appraise for agency " + reviewerAgencyId);
        }
    }
}
