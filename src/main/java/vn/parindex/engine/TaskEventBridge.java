package vn.parindex.engine;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.tasklist.TaskSnapshot;
import vn.parindex.tasklist.WorkItems;
import vn.parindex.workflow.ProcessModel.Variables;

/**
 * Copies every user task's life (created, changed, completed, withdrawn) into our work items, inside the
 * engine's transaction, so the tasklist, reminders and dashboard read our tables only.
 */
@Component
@RequiredArgsConstructor
class TaskEventBridge {

    private final WorkItems workItems;
    private final AppClock clock;

    /** One listener for every task event: a condition per method would be evaluated four times for each. */
    @EventListener
    public void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE -> completed(task);
            case TaskListener.EVENTNAME_DELETE -> withdrawn(task);
            default -> {
                // any other event (a task listener's timeout): nothing to copy
            }
        }
    }

    private void created(DelegateTask task) {
        workItems.created(new TaskSnapshot(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getName(), number(task, Variables.CAMPAIGN_ID), number(task, Variables.AGENCY_ID),
                number(task, Variables.REVIEWER_ID),
                milestone(task), groups(task), task.getAssignee(), clock.instant(), instant(task.getDueDate()),
                instant(task.getFollowUpDate())));
    }

    private void updated(DelegateTask task) {
        workItems.updated(task.getId(), task.getAssignee(), instant(task.getDueDate()), instant(task.getFollowUpDate()));
    }

    private void completed(DelegateTask task) {
        String by = Optional.ofNullable(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
                .map(a -> a.getUserId()).orElse(task.getAssignee());
        String outcome = property(task, "outcomeVariable").map(task::getVariable).map(String::valueOf).orElse(null);
        workItems.completed(task.getId(), clock.instant(), by, outcome);
    }

    private void withdrawn(DelegateTask task) {
        workItems.cancelled(task.getId(), clock.instant());
    }

    private static MilestoneType milestone(DelegateTask task) {
        Optional<String> declared = property(task, Variables.MILESTONE).filter(value -> !value.startsWith("$"));
        Object value = declared.isPresent() ? declared.get() : task.getVariable(Variables.MILESTONE);
        return value == null ? null : MilestoneType.valueOf(value.toString());
    }

    static Optional<String> property(DelegateTask task, String name) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst();
    }

    private static Set<String> groups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** Read from the task's execution: a new task has no variables of its own, and asking it would cost a query. */
    private static Long number(DelegateTask task, String name) {
        Object value = task.getExecution() != null ? task.getExecution().getVariable(name) : task.getVariable(name);
        return value instanceof Number n ? n.longValue() : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
