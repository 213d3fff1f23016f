package vn.parindex.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.AgencyExtension;
import vn.parindex.campaign.AgencyExtensionRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.DeadlineChange;
import vn.parindex.campaign.DeadlineChangeRepository;
import vn.parindex.campaign.Milestone;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.dashboard.DashboardQueries.AgencyRow;
import vn.parindex.dashboard.DashboardQueries.Item;
import vn.parindex.notification.OutboxMail;
import vn.parindex.notification.OutboxMailRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/** The organiser's view of a running campaign, built from a handful of flat queries on our own tables. */
@Service
@RequiredArgsConstructor
public class CampaignDashboard {

    static final int UPCOMING_DAYS = 14;
    /** The page shows the latest mails; each agency's drill-down shows all of its own. */
    static final int MAILS_SHOWN = 100;

    private final Campaigns campaigns;
    private final DashboardQueries queries;
    private final AgencyExtensionRepository extensions;
    private final DeadlineChangeRepository changes;
    private final OutboxMailRepository outbox;
    private final AppClock clock;
    private final CellSummaries cellSummaries;

    /** One milestone's counts of agencies: those it applies to, done, overdue and closed as not submitted. */
    public record MilestoneProgress(Milestone milestone, long done, long total, long overdue, long closed,
                                    int timePercent, LocalDate start) {
        public int donePercent() {
            return total == 0 ? 0 : (int) (done * 100 / total);
        }
    }

    /** An agency's line: its assessment's state, the date its self-assessment window opens if not yet, its cells. */
    public record Row(AgencyRow agency, AssessmentStatus status, LocalDate waitingUntil,
                      Map<MilestoneType, CellState> cells) {
    }

    public record Deadline(LocalDate date, MilestoneType milestone, AgencyRow agency) {
    }

    public record View(Campaign campaign, List<Milestone> timeline, List<MilestoneProgress> milestones, List<Row> rows,
                       List<Deadline> upcoming, List<DashboardQueries.Mail> mails, long mailCount, List<DeadlineChange> changes,
                       Map<Long, AgencyRow> agencies) {
        public Map<CellState, Long> count(MilestoneType type) {
            return rows.stream().collect(Collectors.groupingBy(r -> r.cells().get(type), Collectors.counting()));
        }
    }

    public record AgencyView(Campaign campaign, AgencyRow agency, AssessmentStatus status, LocalDate waitingUntil,
                             List<Milestone> timeline, List<Item> items, List<OutboxMail> mails,
                             List<AgencyExtension> extensions, List<DeadlineChange> changes,
                             Map<MilestoneType, CellState> cells) {
    }

    /** Organiser staff and the organiser's viewers, council and chairman; a foreign campaign is not found. */
    @Transactional(readOnly = true)
    public Campaign campaign(Long campaignId, CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("dashboard");
        }
        return campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public View view(Long campaignId, CurrentUser user) {
        Campaign campaign = campaign(campaignId, user);
        List<Milestone> timeline = MilestoneCells.byDate(campaign.timeline());
        List<AgencyRow> agencyRows = queries.agencies(campaignId);
        Map<Long, AgencyRow> byId = agencyRows.stream().collect(Collectors.toMap(AgencyRow::id, a -> a,
                (a, b) -> a, java.util.LinkedHashMap::new));
        Map<Long, AssessmentStatus> statuses = queries.statuses(campaignId).stream()
                .collect(Collectors.toMap(DashboardQueries.StatusRow::agencyId, DashboardQueries.StatusRow::status));
        Instant now = clock.instant();
        CellSummaries.OfCampaign summaries = cellSummaries.of(campaignId, now);
        Map<MilestoneType, CellSummary> campaignWide = summaries.of(null);
        List<Milestone> milestones = campaign.timeline();
        LocalDate today = clock.today();
        List<Row> rows = new ArrayList<>();
        Map<MilestoneType, Map<CellState, Long>> counts = new EnumMap<>(MilestoneType.class);
        for (AgencyRow agency : agencyRows) {
            AssessmentStatus status = statuses.get(agency.id());
            Row row = new Row(agency, status, MilestoneCells.waitingForWindow(campaign, status, today),
                    MilestoneCells.of(campaign, milestones, status, summaries.of(agency.id()), campaignWide));
            row.cells().forEach((type, cell) -> counts.computeIfAbsent(type, t -> new EnumMap<>(CellState.class))
                    .merge(cell, 1L, Long::sum));
            rows.add(row);
        }

        List<MilestoneProgress> progress = new ArrayList<>();
        for (Milestone milestone : timeline) {
            if (milestone.isUsed()) {
                progress.add(progress(campaign, milestone, counts.getOrDefault(milestone.getType(), Map.of()), now));
            }
        }
        return new View(campaign, timeline, progress, rows, upcoming(campaignId, timeline, byId),
                queries.latestMails(campaignId, org.springframework.data.domain.PageRequest.of(0, MAILS_SHOWN)),
                queries.mailCount(campaignId),
                changes.findByCampaignIdOrderByChangedAtDesc(campaignId), byId);
    }

