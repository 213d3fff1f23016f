package vn.parindex.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface WorkItemRepository extends JpaRepository<WorkItem, String>, JpaSpecificationExecutor<WorkItem> {

    /** A JPQL query (its plan is cached): the morning sweep of every process instance asks it. */
    @Query("select w from WorkItem w where w.processInstanceId = :processInstanceId and w.state = :state")
    List<WorkItem> findByProcessInstanceIdAndState(String processInstanceId, WorkItemState state);

    List<WorkItem> findByCampaignIdAndState(Long campaignId, WorkItemState state);

    List<WorkItem> findByCampaignIdAndMilestoneAndState(Long campaignId, vn.parindex.campaign.MilestoneType milestone,
                                                        WorkItemState state);

    List<WorkItem> findByCampaignIdAndAgencyIdAndState(Long campaignId, Long agencyId, WorkItemState state);

    List<WorkItem> findByCampaignIdAndAgencyIdOrderByCreatedAt(Long campaignId, Long agencyId);

    long countByCampaignIdAndState(Long campaignId, WorkItemState state);

    List<WorkItem> findByCampaignIdAndStateAndAgencyIdIn(Long campaignId, WorkItemState state,
                                                        java.util.Collection<Long> agencyIds);

    @Query("""
            select count(distinct w.agencyId) from WorkItem w
            where w.campaignId = :campaignId and w.state = vn.parindex.tasklist.WorkItemState.OPEN and w.agencyId is not null""")
    long countAgenciesWithOpenTasks(Long campaignId);

    /** The open tasks offered to a user: assigned to them or to one of their groups, soonest deadline first. */
    @Query("""
            select distinct w from WorkItem w left join w.groups g
            where w.state = vn.parindex.tasklist.WorkItemState.OPEN
              and (w.assignee = :username or (w.assignee is null and g in :groups))
            order by w.dueAt asc nulls last, w.createdAt asc""")
    List<WorkItem> openFor(String username, Collection<String> groups);

    /** The task, if it belongs to a campaign of the organiser: another organiser's task is as absent as a missing one. */
    @Query("""
            select w from WorkItem w
            where w.taskId = :taskId
              and w.campaignId in (select c.id from Campaign c where c.organiser.id = :organiserId)""")
    Optional<WorkItem> findInOrganiser(String taskId, Long organiserId);
}
