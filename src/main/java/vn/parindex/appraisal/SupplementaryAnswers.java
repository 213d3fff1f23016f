package vn.parindex.appraisal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.TaskNotFoundException;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.timeline.Countdown;
import vn.parindex.workflow.TaskNotOpenException;
import vn.parindex.workflow.Workflow;
import vn.parindex.workflow.ProcessModel.Variables;

/** The agency answers the reviewers' open requests for supplementary evidence (task provideSupplementaryEvidence). */
@Service
@RequiredArgsConstructor
public class SupplementaryAnswers {

    private final WorkItemQueries items;
    private final SupplementaryRequestRepository requests;
    private final CriterionRepository criteria;
    private final AgencyRepository agencies;
    private final Campaigns campaigns;
    private final Workflow processes;
    private final AppClock clock;

    public record Line(SupplementaryRequest request, Criterion leaf, String reviewerName) {
    }

    /** The requests to answer, and the time left to the task's deadline (its extension included). */
    public record Page(WorkItem item, Campaign campaign, Agency agency, List<Line> lines, String due,
                       Countdown countdown) {

        /** Whether the agency may still answer: the task is open and its deadline not reached. */
        public boolean answerable() {
            return item.isOpen() && (countdown == null || !countdown.locked());
        }
    }

    /** The task, if it is the supplementary task of the user's own agency and the user is its officer or head. */
    @Transactional(readOnly = true)
    public WorkItem task(String taskId, CurrentUser user) {
        if (!user.hasAny(Role.OFFICER, Role.HEAD)) {
            throw new AccessDeniedException("Only an agency's officers and head answer supplementary requests");
        }
        WorkItem item = items.findInOrganiser(taskId, user.organiserId())
                .filter(found -> AppraisalRounds.SUPPLEMENTARY_TASK.equals(found.getTaskKey()))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        if (!user.agencyId().equals(item.getAgencyId())) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return item;
    }

    @Transactional(readOnly = true)
    public Page page(WorkItem item) {
        List<Line> lines = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(item.getCampaignId(),
                        item.getAgencyId()).stream()
                .sorted(java.util.Comparator.comparing(SupplementaryRequest::getRequestedAt))
                .map(r -> new Line(r, criteria.findById(r.getCriterionId()).orElseThrow(),
                        agencies.findById(r.getReviewerAgencyId()).map(Agency::getName).orElse("")))
                .toList();
        String due = item.getDueAt() == null ? ""
                : VietnamTime.format(item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate());
        Countdown countdown = Countdown.until(item.getDueAt(), clock.instant());
        return new Page(item, campaigns.find(item.getCampaignId()).orElseThrow(),
                agencies.findById(item.getAgencyId()).orElseThrow(), lines, due, countdown);
    }

    /** Answers every open request (each needs a text) and completes the task. */
    @Transactional
    public void answer(WorkItem item, Map<Long, String> answers, String comment, String username) {
        AppraisalTasks.requireOpen(item);
        Page page = page(item);
        if (!page.answerable()) {
            throw new AppraisalProblem("appraisal.supplementary.error.locked", page.countdown().due());
        }
        List<Line> lines = page.lines();
        for (Line line : lines) {
            String text = answers.get(line.request().getId());
            if (text == null || text.isBlank()) {
                throw new AppraisalProblem("appraisal.supplementary.error.answerRequired", line.leaf().getCode());
            }
            line.request().answer(text.trim(), username, clock.instant());
            requests.save(line.request());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.COMMENT, comment == null || comment.isBlank() ? null : comment.trim());
        try {
            processes.complete(item.getTaskId(), username, variables);
        } catch (TaskNotOpenException e) {
            throw new AppraisalProblem("appraisal.error.taskNotOpen");
        }
    }
}
