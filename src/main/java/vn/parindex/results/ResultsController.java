package vn.parindex.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.campaign.Campaign;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * The campaign's results page: the aggregated index, sub-indices, ranks and classes, and the open step on them
 * (report to the council, vote, approval, publication, correction).
 */
@Controller
@RequiredArgsConstructor
class ResultsController {

    private final ResultsWorkflow workflow;
    private final CampaignResults results;
    private final PublishedRevisionRepository revisions;
    private final MessageSource messages;

    @GetMapping("/results/campaigns/{campaignId}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, Model model) {
        Campaign campaign = workflow.campaign(user, campaignId);
        CampaignResults.Report report = results.compute(campaign);
        Map<String, List<AgencyResult>> byType = new LinkedHashMap<>();
        report.agencies().forEach(a -> byType.computeIfAbsent(a.agencyTypeCode(), k -> new java.util.ArrayList<>()).add(a));
        model.addAttribute("campaign", campaign);
        model.addAttribute("byType", byType);
        model.addAttribute("weak", report.weakAcross(WeakCriteria.DEFAULT_THRESHOLD));
        model.addAttribute("aggregateTask", workflow.openTask(campaignId, ResultsWorkflow.AGGREGATE).orElse(null));
        model.addAttribute("round", workflow.round(campaign).orElse(null));
        model.addAttribute("lastRound", workflow.lastDecidedRound(campaign).orElse(null));
        model.addAttribute("approveTask", workflow.openTask(campaignId, ResultsWorkflow.APPROVE).orElse(null));
        model.addAttribute("publishTask", workflow.openTask(campaignId, ResultsWorkflow.PUBLISH).orElse(null));
        model.addAttribute("revisions", revisions.findByCampaignIdOrderByRevisionDesc(campaignId));
        model.addAttribute("isOrganiser", user.actsForOrganiser());
        model.addAttribute("isCouncil", user.has(Role.COUNCIL));
        model.addAttribute("isChairman", user.has(Role.CHAIRMAN));
        model.addAttribute("me", user.username());
        return "results/campaign";
    }

    @PostMapping("/results/campaigns/{campaignId}/aggregate")
    String aggregate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                     @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return step(campaignId, locale, redirect, "results.aggregate.done",
                () -> workflow.aggregate(user, campaignId, comment));
    }

    @PostMapping("/results/campaigns/{campaignId}/vote")
    String vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @RequestParam String vote,
                @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        boolean passed = "passed".equals(vote);
        if (!passed && (comment == null || comment.isBlank())) {
            redirect.addFlashAttribute("error", messages.getMessage("results.vote.commentNeeded", null, locale));
            return back(campaignId);
        }
        try {
            workflow.vote(user, campaignId, passed, comment);
            redirect.addFlashAttribute("success", messages.getMessage("results.vote.done", null, locale));
        } catch (ResultsWorkflow.NoOpenTaskException e) {
            redirect.addFlashAttribute("error", workflow.lastDecidedRound(workflow.campaign(user, campaignId))
                    .map(round -> messages.getMessage("results.vote.tooLate", new Object[] {
                            messages.getMessage("results.vote.outcome." + round.tally().outcome(), null, locale),
                            round.members(), round.tally().passes(), round.tally().fails()}, locale))
                    .orElseGet(() -> messages.getMessage("results.error.noTask", null, locale)));
        } catch (ResultsWorkflow.AlreadyVotedException e) {
            redirect.addFlashAttribute("error", messages.getMessage("results.error.alreadyVoted", null, locale));
        }
        return back(campaignId);
    }

    @PostMapping("/results/campaigns/{campaignId}/approval")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                   @RequestParam String approval, @RequestParam(required = false) String comment, Locale locale,
                   RedirectAttributes redirect) {
        boolean approve = "approve".equals(approval);
        if (!approve && (comment == null || comment.isBlank())) {
            redirect.addFlashAttribute("error", messages.getMessage("results.approval.commentNeeded", null, locale));
            return back(campaignId);
        }
        return step(campaignId, locale, redirect, approve ? "results.approval.approved" : "results.approval.rejected",
                () -> workflow.approve(user, campaignId, approve, comment));
    }

    @PostMapping("/results/campaigns/{campaignId}/publication")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                   @RequestParam(required = false) String decision, Locale locale, RedirectAttributes redirect) {
        return step(campaignId, locale, redirect, "results.publish.done",
                () -> workflow.publish(user, campaignId, decision));
    }

    @PostMapping("/results/campaigns/{campaignId}/corrections")
    String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String decision,
                   Locale locale, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            workflow.campaign(user, campaignId);
            redirect.addFlashAttribute("error", messages.getMessage("results.correction.reasonNeeded", null, locale));
            return back(campaignId);
        }
        return step(campaignId, locale, redirect, "results.correction.done",
                () -> workflow.correct(user, campaignId, reason, decision));
    }

    private String step(Long campaignId, Locale locale, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.getMessage(doneKey, null, locale));
        } catch (ResultsWorkflow.NoOpenTaskException e) {
            redirect.addFlashAttribute("error", messages.getMessage("results.error.noTask", null, locale));
        } catch (ResultsWorkflow.AlreadyVotedException e) {
            redirect.addFlashAttribute("error", messages.getMessage("results.error.alreadyVoted", null, locale));
        }
        return back(campaignId);
    }

    private static String back(Long campaignId) {
        return "redirect:/results/campaigns/" + campaignId;
    }
}
