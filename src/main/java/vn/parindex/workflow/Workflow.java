package vn.parindex.workflow;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * What our features ask of the process engine: start a campaign, complete, claim or hand over a task, withdraw
 * a sent self-assessment, move a task's dates and its timers. The engine package implements it; the ids it takes
 * are those of {@link ProcessModel}.
 */
public interface Workflow {

    /** Starts the campaign's process (par-campaign), which starts one assessment per agency; its instance id. */
    String startCampaign(Long campaignId, String businessKey);

    /**
     * Completes a task as the given user; the engine's transaction commits right after (async after).
     *
     * @throws TaskNotOpenException when a colleague completed it first or it was withdrawn
     */
    void complete(String taskId, String username, Map<String, Object> variables);

    /** Claims a task; false when a colleague claimed it first or it is no longer open. */
    boolean claim(String taskId, String username);

    /** Hands a task to another official (delegation within an agency): they become its assignee. */
    void setAssignee(String taskId, String username);

    void unclaim(String taskId);

    boolean isOpen(String taskId);

    /** The Camunda Form a task shows (its camunda:formRef), if any. */
    Optional<String> formOf(String taskId);

    /**
     * Correlates {@link ProcessModel#WITHDRAWN_MESSAGE}: it interrupts the head's sign-off or the appraisal tasks,
     * and the process opens the scorecard again. False when neither is waiting (the process is between steps).
     */
    boolean withdraw(String processInstanceId, String username, String reason);

    /**
     * Gives an agency closed as not submitted a new assessment instance inside its campaign's "assess every
     * agency" step, so the campaign waits for it again. False when the campaign has moved past that step.
     */
    boolean reassess(String campaignKey, Long agencyId);

    /** Moves a task's due and follow-up dates. */
    void setTaskDates(String taskId, Date due, Date followUp);

    /** Moves the escalation timer of a milestone (a MilestoneType's name) in one agency's assessment. */
    void moveEscalation(String processInstanceId, String milestone, Date due);

    /** Moves the timer that waits for the self-assessment window to open. */
    void moveWindowStart(String processInstanceId, Date start);

    /** How many process instances and jobs a campaign has: {instances, jobs}. */
    long[] instancesAndJobs(String campaignKey);
}
