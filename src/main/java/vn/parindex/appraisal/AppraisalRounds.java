package vn.parindex.appraisal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.Deadlines;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.workflow.ProcessModel;

/**
 * Who appraises an agency, round by round: first every reviewing department assigned some of its criteria
 * (the organiser's standing body for what nobody was assigned), then, after supplementary evidence, only
 * the departments that asked for it.
 */
@Service
@RequiredArgsConstructor
public class AppraisalRounds {

    public static final String APPRAISE_TASK = ProcessModel.APPRAISE_SELF_ASSESSMENT;
    static final String SIGN_OFF_TASK = ProcessModel.SIGN_OFF_SELF_ASSESSMENT;
    public static final String SUPPLEMENTARY_TASK = ProcessModel.PROVIDE_SUPPLEMENTARY_EVIDENCE;
    public static final String SUPPLEMENTARY_OUTCOME = "supplementary";

    private final Campaigns campaigns;
    private final AgencyRepository agencies;
    private final WorkItemQueries workItems;
    private final Deadlines deadlines;

    /** Every reviewing department with self-assessed criteria of this agency to appraise. */
    @Transactional(readOnly = true)
    public List<Long> reviewersOf(Long campaignId, Long agencyId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        Agency agency = agencies.findById(agencyId).orElseThrow();
        FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
        Agency standing = campaign.getOrganiser().getStandingAgency();
        Set<Long> reviewers = new LinkedHashSet<>();
        if (version != null) {
            for (Criterion criterion : version.getCriteria()) {
                if (criterion.isLeaf() && criterion.getMeasuredBy() == MeasuredBy.SELF_ASSESSMENT) {
                    Optional<Agency> reviewer = campaign.reviewerFor(agency.getType(), criterion.getCode());
                    reviewer.or(() -> Optional.ofNullable(standing)).ifPresent(a -> reviewers.add(a.getId()));
                }
            }
        }
        if (reviewers.isEmpty() && standing != null) {
            reviewers.add(standing.getId());
        }
        return new ArrayList<>(reviewers);
    }

    /** The reviewers of this round: all of them first; then those whose last word was a request for evidence. */
    @Transactional(readOnly = true)
    public List<Long> reviewersToAppraise(Long campaignId, Long agencyId, String processInstanceId) {
        List<Long> asking = latestByReviewer(processInstanceId).values().stream()
                .filter(i -> SUPPLEMENTARY_OUTCOME.equals(i.getOutcome())).map(WorkItem::getReviewerAgencyId).toList();
        return asking.isEmpty() ? reviewersOf(campaignId, agencyId) : asking;
    }

    /**
     * Whether a reviewer asked for supplementary evidence that the agency has not answered yet (and the plan
     * has a supplementary window at all).
     */
    @Transactional(readOnly = true)
    public boolean supplementaryRequested(Long campaignId, Long agencyId, String processInstanceId) {
        if (!deadlines.used(campaignId, MilestoneType.SUPPLEMENTARY)) {
            return false;
        }
        Instant lastAnswer = workItems.completedOfInstance(processInstanceId)
                .stream().filter(i -> i.getTaskKey().equals(SUPPLEMENTARY_TASK)).map(WorkItem::getCompletedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        return latestByReviewer(processInstanceId).values().stream()
                .anyMatch(i -> SUPPLEMENTARY_OUTCOME.equals(i.getOutcome()) && i.getCompletedAt().isAfter(lastAnswer));
    }

    /**
     * Each reviewer's most recent completed appraisal of this agency since the head's last sign-off: a
     * self-assessment withdrawn and sent again starts with every reviewer anew.
     */
    private Map<Long, WorkItem> latestByReviewer(String processInstanceId) {
        Map<Long, WorkItem> latest = new LinkedHashMap<>();
        List<WorkItem> completed = workItems.completedOfInstance(processInstanceId);
        Instant signedOff = completed.stream().filter(i -> i.getTaskKey().equals(SIGN_OFF_TASK))
                .map(WorkItem::getCompletedAt).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        completed.stream()
                .filter(i -> i.getTaskKey().equals(APPRAISE_TASK) && i.getReviewerAgencyId() != null)
                .filter(i -> i.getCompletedAt().isAfter(signedOff))
                .sorted(Comparator.comparing(WorkItem::getCompletedAt))
                .forEach(i -> latest.put(i.getReviewerAgencyId(), i));
        return latest;
    }
}
