package vn.parindex.dashboard;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.security.Role;

/** The progress dashboard of a campaign, its drill-down per agency and its Excel export. */
@Controller
class DashboardController {

    private final CampaignDashboard dashboard;
    private final CampaignRepository campaigns;
    private final ProgressExcel excel;
    private final DashboardGrid grid;

    DashboardController(CampaignDashboard dashboard, CampaignRepository campaigns, ProgressExcel excel,
                        DashboardGrid grid) {
        this.grid = grid;
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.excel = excel;
    }

    /** The latest running campaign of the user's organiser, or the campaign list when none runs. */
    @GetMapping("/dashboard")
    String latest(@AuthenticationPrincipal CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("dashboard");
        }
        return campaigns.findByOrganiserIdOrderByYearDesc(user.organiserId()).stream()
                .filter(c -> c.getStatus() != CampaignStatus.DRAFT)
                .max(Comparator.comparing(Campaign::getYear).thenComparing(Campaign::getId))
                .map(c -> "redirect:/dashboard/campaigns/" + c.getId())
                .orElse("redirect:/campaigns");
    }

    @GetMapping("/dashboard/campaigns/{campaignId}")
    String campaign(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user, Model model,
                    Locale locale) {
        CampaignDashboard.View view = dashboard.view(campaignId, user);
        model.addAttribute("view", view);
        model.addAttribute("grid", grid.lines(view.rows(), view.timeline(), locale));
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
