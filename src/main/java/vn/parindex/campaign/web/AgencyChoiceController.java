package vn.parindex.campaign.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.campaign.AssessedAgencies;
import vn.parindex.security.CurrentUser;

/** Who a campaign assesses, grouped by agency type, and the framework version per type. */
@Controller
@RequiredArgsConstructor
class AgencyChoiceController {

    private final CampaignReading reading;
    private final AssessedAgencies assessedAgencies;
    private final Messages messages;

    @GetMapping("/campaigns/{id}/agencies")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireReader(user);
        model.addAttribute("agencyForm", reading.agencyForm(user.organiserId(), id));
        return page(user, id, model);
    }

    @PostMapping("/campaigns/{id}/agencies")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        return messages.save(binding, () -> assessedAgencies.choose(user.organiserId(), id, form.getVersion(),
                form.choice()), "/campaigns/" + id, redirect, locale).orElseGet(() -> page(user, id, model));
    }

    private String page(CurrentUser user, Long id, Model model) {
        EditPage.prepare(user, reading.header(user.organiserId(), id), model);
        model.addAttribute("groups", reading.agencyGroups(user.organiserId(), id));
        return "campaign/agencies";
    }
}
