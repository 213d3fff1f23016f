package vn.parindex.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;
import vn.parindex.workflow.ProcessModel.Variables;

/**
 * The steps after aggregation: the organiser reports the results to the council, the council votes (majority of all
 * members), the chairman approves, the organiser publishes a frozen snapshot, and corrects it later by a new revision.
 */
@Service
@RequiredArgsConstructor
public class ResultsWorkflow {

    public static final String AGGREGATE = ProcessModel.AGGREGATE_RESULTS;
    public static final String VOTE = ProcessModel.VOTE_ON_RESULTS;
    public static final String APPROVE = ProcessModel.APPROVE_RESULTS;
    public static final String PUBLISH = ProcessModel.PUBLISH_RESULTS;

    private final Campaigns campaigns;
    private final CampaignResults results;
    private final CouncilVoteRepository votes;
    private final PublishedRevisionRepository revisions;
    private final WorkItemQueries workItems;
    private final Workflow processes;
    private final AppClock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** The campaign, for a user of its organiser allowed to read results (organiser, viewer, council, chairman). */
    @Transactional(readOnly = true)
    public Campaign campaign(CurrentUser user, Long campaignId) {
        if (!user.actsForOrganiser() && !user.hasAny(Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("Results of campaign " + campaignId);
        }
        return campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(Long campaignId, String taskKey) {
        return workItems.openOfCampaign(campaignId).stream()
                .filter(w -> taskKey.equals(w.getTaskKey())).findFirst();
    }

    /** The open voting round: members, votes so far, the outcome so far. */
    public record Round(WorkItem task, long members, List<CouncilVote> votes, VoteTally tally) {
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(Campaign campaign) {
        return openTask(campaign.getId(), VOTE).map(task -> {
            List<CouncilVote> cast = votes.findByTaskIdOrderByVotedAt(task.getTaskId());
            long members = votes.councilSize(campaign.getOrganiser().getId());
            long passes = cast.stream().filter(CouncilVote::isPassed).count();
            return new Round(task, members, cast, new VoteTally(members, passes, cast.size() - passes));
        });
    }

    /**
     * The latest voting round already decided, so a member whose vote came too late and the chairman about to
     * approve see how it ended.
     */
    @Transactional(readOnly = true)
    public Optional<Round> lastDecidedRound(Campaign campaign) {
        return workItems.completedOfCampaign(campaign.getId()).stream()
                .filter(w -> VOTE.equals(w.getTaskKey()) && w.getCompletedAt() != null)
                .max(java.util.Comparator.comparing(WorkItem::getCompletedAt))
                .map(task -> {
                    List<CouncilVote> cast = votes.findByTaskIdOrderByVotedAt(task.getTaskId());
                    long members = votes.councilSize(campaign.getOrganiser().getId());
                    long passes = cast.stream().filter(CouncilVote::isPassed).count();
                    return new Round(task, members, cast, new VoteTally(members, passes, cast.size() - passes));
                });
    }

    /** The organiser sends the aggregated results to the council. */
    @Transactional
    public void aggregate(CurrentUser user, Long campaignId, String comment) {
        requireOrganiser(user);
        Campaign campaign = campaign(user, campaignId);
        WorkItem task = openTask(campaignId, AGGREGATE).orElseThrow(() -> new NoOpenTaskException(AGGREGATE));
        results.compute(campaign); // fails here, not at the council, if the scores cannot be aggregated
        complete(task, user, Map.of(Variables.COMMENT, comment == null ? "" : comment));
    }

    /**
     * A council member's vote. Completes the round when more than half of all members voted pass (vote=passed) or
     * a majority can no longer be reached (vote=failed, with the members' comments).
     */
    @Transactional
    public VoteTally.Outcome vote(CurrentUser user, Long campaignId, boolean passed, String comment) {
        if (!user.has(Role.COUNCIL)) {
            throw new AccessDeniedException("Only council members vote");
        }
        Campaign campaign = campaign(user, campaignId);
        WorkItem task = openTask(campaignId, VOTE).orElseThrow(() -> new NoOpenTaskException(VOTE));
        // members voting at the same moment are counted one after the other, so the deciding vote completes the round
        entityManager.lock(task, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (votes.findByTaskIdAndUsername(task.getTaskId(), user.username()).isPresent()) {
            throw new AlreadyVotedException();
        }
        votes.saveAndFlush(new CouncilVote(campaignId, task.getTaskId(), user.username(), passed,
                comment == null || comment.isBlank() ? null : comment.trim(), clock.instant()));
        Round round = round(campaign).orElseThrow();
        VoteTally.Outcome outcome = round.tally().outcome();
        if (outcome != VoteTally.Outcome.OPEN) {
            String comments = round.votes().stream().filter(v -> v.getComment() != null)
                    .map(v -> v.getUsername() + ": " + v.getComment()).collect(Collectors.joining("\n"));
            complete(task, user, Map.of("vote", outcome == VoteTally.Outcome.PASSED ? "passed" : "failed",
                    Variables.COMMENT, comments));
        }
        return outcome;
    }

    /** The chairman approves the results, or sends them back to the council. */
    @Transactional
    public void approve(CurrentUser user, Long campaignId, boolean approve, String comment) {
        if (!user.has(Role.CHAIRMAN)) {
            throw new AccessDeniedException("Only the chairman approves");
        }
        campaign(user, campaignId);
        WorkItem task = openTask(campaignId, APPROVE).orElseThrow(() -> new NoOpenTaskException(APPROVE));
        complete(task, user, Map.of(Variables.APPROVAL, approve ? "approve" : "reject", Variables.COMMENT, comment == null ? "" : comment));
    }

    /** Publishes the approved results as revision 1 and completes the task. */
    @Transactional
    public PublishedRevision publish(CurrentUser user, Long campaignId, String decision) {
        requireOrganiser(user);
        Campaign campaign = campaign(user, campaignId);
        WorkItem task = openTask(campaignId, PUBLISH).orElseThrow(() -> new NoOpenTaskException(PUBLISH));
        PublishedRevision revision = snapshot(campaign, user.username(), null, decision);
        complete(task, user, Map.of(Variables.COMMENT, decision == null ? "" : decision));
        return revision;
    }

    /** A correction after publication: a new revision with its reason; earlier ones stay. */
    @Transactional
    public PublishedRevision correct(CurrentUser user, Long campaignId, String reason, String decision) {
        requireOrganiser(user);
        Campaign campaign = campaign(user, campaignId);
        if (revisions.findFirstByCampaignIdOrderByRevisionDesc(campaignId).isEmpty()) {
            throw new NoOpenTaskException(PUBLISH);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        return snapshot(campaign, user.username(), reason.trim(), decision);
    }

    /** Freezes the current results as the next revision (package-private: tests publish without the process). */
    PublishedRevision snapshot(Campaign campaign, String username, String reason, String decision) {
        int next = revisions.findFirstByCampaignIdOrderByRevisionDesc(campaign.getId())
                .map(r -> r.getRevision() + 1).orElse(1);
        return revisions.save(new PublishedRevision(campaign.getId(), next, reason,
                decision == null || decision.isBlank() ? null : decision.trim(), username, clock.instant(),
                currentRows(campaign)));
    }

    /** The rows a publication would freeze now: the same for a revision and for the draft exports. */
    List<PublishedRow> currentRows(Campaign campaign) {
        return results.compute(campaign).agencies().stream().map(PublishedRow::of).toList();
    }

    private void complete(WorkItem task, CurrentUser user, Map<String, Object> variables) {
        processes.complete(task.getTaskId(), user.username(), new HashMap<>(variables));
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("Needs the organiser role");
        }
    }

    /** The step asked for is not open (already done, or not reached yet). */
    public static class NoOpenTaskException extends RuntimeException {
        public NoOpenTaskException(String taskKey) {
            super("No open task " + taskKey);
        }
    }

    public static class AlreadyVotedException extends RuntimeException {
        public AlreadyVotedException() {
            super("Already voted in this round");
        }
    }
}
