package vn.parindex.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.agency.AgencyFilter;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.assessment.AssessmentStatus;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.BadListRequest;
import vn.parindex.common.Choice;
import vn.parindex.common.Paging;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.security.Role;

/** The progress dashboard of a campaign, its drill-down per agency and its Excel export. */
@Controller
@RequiredArgsConstructor
class DashboardController {

    private final CampaignDashboard dashboard;
    private final Campaigns campaigns;
    private final ProgressExcel excel;
    private final DashboardGrid grid;
    private final AgencyTypeRepository agencyTypes;

    /** The latest running campaign of the user's organiser, or the campaign list when none runs. */
    @GetMapping("/dashboard")
    String latest(@AuthenticationPrincipal CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("dashboard");
        }
        return campaigns.ofOrganiserNewestFirst(user.organiserId()).stream()
                .filter(c -> c.getStatus() != CampaignStatus.DRAFT)
                .max(Comparator.comparing(Campaign::getYear).thenComparing(Campaign::getId))
                .map(c -> "redirect:/dashboard/campaigns/" + c.getId())
                .orElse("redirect:/campaigns");
    }

    /** The figures over every agency, the grid one page of the agencies asked for. */
    @GetMapping("/dashboard/campaigns/{campaignId}")
    String campaign(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user, Model model,
                    Locale locale, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String milestone,
                    @RequestParam(required = false) String overdue, @RequestParam(required = false) String status) {
        dashboard.campaign(campaignId, user);
        Paging paging = Paging.from(page, size, sort, dir, GridRows.SORT);
        List<AgencyType> types = agencyTypes.findAllByOrderBySortOrder();
        GridFilter filter = new GridFilter(AgencyFilter.parse(q, type, overdue,
                types.stream().map(AgencyType::getCode).toList()),
                BadListRequest.enumFilter("milestone", milestone, MilestoneType.class),
                BadListRequest.enumFilter("status", status, AssessmentStatus.class));
        CampaignDashboard.View view = dashboard.view(campaignId, user);
        model.addAttribute("view", view);
        model.addAttribute("grid", grid.lines(GridRows.page(view.rows(), filter, paging), view.timeline(), locale));
        model.addAttribute("types", Choice.of(types, AgencyType::getCode, t -> t.name(locale)));
        model.addAttribute("statuses", AssessmentStatus.values());
        return "dashboard/campaign";
    }

    @GetMapping("/dashboard/campaigns/{campaignId}/agencies/{agencyId}")
    String agency(@PathVariable Long campaignId, @PathVariable Long agencyId, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        model.addAttribute("view", dashboard.agency(campaignId, agencyId, user));
        return "dashboard/agency";
    }

    @GetMapping("/dashboard/campaigns/{campaignId}/progress.xlsx")
    @Export("campaign progress (Excel)")
    ResponseEntity<byte[]> xlsx(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user,
                                Locale locale) {
        byte[] bytes = excel.write(dashboard.view(campaignId, user), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tien-do-" + campaignId + ".xlsx\"")
                .body(bytes);
    }
}
