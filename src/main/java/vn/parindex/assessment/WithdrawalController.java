package vn.parindex.assessment;

import java.time.LocalDate;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;
import vn.parindex.timeline.DeadlineChangeException;

/** Withdrawing a sent self-assessment: by the agency before the deadline, by the organiser (with a new date). */
@Controller
@RequiredArgsConstructor
class WithdrawalController {

    private final Withdrawals withdrawals;
    private final MessageSource messages;

    @PostMapping("/assessments/{campaignId}/agencies/{agencyId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                    @PathVariable Long agencyId, @RequestParam(required = false) String reason, Locale locale,
                    RedirectAttributes redirect) {
        AssessmentAccess.requireEditorRole(user);
        try {
            withdrawals.withdraw(user, campaignId, agencyId, reason);
            redirect.addFlashAttribute("success", messages.getMessage("withdraw.done", null, locale));
        } catch (ScoreRejectedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            redirect.addFlashAttribute("withdrawReason", reason);
        }
        return "redirect:/assessments/" + campaignId + "/agencies/" + agencyId;
    }

    @PostMapping("/campaigns/{campaignId}/agencies/{agencyId}/reopen-sent")
    String reopenSent(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                      @PathVariable Long agencyId,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                      @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        try {
            withdrawals.reopenSent(user, campaignId, agencyId, dueDate, reason);
            redirect.addFlashAttribute("success", messages.getMessage("withdraw.reopened", null, locale));
        } catch (ScoreRejectedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), locale));
        } catch (DeadlineChangeException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.getMessage(), null, locale));
        }
        return "redirect:/campaigns/" + campaignId + "/run";
    }
}