    /** The counts come from the agencies' cells (counted per state), so the figures and the grid never disagree. */
    private static MilestoneProgress progress(Campaign campaign, Milestone milestone, Map<CellState, Long> cells,
                                              Instant now) {
        long done = 0;
        long total = 0;
        for (Map.Entry<CellState, Long> cell : cells.entrySet()) {
            if (cell.getKey() != CellState.NOT_USED) {
                total += cell.getValue();
                done += cell.getKey().done() ? cell.getValue() : 0;
            }
        }
        LocalDate start = start(campaign, milestone);
        return new MilestoneProgress(milestone, done, total, cells.getOrDefault(CellState.OVERDUE, 0L),
                cells.getOrDefault(CellState.CLOSED, 0L), timePercent(start, milestone, now), start);
    }

    @Transactional(readOnly = true)
    public AgencyView agency(Long campaignId, Long agencyId, CurrentUser user) {
        Campaign campaign = campaign(campaignId, user);
        AgencyRow agency = queries.agencies(campaignId).stream().filter(a -> a.id().equals(agencyId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Item> items = queries.items(campaignId, agencyId);
        AssessmentStatus status = queries.statuses(campaignId).stream().filter(s -> s.agencyId().equals(agencyId))
                .map(DashboardQueries.StatusRow::status).findFirst().orElse(null);
        return new AgencyView(campaign, agency, status, MilestoneCells.waitingForWindow(campaign, status, clock.today()),
                MilestoneCells.byDate(campaign.timeline()), items,
                outbox.findByCampaignIdAndAgencyIdOrderByCreatedAt(campaignId, agencyId),
                extensions.findByCampaignId(campaignId).stream().filter(e -> e.getAgencyId().equals(agencyId)).toList(),
                changes.findByCampaignIdOrderByChangedAtDesc(campaignId).stream()
                        .filter(c -> agencyId.equals(c.getAgencyId())).toList(),
                MilestoneCells.ofAgency(queries, campaign, agencyId, status, clock.instant()));
    }

    /** A milestone's window opens at its window start, or else when the campaign was launched. */
    static LocalDate start(Campaign campaign, Milestone milestone) {
        if (milestone.getWindowStart() != null) {
            return milestone.getWindowStart();
        }
        return campaign.getLaunchedAt() == null ? null
                : LocalDate.ofInstant(campaign.getLaunchedAt(), VietnamTime.ZONE);
    }

    static int timePercent(LocalDate start, Milestone milestone, Instant now) {
        if (start == null || milestone.getDueDate() == null) {
            return 0;
        }
        Instant from = VietnamTime.startOfDay(start).toInstant();
        Instant to = milestone.dueAt().toInstant();
        long whole = Duration.between(from, to).toMinutes();
        long gone = Duration.between(from, now).toMinutes();
        if (whole <= 0 || gone >= whole) {
            return gone >= 0 ? 100 : 0;
        }
        return (int) Math.max(0, gone * 100 / whole);
    }

    private List<Deadline> upcoming(Long campaignId, List<Milestone> timeline, Map<Long, AgencyRow> agencies) {
        LocalDate today = clock.today();
        LocalDate last = today.plusDays(UPCOMING_DAYS);
        List<Deadline> upcoming = new ArrayList<>();
        for (Milestone milestone : timeline) {
            if (milestone.isUsed() && within(milestone.getDueDate(), today, last)) {
                upcoming.add(new Deadline(milestone.getDueDate(), milestone.getType(), null));
            }
        }
        for (AgencyExtension extension : extensions.findByCampaignId(campaignId)) {
            if (within(extension.getDueDate(), today, last) && agencies.containsKey(extension.getAgencyId())) {
                upcoming.add(new Deadline(extension.getDueDate(), extension.getMilestone(),
                        agencies.get(extension.getAgencyId())));
            }
        }
        upcoming.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::milestone));
        return upcoming;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
