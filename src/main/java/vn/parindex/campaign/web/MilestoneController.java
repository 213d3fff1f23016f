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

import vn.parindex.campaign.CampaignDrafts;
import vn.parindex.campaign.TimelineRules;
import vn.parindex.security.CurrentUser;

/** A campaign's timeline: every milestone in one form. */
@Controller
@RequiredArgsConstructor
class MilestoneController {

    private final CampaignReading reading;
    private final CampaignDrafts drafts;
    private final Messages messages;

    @GetMapping("/campaigns/{id}/milestones")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireReader(user);
        EditPage.prepare(user, reading.header(user.organiserId(), id), model);
        model.addAttribute("milestoneForm", reading.milestoneForm(user.organiserId(), id));
        return "campaign/milestones";
    }

    @PostMapping("/campaigns/{id}/milestones")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        if (binding.hasErrors() && form.rows().stream().allMatch(row -> row.type() != null)) {
            Messages.bindMissing(TimelineRules.check(form.rows()), binding);
        }
        return messages.save(binding, () -> drafts.editMilestones(user.organiserId(), id, form.getVersion(),
                form.rows()), "/campaigns/" + id, redirect, locale).orElseGet(() -> {
                    EditPage.prepare(user, reading.header(user.organiserId(), id), model);
                    return "campaign/milestones";
                });
    }
}
