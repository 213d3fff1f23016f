package vn.parindex.engine;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import vn.parindex.campaign.MilestoneType;

/**
 * Everything our application asks of the process engine, in one place: start a campaign, complete a task
 * for an official, move a task's dates and its timers.
 */
@Service
public class CampaignProcesses {

    public static final String CAMPAIGN_PROCESS = "par-campaign";
    public static final String ASSESSMENT_PROCESS = "agency-assessment";
    /** The user who completed a task through our pages, passed to the steps after it. */
    public static final String COMPLETED_BY = "completedBy";
    /** The timer that opens the self-assessment window in agency-assessment.bpmn. */
    static final String WINDOW_TIMER = "waitForWindow";
    /** The message that withdraws a sent self-assessment (boundary events of sign-off and appraisal). */
    static final String WITHDRAWN_MESSAGE = "self-assessment-withdrawn";
    /** The multi-instance call activity of par-campaign.bpmn that runs one assessment per agency. */
    static final String ASSESS_AGENCIES = "assessAgencies";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final FormService forms;

    CampaignProcesses(RuntimeService runtime, TaskService tasks, ManagementService management,
                      IdentityService identity, FormService forms) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.forms = forms;
    }

    public String startCampaign(Long campaignId, String businessKey) {
        return runtime.startProcessInstanceByKey(CAMPAIGN_PROCESS, businessKey, Map.of("campaignId", campaignId)).getId();
    }

    /** Completes a task as the given user; the engine's transaction commits right after (async after). */
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
    public long[] instancesAndJobs(String campaignKey) {
        long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(campaignKey + "%").count();
        ProcessInstance campaign = runtime.createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS)
                .processInstanceBusinessKey(campaignKey).singleResult();
        long jobs = campaign == null ? 0 : management.createJobQuery().rootProcessInstanceId(campaign.getId()).count();
        return new long[] {instances, jobs};
    }

    /**
     * Withdraws a sent self-assessment: the message interrupts the head's sign-off or the appraisal tasks, and the
     * process opens the scorecard again. False when neither is waiting (the process is between steps).
     */
    public boolean withdraw(String processInstanceId, String username, String reason) {
        identity.setAuthenticatedUserId(username);
        try {
            runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(processInstanceId)
                    .setVariable("withdrawalReason", reason).setVariable(COMPLETED_BY, username).correlate();
            return true;
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
            return false;
        } finally {
            identity.clearAuthentication();
        }
    }

    public boolean isOpen(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() == 1;
    }

    /** Claims a task; false when a colleague claimed it first or it is no longer open. */
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
    public void setAssignee(String taskId, String username) {
        tasks.setAssignee(taskId, username);
    }

    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /** The Camunda Form a task shows (its camunda:formRef), if any. */
    public Optional<String> formOf(String taskId) {
        CamundaFormRef ref = forms.getTaskFormData(taskId).getCamundaFormRef();
        return Optional.ofNullable(ref).map(CamundaFormRef::getKey);
    }

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
    public boolean reassess(String campaignKey, Long agencyId) {
        ProcessInstance campaign = runtime.createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS)
                .processInstanceBusinessKey(campaignKey).singleResult();
        if (campaign == null) {
            return false;
        }
        org.camunda.bpm.engine.runtime.ActivityInstance[] bodies = runtime.getActivityInstance(campaign.getId())
                .getActivityInstances(ASSESS_AGENCIES + "#multiInstanceBody");
        if (bodies.length == 0) {
            return false;
        }
        runtime.createProcessInstanceModification(campaign.getId())
                .startBeforeActivity(ASSESS_AGENCIES, bodies[0].getId())
                .setVariableLocal("agencyId", agencyId)
                .execute();
        return true;
    }

    /** Moves the escalation timer of a milestone in one agency's assessment. */
    public void moveEscalation(String processInstanceId, MilestoneType milestone, Date due) {
        escalationTimer(milestone).ifPresent(activityId -> moveTimers(processInstanceId, activityId, due));
    }

    /** Moves the timer that waits for the self-assessment window to open. */
    public void moveWindowStart(String processInstanceId, Date start) {
        moveTimers(processInstanceId, WINDOW_TIMER, start);
    }

    /** Timers of called decision processes and the like are found through their parent. */
    private void moveTimers(String processInstanceId, String activityId, Date due) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list();
        for (Job timer : timers) {
            management.setJobDuedate(timer.getId(), due);
        }
    }

    static Optional<String> escalationTimer(MilestoneType milestone) {
        return switch (milestone) {
            case RESPONDENT_LIST -> Optional.of("respondentListOverdue");
            case SELF_ASSESSMENT -> Optional.of("selfAssessmentOverdue");
            case SUPPLEMENTARY -> Optional.of("supplementaryOverdue");
            default -> Optional.empty();
        };
    }
}
