package vn.parindex.tasklist;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.CampaignRuns;
import vn.parindex.common.AppClock;
import vn.parindex.workflow.ProcessModel.Variables;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.TaskNotOpenException;
import vn.parindex.workflow.Workflow;

/**
 * Completes a task for an official: checks what the form alone cannot, records what they entered, and
 * completes the engine's task in the same transaction (which commits at once: every user task is async after).
 */
@Service
@RequiredArgsConstructor
public class TaskCompletion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkItemRepository items;
    private final WorkItems workItems;
    private final Workflow processes;
    private final CampaignRuns campaignRuns;
    private final AppClock clock;

    /** The outcome: done, or the message key of why not (the form keeps what the official typed). */
    public record Result(boolean done, String errorKey) {
    }

    @Transactional
    public Result complete(String taskId, String username, TaskForm.Submission submission) {
        WorkItem item = items.findById(taskId).orElseThrow();
        if (!item.isOpen()) {
            return new Result(false, "task.error.notOpen");
        }
        String problem = businessRule(item, submission.variables());
        if (problem != null) {
            return new Result(false, problem);
        }
        Map<String, Object> variables = new HashMap<>(submission.variables());
        variables.put(Variables.COMPLETED_BY, username);
        Object comment = submission.variables().get(Variables.COMMENT);
        // the outcome is taken from the task's declared outcome variable when it completes
        workItems.recordInput(taskId, comment == null ? null : comment.toString(), json(submission.raw()));
        try {
            processes.complete(taskId, username, variables);
        } catch (TaskNotOpenException e) {
            throw new TaskAlreadyDoneException();
        }
        return new Result(true, null);
    }

    private String businessRule(WorkItem item, Map<String, Object> variables) {
        switch (item.getTaskKey()) {
            case ProcessModel.PUBLISH_FRAMEWORK -> {
                if (!campaignRuns.frameworksPublished(item.getCampaignId())) {
                    return "task.error.frameworkDraft";
                }
            }
            case ProcessModel.DECIDE_ON_MISSED_DEADLINE -> {
                if ("extend".equals(variables.get(Variables.DEADLINE_DECISION))) {
                    Object date = variables.get(Variables.NEW_DUE_DATE);
                    if (date == null) {
                        return "task.error.newDueDateRequired";
                    }
                    if (LocalDate.parse(date.toString()).isBefore(clock.today())) {
                        return "task.error.newDueDatePast";
                    }
                }
            }
            case ProcessModel.SIGN_OFF_SELF_ASSESSMENT -> {
                if ("refuse".equals(variables.get(Variables.SIGN_OFF)) && blank(variables.get(Variables.COMMENT))) {
                    return "task.error.commentRequired";
                }
            }
            case ProcessModel.APPRAISE_SELF_ASSESSMENT -> {
                if ("supplementary".equals(variables.get(Variables.APPRAISAL_OUTCOME)) && blank(variables.get(Variables.COMMENT))) {
                    return "task.error.commentRequired";
                }
            }
            default -> {
            }
        }
        return null;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String json(Map<String, String> raw) {
        try {
            return JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
