package vn.parindex.engine;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.parindex.workflow.ProcessModel.Variables;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.TaskNotOpenException;
import vn.parindex.workflow.Workflow;

/** The engine behind our {@link Workflow}: the one class that starts, completes, claims and moves things in it. */
@Service
@RequiredArgsConstructor
public class CampaignProcesses implements Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final FormService forms;

    @Override
    public String startCampaign(Long campaignId, String businessKey) {
        return runtime.startProcessInstanceByKey(ProcessModel.CAMPAIGN_PROCESS, businessKey,
                Map.of(Variables.CAMPAIGN_ID, campaignId)).getId();
    }

    /** Completes a task as the given user; the engine's transaction commits right after (async after). */
    @Override
    public void complete(String taskId, String username, Map<String, Object> variables) {
        identity.setAuthenticatedUserId(username);
        try {
            tasks.complete(taskId, variables);
        } catch (org.camunda.bpm.engine.exception.NullValueException
                 | org.camunda.bpm.engine.exception.NotFoundException
                 | org.camunda.bpm.engine.OptimisticLockingException e) {
            throw new TaskNotOpenException(taskId, e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * How many process instances and jobs a campaign has (its business keys start with year:organiser); every
     * instance is called, directly or not, by the campaign's own, so its jobs share that root.
     */
    @Override
    public long[] instancesAndJobs(String campaignKey) {
        long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(campaignKey + "%").count();
        ProcessInstance campaign = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModel.CAMPAIGN_PROCESS)
                .processInstanceBusinessKey(campaignKey).singleResult();
        long jobs = campaign == null ? 0 : management.createJobQuery().rootProcessInstanceId(campaign.getId()).count();
        return new long[] {instances, jobs};
    }

    /**
     * Withdraws a sent self-assessment: the message interrupts the head's sign-off or the appraisal tasks, and the
     * process opens the scorecard again. False when neither is waiting (the process is between steps).
     */
    @Override
    public boolean withdraw(String processInstanceId, String username, String reason) {
        identity.setAuthenticatedUserId(username);
        try {
            runtime.createMessageCorrelation(ProcessModel.WITHDRAWN_MESSAGE).processInstanceId(processInstanceId)
                    .setVariable(Variables.WITHDRAWAL_REASON, reason).setVariable(Variables.COMPLETED_BY, username)
                    .correlate();
            return true;
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
            return false;
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public boolean isOpen(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() == 1;
    }

    /** Claims a task; false when a colleague claimed it first or it is no longer open. */
    @Override
    public boolean claim(String taskId, String username) {
        try {
            tasks.claim(taskId, username);
            return true;
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException
                 | org.camunda.bpm.engine.exception.NullValueException
                 | org.camunda.bpm.engine.exception.NotFoundException e) {
            return false;
        }
    }

    /** Hands a task to another official (delegation within an agency): they become its assignee. */
    @Override
    public void setAssignee(String taskId, String username) {
        tasks.setAssignee(taskId, username);
    }

    @Override
    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /** The Camunda Form a task shows (its camunda:formRef), if any. */
    @Override
    public Optional<String> formOf(String taskId) {
        CamundaFormRef ref = forms.getTaskFormData(taskId).getCamundaFormRef();
        return Optional.ofNullable(ref).map(CamundaFormRef::getKey);
    }

    @Override
    public void setTaskDates(String taskId, Date due, Date followUp) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            task.setDueDate(due);
            task.setFollowUpDate(followUp);
            tasks.saveTask(task);
        }
    }

    /**
     * Gives an agency closed as not submitted a new assessment instance inside its campaign's "assess every
     * agency" step, so the campaign waits for it again. False when the campaign has moved past that step.
     */
    @Override
    public boolean reassess(String campaignKey, Long agencyId) {
        ProcessInstance campaign = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModel.CAMPAIGN_PROCESS)
                .processInstanceBusinessKey(campaignKey).singleResult();
        if (campaign == null) {
            return false;
        }
        org.camunda.bpm.engine.runtime.ActivityInstance[] bodies = runtime.getActivityInstance(campaign.getId())
                .getActivityInstances(ProcessModel.ASSESS_AGENCIES + "#multiInstanceBody");
        if (bodies.length == 0) {
            return false;
        }
        runtime.createProcessInstanceModification(campaign.getId())
                .startBeforeActivity(ProcessModel.ASSESS_AGENCIES, bodies[0].getId())
                .setVariableLocal(Variables.AGENCY_ID, agencyId)
                .execute();
        return true;
    }

    /** Moves the escalation timer of a milestone in one agency's assessment. */
    @Override
    public void moveEscalation(String processInstanceId, String milestone, Date due) {
        escalationTimer(milestone).ifPresent(activityId -> moveTimers(processInstanceId, activityId, due));
    }

    /** Moves the timer that waits for the self-assessment window to open. */
    @Override
    public void moveWindowStart(String processInstanceId, Date start) {
        moveTimers(processInstanceId, ProcessModel.WINDOW_TIMER, start);
    }

    /** Timers of called decision processes and the like are found through their parent. */
    private void moveTimers(String processInstanceId, String activityId, Date due) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list();
        for (Job timer : timers) {
            management.setJobDuedate(timer.getId(), due);
        }
    }

    static Optional<String> escalationTimer(String milestone) {
        return switch (milestone) {
            case "RESPONDENT_LIST" -> Optional.of(ProcessModel.RESPONDENT_LIST_OVERDUE);
            case "SELF_ASSESSMENT" -> Optional.of(ProcessModel.SELF_ASSESSMENT_OVERDUE);
            case "SUPPLEMENTARY" -> Optional.of(ProcessModel.SUPPLEMENTARY_OVERDUE);
            default -> Optional.empty();
        };
    }
}
