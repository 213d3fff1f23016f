package vn.parindex.dashboard;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemState;

/** Flat reads for the dashboard: one query per table, no entity graphs (the work items' groups stay unloaded). */
interface DashboardQueries extends Repository<WorkItem, String> {

    record Item(String taskId, Long agencyId, String taskKey, String name, MilestoneType milestone,
                WorkItemState state, Instant createdAt, Instant dueAt, Instant completedAt, Integer lateDays,
                String outcome) {
    }

    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$Item(w.taskId, w.agencyId, w.taskKey, w.name, w.milestone,
                   w.state, w.createdAt, w.dueAt, w.completedAt, w.lateDays, w.outcome)
            from WorkItem w where w.campaignId = :campaignId and w.agencyId = :agencyId order by w.createdAt""")
    List<Item> items(Long campaignId, Long agencyId);

    /** The organiser's, council's and chairman's own steps, which every agency's grid line shows alike. */
    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$Item(w.taskId, w.agencyId, w.taskKey, w.name, w.milestone,
                   w.state, w.createdAt, w.dueAt, w.completedAt, w.lateDays, w.outcome)
            from WorkItem w where w.campaignId = :campaignId and w.agencyId is null""")
    List<Item> campaignItems(Long campaignId);

    /** An assessed agency: its type's code and its folded name and code, for the grid's filters and search. */
    record AgencyRow(Long id, String code, String name, String typeCode, String searchText) {
    }

    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$AgencyRow(a.id, a.code, a.name, t.code, a.searchText)
            from Campaign c join c.agencies a join a.type t where c.id = :campaignId order by a.code, a.id""")
    List<AgencyRow> agencies(Long campaignId);

    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$AgencyRow(a.id, a.code, a.name, t.code, a.searchText)
            from Campaign c join c.agencies a join a.type t where c.id = :campaignId and a.id = :agencyId""")
    java.util.Optional<AgencyRow> agency(Long campaignId, Long agencyId);

    record StatusRow(Long agencyId, vn.parindex.assessment.AssessmentStatus status) {
    }

    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$StatusRow(a.agency.id, a.status)
            from AgencyAssessment a where a.campaign.id = :campaignId""")
    List<StatusRow> statuses(Long campaignId);

    @Query("""
            select c from Campaign c join c.agencies a
            where a.id = :agencyId and c.organiser.id = :organiserId
              and c.status <> vn.parindex.campaign.CampaignStatus.DRAFT
            order by c.year desc, c.id desc""")
    List<vn.parindex.campaign.Campaign> launchedCampaignsOf(Long agencyId, Long organiserId);

    record Mail(vn.parindex.notification.MailKind kind, String recipient, String subject,
                vn.parindex.notification.MailStatus status, Instant createdAt) {
    }

    /** The latest mails of a campaign, without their bodies. */
    @Query("""
            select new vn.parindex.dashboard.DashboardQueries$Mail(m.kind, m.recipient, m.subject, m.status, m.createdAt)
            from OutboxMail m where m.campaignId = :campaignId order by m.createdAt desc, m.id desc""")
    List<Mail> latestMails(Long campaignId, org.springframework.data.domain.Pageable page);

    @Query("select count(m) from OutboxMail m where m.campaignId = :campaignId")
    long mailCount(Long campaignId);
}
