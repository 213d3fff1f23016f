package vn.parindex.dashboard;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.parindex.security.CurrentUser;

/** The organiser's view of one agency's process diagram (the agency's own is on its home page). */
@Controller
@RequiredArgsConstructor
class ProcessDiagramController {

    private final AgencyProcess process;

    @GetMapping("/dashboard/campaigns/{campaignId}/agencies/{agencyId}/process")
    String process(@PathVariable Long campaignId, @PathVariable Long agencyId,
                   @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("process", process.ofOrganisersAgency(campaignId, agencyId, user, locale));
        return "dashboard/process";
    }
}
