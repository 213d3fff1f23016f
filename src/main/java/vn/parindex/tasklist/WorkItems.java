package vn.parindex.tasklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.VietnamTime;

/** Keeps our copy of the engine's user tasks in step, in the engine's own transaction. */
@Service
@RequiredArgsConstructor
public class WorkItems {

    private final WorkItemRepository items;
    private final ApplicationEventPublisher events;

    /** A task the engine has just created, in the same transaction: no copy of it can exist yet. */
    @Transactional
    public void created(TaskSnapshot task) {
        WorkItem item = new WorkItem(task.taskId(), task.processInstanceId(), task.campaignId(), task.taskKey(),
                task.name(), task.createdAt());
        item.setAgencyId(task.agencyId());
        item.setReviewerAgencyId(task.reviewerAgencyId());
        item.setMilestone(task.milestone());
        item.setGroups(task.groups());
        item.setAssignee(task.assignee());
        item.setDueAt(task.dueAt());
        item.setFollowUpAt(task.followUpAt());
        items.save(item);
    }

    @Transactional
    public void updated(String taskId, String assignee, Instant dueAt, Instant followUpAt) {
        items.findById(taskId).ifPresent(item -> {
            item.setAssignee(assignee);
            item.setDueAt(dueAt);
            item.setFollowUpAt(followUpAt);
        });
    }

    @Transactional
    public void completed(String taskId, Instant at, String by, String outcome) {
        items.findById(taskId).ifPresent(item -> {
            item.complete(at, by, lateDays(item, at));
            if (outcome != null) {
                item.setOutcome(outcome);
            }
            events.publishEvent(new WorkItemCompleted(item));
        });
    }

    @Transactional
    public void cancelled(String taskId, Instant at) {
        items.findById(taskId).filter(WorkItem::isOpen).ifPresent(item -> item.cancel(at));
    }

    /** Records what the official entered, just before the task is completed in the same transaction. */
    @Transactional
    public void recordInput(String taskId, String comment, String formData) {
        WorkItem item = items.findById(taskId).orElseThrow();
        item.setComment(comment);
        item.setFormData(formData);
    }

    static Integer lateDays(WorkItem item, Instant completedAt) {
        if (item.getDueAt() == null) {
            return null;
        }
        LocalDate due = item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate();
        LocalDate done = completedAt.atZone(VietnamTime.ZONE).toLocalDate();
        return (int) Math.max(0, ChronoUnit.DAYS.between(due, done));
    }
}
