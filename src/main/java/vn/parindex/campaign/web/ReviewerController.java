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

import vn.parindex.campaign.ReviewerChoices;
import vn.parindex.security.CurrentUser;

/** Which reviewing department appraises each group and criterion, per assessed agency type. */
@Controller
@RequiredArgsConstructor
class ReviewerController {

    private final CampaignReading reading;
    private final ReviewerChoices reviewerChoices;
    private final Messages messages;

    @GetMapping("/campaigns/{id}/reviewers")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CampaignRoles.requireReader(user);
        model.addAttribute("reviewerForm", reading.reviewerForm(user.organiserId(), id));
        return page(user, id, model);
    }

    @PostMapping("/campaigns/{id}/reviewers")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                @ModelAttribute("reviewerForm") ReviewerForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, Locale locale) {
        CampaignRoles.requireEditor(user);
        return messages.save(binding, () -> reviewerChoices.assign(user.organiserId(), id, form.getVersion(),
                form.choices()), "/campaigns/" + id + "/reviewers", redirect, locale)
                .orElseGet(() -> page(user, id, model));
    }

    private String page(CurrentUser user, Long id, Model model) {
        EditPage.prepare(user, reading.header(user.organiserId(), id), model);
        model.addAttribute("sections", reading.reviewerSections(user.organiserId(), id));
        model.addAttribute("reviewerOptions", reading.reviewerOptions(user.organiserId()));
        return "campaign/reviewers";
    }
}
