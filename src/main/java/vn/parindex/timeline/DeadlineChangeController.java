package vn.parindex.timeline;

import java.time.LocalDate;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.security.CurrentUser;

/** Changing a running campaign's deadlines from its run page: move a milestone, extend or reopen (organiser only). */
@Controller
@RequiredArgsConstructor
class DeadlineChangeController {

    private final Campaigns campaigns;
    private final DeadlineChanges deadlineChanges;
    private final MessageSource messages;

    @PostMapping("/campaigns/{id}/deadlines/move")
    String move(@PathVariable Long id, @RequestParam MilestoneType milestone,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate windowStart,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                Locale locale, RedirectAttributes redirect) {
        return change(id, user, locale, redirect, "deadline.moved",
                () -> deadlineChanges.moveMilestone(id, milestone, windowStart, dueDate, reason, user.username()));
    }

    @PostMapping("/campaigns/{id}/deadlines/extend")
    String extend(@PathVariable Long id, @RequestParam Long agencyId, @RequestParam MilestoneType milestone,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, RedirectAttributes redirect) {
        return change(id, user, locale, redirect, "deadline.extended",
                () -> deadlineChanges.extendForAgency(id, agencyId, milestone, dueDate, reason, user.username()));
    }

    @PostMapping("/campaigns/{id}/agencies/{agencyId}/reopen")
    String reopen(@PathVariable Long id, @PathVariable Long agencyId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueDate,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, RedirectAttributes redirect) {
        return change(id, user, locale, redirect, "deadline.reopened",
                () -> deadlineChanges.reopen(id, agencyId, dueDate, reason, user.username()));
    }

    /**
     * Makes the change on the organiser's own campaign (another organiser's is not found) and goes back to the run
     * page with the outcome: the success message, or why the change was refused.
     */
    private String change(Long id, CurrentUser user, Locale locale, RedirectAttributes redirect, String successKey,
                          Runnable change) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("organiser only");
        }
        campaigns.findInOrganiser(id, user.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            change.run();
            redirect.addFlashAttribute("success", messages.getMessage(successKey, null, locale));
        } catch (DeadlineChangeException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.getMessage(), null, locale));
        }
        return "redirect:/campaigns/" + id + "/run";
    }
}
