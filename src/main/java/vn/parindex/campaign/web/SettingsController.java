package vn.parindex.campaign.web;

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

import vn.parindex.campaign.CampaignDrafts;
import vn.parindex.campaign.SettingsRules;
import vn.parindex.security.CurrentUser;

/** A campaign's settings: class bands, survey weights, reminders, penalty and escalation. */
@Controller
@RequiredArgsConstructor
class SettingsController {

    private final CampaignReading reading;
    private final CampaignDrafts drafts;
    private final Messages messages;

    @GetMapping("/campaigns/{id}/settings")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireReader(user);
        EditPage.prepare(user, reading.header(user.organiserId(), id), model);
        model.addAttribute("settingsForm", reading.settingsForm(user.organiserId(), id));
        return "campaign/settings";
    }

    @PostMapping("/campaigns/{id}/settings")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                @Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        if (binding.hasErrors()) {
            Messages.bindMissing(SettingsRules.check(form.settings()), binding);
        }
        return messages.save(binding, () -> drafts.editSettings(user.organiserId(), id, form.getVersion(),
                form.settings()), "/campaigns/" + id, redirect, locale).orElseGet(() -> {
                    EditPage.prepare(user, reading.header(user.organiserId(), id), model);
                    return "campaign/settings";
                });
    }
}
