package vn.parindex.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ImportProblem;
import vn.parindex.common.SheetRejected;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.timeline.Countdown;
import vn.parindex.timeline.Countdowns;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;

/**
 * An agency's survey respondent list, uploaded from the Excel template (STT, Họ và tên, Địa chỉ hoặc đơn vị công tác,
 * Số điện thoại): every row checked, the whole list replaced or nothing written, and the agency's open
 * submitRespondentList task completed with the number of respondents.
 */
@Service
@RequiredArgsConstructor
public class RespondentLists {

    public static final String TASK_KEY = ProcessModel.SUBMIT_RESPONDENT_LIST;
    static final String NAME = "name";
    static final String ADDRESS = "address";
    static final String PHONE = "phone";
    /** The sheet of the template and the export, named like its Vietnamese column headers. */
    public static final String SHEET = "Danh sách người được khảo sát";
    public static final List<ExcelColumn> COLUMNS = List.of(
            new ExcelColumn("no", "survey.column.no", false, "STT", "No."),
            new ExcelColumn(NAME, "survey.column.name", true, "Họ và tên", "Full name"),
            new ExcelColumn(ADDRESS, "survey.column.address", true, "Địa chỉ hoặc đơn vị công tác", "Địa chỉ",
                    "Address or workplace"),
            new ExcelColumn(PHONE, "survey.column.phone", true, "Số điện thoại", "Phone"));

    private final Campaigns campaigns;
    private final AgencyRepository agencies;
    private final RespondentRepository respondents;
    private final RespondentQuota quota;
    private final WorkItemQueries workItems;
    private final Workflow processes;
    private final AppClock clock;
    private final Countdowns countdowns;

    /** The campaign and agency, checked: both of the user's organiser, the agency in the campaign, the user allowed. */
    public record Target(Campaign campaign, Agency agency) {
    }

    @Transactional(readOnly = true)
    public Target target(CurrentUser user, Long campaignId, Long agencyId) {
        SurveyAccess.requireListRole(user);
        Campaign campaign = campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        Agency agency = agencies.findById(agencyId)
                .filter(a -> a.getOrganiser().getId().equals(user.organiserId()))
                .filter(a -> campaigns.assessedAgency(campaign.getId(), agencyId).isPresent())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        SurveyAccess.requireList(user, agencyId);
        agency.getType().getCode();
        return new Target(campaign, agency);
    }

    @Transactional(readOnly = true)
    public List<Respondent> list(CurrentUser user, Long campaignId, Long agencyId) {
        target(user, campaignId, agencyId);
        return respondents.findByCampaignIdAndAgencyIdOrderByLineNumber(campaignId, agencyId);
    }

    public int quotaOf(Agency agency) {
        return quota.of(agency.getType().getCode());
    }

    /** The time left to the agency's respondent-list deadline (its extension, if any); null if not planned. */
    @Transactional(readOnly = true)
    public Countdown countdown(Long campaignId, Long agencyId) {
        return countdowns.of(campaignId, agencyId, MilestoneType.RESPONDENT_LIST);
    }

    /** The agency's open respondent-list task, if any. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(Long campaignId, Long agencyId) {
        return workItems.openOfAgency(campaignId, agencyId).stream()
                .filter(w -> TASK_KEY.equals(w.getTaskKey())).findFirst();
    }

    /**
     * Checks every row and replaces the agency's list. Completes the open task, if there is one.
     *
     * @throws SheetRejected naming each bad row and column, or the shortfall; nothing is written then
     */
    @Transactional
    public int upload(CurrentUser user, Long campaignId, Long agencyId, ExcelTable table) {
        Target target = target(user, campaignId, agencyId);
        Countdown countdown = countdown(campaignId, agencyId);
        if (countdown != null && countdown.locked()) {
            throw new SheetRejected(List.of(), List.of(new DefaultMessageSourceResolvable(
                    new String[] {"survey.error.locked"}, new Object[] {countdown.due()})));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Respondent> rows = new ArrayList<>();
        Map<String, Integer> phoneRows = new HashMap<>();
        Instant now = clock.instant();
        for (ExcelTable.Line line : table.lines()) {
            String name = line.get(NAME);
            String address = line.get(ADDRESS);
            String phoneTyped = line.get(PHONE);
            required(table, line, NAME, name, 200, problems);
            required(table, line, ADDRESS, address, 500, problems);
            String phone = null;
            if (phoneTyped.isBlank()) {
                problems.add(table.problem(line.number(), PHONE, "survey.problem.required"));
            } else {
                phone = PhoneNumbers.normalise(phoneTyped).orElse(null);
                if (phone == null) {
                    problems.add(table.problem(line.number(), PHONE, "survey.problem.phoneFormat", phoneTyped));
                } else {
                    Integer first = phoneRows.putIfAbsent(phone, line.number());
                    if (first != null) {
                        problems.add(table.problem(line.number(), PHONE, "survey.problem.duplicatePhone", phoneTyped, first));
                    }
                }
            }
            rows.add(new Respondent(campaignId, agencyId, line.number(), name, address, phone, user.username(), now));
        }
        List<MessageSourceResolvable> general = new ArrayList<>();
        int needed = quotaOf(target.agency());
        if (rows.size() < needed) {
            general.add(new DefaultMessageSourceResolvable(new String[] {"survey.problem.shortfall"},
                    new Object[] {rows.size(), needed, target.agency().getType().getNameVi()}));
        }
        if (!problems.isEmpty() || !general.isEmpty()) {
            throw new SheetRejected(problems, general);
        }
        respondents.deleteList(campaignId, agencyId);
        respondents.saveAll(rows);
        openTask(campaignId, agencyId).ifPresent(task ->
                processes.complete(task.getTaskId(), user.username(), Map.of("respondentCount", (long) rows.size())));
        return rows.size();
    }

    private static void required(ExcelTable table, ExcelTable.Line line, String column, String value, int maxLength,
                                 List<ImportProblem> problems) {
        if (value.isBlank()) {
            problems.add(table.problem(line.number(), column, "survey.problem.required"));
        } else if (value.length() > maxLength) {
            problems.add(table.problem(line.number(), column, "survey.problem.tooLong", maxLength));
        }
    }

    /** Every list of the campaign, for the survey operator: agency code and name, then the respondent's data. */
    @Transactional(readOnly = true)
    public byte[] exportAll(CurrentUser user, Long campaignId, List<String> headers) {
        SurveyAccess.requireExport(user);
        Campaign campaign = campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        Map<Long, Agency> byId = new HashMap<>();
        campaign.getAgencies().forEach(a -> byId.put(a.getId(), a));
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (Respondent r : respondents.findByCampaignIdOrderByAgencyIdAscLineNumberAsc(campaignId)) {
            Agency agency = byId.get(r.getAgencyId());
            rows.add(List.of(number++, agency == null ? "" : agency.getCode(),
                    agency == null ? "" : agency.getName(), r.getFullName(), r.getAddress(), r.getPhone()));
        }
        return ExcelTable.workbook(SHEET, headers, rows, null, List.of());
    }
}
