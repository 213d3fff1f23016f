package vn.parindex.campaign.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.campaign.CampaignNotDraftException;
import vn.parindex.campaign.Problem;

/** An edit of a campaign that is no longer a draft goes back to the campaign, saying why. */
@ControllerAdvice(basePackageClasses = CampaignErrors.class)
@RequiredArgsConstructor
class CampaignErrors {

    private final Messages messages;

    @ExceptionHandler(CampaignNotDraftException.class)
    String notDraft(CampaignNotDraftException e, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("error", messages.text(e.getCode(), locale,
                Problem.text("campaign.status." + e.getStatus())));
        return "redirect:/campaigns/" + e.getCampaignId();
    }
}
