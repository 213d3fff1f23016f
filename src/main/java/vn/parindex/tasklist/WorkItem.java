package vn.parindex.tasklist;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.springframework.data.domain.Persistable;

import vn.parindex.campaign.MilestoneType;

/**
 * Our copy of a user task: what the tasklist, the reminders and the dashboard need, kept in our own table
 * so that no list ever filters on process variables.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class WorkItem implements Persistable<String> {

    @Id
    private String taskId;
    private String processInstanceId;
    private Long campaignId;
    @Setter(AccessLevel.PACKAGE) private Long agencyId;
    @Setter(AccessLevel.PACKAGE) private Long reviewerAgencyId;
    /** The BPMN id of the user task, e.g. submitSelfAssessment. */
    private String taskKey;
    private String name;
    @Enumerated(EnumType.STRING)
    @Setter(AccessLevel.PACKAGE) private MilestoneType milestone;
    private String candidateGroups;
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "task_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_id")
    private Set<String> groups = new LinkedHashSet<>();
    @Setter(AccessLevel.PACKAGE) private String assignee;
    @Enumerated(EnumType.STRING)
    private WorkItemState state = WorkItemState.OPEN;
    private Instant createdAt;
    @Setter(AccessLevel.PACKAGE) private Instant dueAt;
    @Setter(AccessLevel.PACKAGE) private Instant followUpAt;
    private Instant completedAt;
    private String completedBy;
    private Integer lateDays;
    @Setter(AccessLevel.PACKAGE) private String outcome;
    @Column(name = "comment_text")
    @Setter(AccessLevel.PACKAGE) private String comment;
    @Setter(AccessLevel.PACKAGE) private String formData;
    /** Its id is the engine's task id, so saving a new one must not first look for it (merge would). */
    @Transient
    private boolean stored;

    public WorkItem(String taskId, String processInstanceId, Long campaignId, String taskKey, String name,
                    Instant createdAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.campaignId = campaignId;
        this.taskKey = taskKey;
        this.name = name;
        this.createdAt = createdAt;
    }

    public boolean isOpen() {
        return state == WorkItemState.OPEN;
    }

    public boolean isOfferedTo(String username, Set<String> userGroups) {
        return username.equals(assignee) || groups.stream().anyMatch(userGroups::contains);
    }

    void setGroups(Set<String> groups) {
        this.groups.clear();
        this.groups.addAll(groups);
        this.candidateGroups = String.join(",", groups);
    }

    void complete(Instant at, String by, Integer lateDays) {
        this.state = WorkItemState.COMPLETED;
        this.completedAt = at;
        this.completedBy = by;
        this.lateDays = lateDays;
    }

    void cancel(Instant at) {
        this.state = WorkItemState.CANCELLED;
        this.completedAt = at;
    }

    @Override
    public String getId() {
        return taskId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
