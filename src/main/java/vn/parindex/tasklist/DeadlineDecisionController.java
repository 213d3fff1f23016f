package vn.parindex.tasklist;

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

import vn.parindex.security.CurrentUser;
import vn.parindex.workflow.ProcessModel.Variables;

/** The page where the organiser decides the missed deadlines of one milestone together (from the run page and the task list). */
@Controller
@RequiredArgsConstructor
class DeadlineDecisionController {

    private static final String PAGE = "/campaigns/{campaignId}/deadline-decisions";

    private final DeadlineDecisions decisions;
    private final MessageSource messages;

    @GetMapping(PAGE)
    String show(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("pending", decisions.pending(user, campaignId));
        return "tasklist/deadline-decisions";
    }

    @PostMapping(PAGE)
    String decide(@PathVariable Long campaignId, @RequestParam(required = false) List<String> taskIds,
                  @RequestParam(required = false) String deadlineDecision,
                  @RequestParam(required = false) String newDueDate, @RequestParam(required = false) String comment,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        Map<String, String> input = new java.util.HashMap<>();
        input.put(Variables.DEADLINE_DECISION, deadlineDecision == null ? "" : deadlineDecision);
        input.put(Variables.NEW_DUE_DATE, newDueDate == null ? "" : newDueDate);
        input.put(Variables.COMMENT, comment == null ? "" : comment);
        try {
            int decided = decisions.decide(user, campaignId, taskIds, input);
            redirect.addFlashAttribute("success", messages.getMessage("decisions.done", new Object[]{decided}, locale));
        } catch (DeadlineDecisions.DecisionRefused refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused, locale));
        }
        return "redirect:/campaigns/" + campaignId + "/deadline-decisions";
    }
}
