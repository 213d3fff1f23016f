package vn.parindex.tasklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.common.RejectedException;
import vn.parindex.security.CurrentUser;
import vn.parindex.timeline.Deadlines;
import vn.parindex.workflow.ProcessModel;

/**
 * The organiser's decisions on missed deadlines, taken together: for the ticked agencies of one milestone, extend
 * to one date or close, with one reason. Each task is completed as its own form would complete it, all in one
 * transaction: if one cannot be decided, none is.
 */
@Service
@RequiredArgsConstructor
public class DeadlineDecisions {

    static final String TASK = ProcessModel.DECIDE_ON_MISSED_DEADLINE;
    static final String FORM = "deadline-decision";

    private final Campaigns campaigns;
    private final WorkItemRepository items;
    private final AgencyRepository agencies;
    private final TaskCompletion completion;
    private final Deadlines deadlines;
    private final AppClock clock;

    /** One open decision: the agency, the milestone it missed and by how many days. */
    public record Pending(String taskId, Long agencyId, String agencyName, MilestoneType milestone, LocalDate due,
                          long daysOverdue) {
    }

    /** The campaign's open decisions, by milestone (in plan order), agencies by name. */
    @Transactional(readOnly = true)
    public Map<MilestoneType, List<Pending>> pending(CurrentUser user, Long campaignId) {
        Campaign campaign = campaign(user, campaignId);
        LocalDate today = clock.today();
        List<WorkItem> open = items.findByCampaignIdAndState(campaign.getId(), WorkItemState.OPEN).stream()
                .filter(item -> TASK.equals(item.getTaskKey()) && item.getMilestone() != null).toList();
        Map<Long, String> names = agencies.findAllById(open.stream().map(WorkItem::getAgencyId).toList()).stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getName));
        return open.stream()
                .map(item -> {
                    LocalDate due = deadlines.dueDate(campaignId, item.getAgencyId(), item.getMilestone());
                    String name = names.getOrDefault(item.getAgencyId(), "—");
                    return new Pending(item.getTaskId(), item.getAgencyId(), name, item.getMilestone(), due,
                            due == null ? 0 : ChronoUnit.DAYS.between(due, today));
                })
                .sorted(Comparator.comparing(Pending::milestone).thenComparing(Pending::agencyName))
                .collect(Collectors.groupingBy(Pending::milestone, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Decides the ticked tasks alike.
     *
     * @return how many agencies were decided
     * @throws DecisionRefused with the message key of why nothing was decided
     */
    @Transactional
    public int decide(CurrentUser user, Long campaignId, List<String> taskIds, Map<String, String> input) {
        Campaign campaign = campaign(user, campaignId);
        if (taskIds == null || taskIds.isEmpty()) {
            throw new DecisionRefused("decisions.error.noneTicked");
        }
        TaskForm.Submission submission = TaskForm.load(FORM).read(input);
        if (!submission.valid()) {
            throw new DecisionRefused("decisions.error.incomplete");
        }
        Set<MilestoneType> milestones = new java.util.HashSet<>();
        for (String taskId : taskIds) {
            WorkItem item = items.findInOrganiser(taskId, user.organiserId())
                    .filter(found -> TASK.equals(found.getTaskKey()) && campaign.getId().equals(found.getCampaignId()))
                    .orElseThrow(() -> new TaskNotFoundException(taskId));
            milestones.add(item.getMilestone());
        }
        if (milestones.size() > 1) {
            throw new DecisionRefused("decisions.error.oneMilestone");
        }
        for (String taskId : taskIds) {
            TaskCompletion.Result result = completion.complete(taskId, user.username(), submission);
            if (!result.done()) {
                throw new DecisionRefused(result.errorKey());
            }
        }
        return taskIds.size();
    }

    private Campaign campaign(CurrentUser user, Long campaignId) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("Only the organiser decides on missed deadlines");
        }
        return campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    /** Nothing was decided: the message key says why. */
    public static class DecisionRefused extends RejectedException {

        DecisionRefused(String key) {
            super(key, key, new Object[0]);
        }
    }
}
