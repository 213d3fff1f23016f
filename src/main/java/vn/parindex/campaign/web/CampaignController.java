package vn.parindex.campaign.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignCopies;
import vn.parindex.campaign.CampaignDrafts;
import vn.parindex.campaign.InvalidCampaignException;
import vn.parindex.campaign.web.CampaignViews.Row;
import vn.parindex.common.AppClock;
import vn.parindex.security.CurrentUser;

/** The list of an organiser's campaigns, a campaign's overview, its details, and new campaigns. */
@Controller
@RequiredArgsConstructor
class CampaignController {

    private final CampaignReading reading;
    private final CampaignDrafts drafts;
    private final CampaignCopies copies;
    private final Messages messages;
    private final AppClock clock;

    @GetMapping("/campaigns")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        CampaignRoles.requireReader(user);
        model.addAttribute("campaigns", reading.list(user.organiserId()));
        model.addAttribute("canEdit", user.actsForOrganiser());
        return "campaign/list";
    }

    @GetMapping("/campaigns/new")
    String newCampaign(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        CampaignRoles.requireEditor(user);
        List<Row> campaigns = reading.list(user.organiserId());
        DetailsForm form = new DetailsForm();
        form.setYear(campaigns.isEmpty() ? clock.today().getYear() : campaigns.get(0).year() + 1);
        form.setName(messages.text("campaign.defaultName", locale, String.valueOf(form.getYear())));
        model.addAttribute("detailsForm", form);
        return newPage(campaigns, model);
    }

    @PostMapping("/campaigns")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("detailsForm") DetailsForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        if (!binding.hasErrors()) {
            try {
                Campaign campaign = drafts.create(user.organiserId(), form.details());
                redirect.addFlashAttribute("success", messages.text("campaign.created", locale,
                        String.valueOf(campaign.getYear())));
                return "redirect:/campaigns/" + campaign.getId();
            } catch (InvalidCampaignException e) {
                Messages.bind(e.getProblems(), binding);
            }
        }
        return newPage(reading.list(user.organiserId()), model);
    }

    private String newPage(List<Row> campaigns, Model model) {
        model.addAttribute("latest", campaigns.isEmpty() ? null : campaigns.get(0));
        return "campaign/new";
    }

    @GetMapping("/campaigns/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireReader(user);
        CampaignViews.Overview overview = reading.overview(user.organiserId(), id);
        model.addAttribute("overview", overview);
        model.addAttribute("campaign", overview.header());
        model.addAttribute("canEdit", user.actsForOrganiser() && overview.header().draft());
        model.addAttribute("canCopy", user.actsForOrganiser());
        return "campaign/detail";
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireEditor(user);
        model.addAttribute("campaign", reading.draftHeader(user.organiserId(), id, "campaign.error.notDraft"));
        model.addAttribute("detailsForm", reading.detailsForm(user.organiserId(), id));
        return "campaign/edit";
    }

    @PostMapping("/campaigns/{id}/edit")
    String saveDetails(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                       @Valid @ModelAttribute("detailsForm") DetailsForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        return messages.save(binding, () -> drafts.editDetails(user.organiserId(), id, form.getVersion(),
                form.details()), "/campaigns/" + id, redirect, locale).orElseGet(() -> {
                    model.addAttribute("campaign", reading.header(user.organiserId(), id));
                    return "campaign/edit";
                });
    }

    @PostMapping("/campaigns/{id}/copy")
    String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect,
                Locale locale) {
        CampaignRoles.requireEditor(user);
        try {
            Campaign copy = copies.copyToNextYear(user.organiserId(), id);
            redirect.addFlashAttribute("success", messages.text("campaign.copied", locale,
                    String.valueOf(copy.getYear())));
            return "redirect:/campaigns/" + copy.getId();
        } catch (InvalidCampaignException e) {
            redirect.addFlashAttribute("errors", e.getProblems().stream().map(p -> messages.text(p, locale)).toList());
            return "redirect:/campaigns/" + id;
        }
    }
}
