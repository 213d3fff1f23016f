package vn.parindex.appraisal;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;

/** The agency's appraised scores with its explanations and objections, and the reviewer's answers to them. */
@Controller
@RequiredArgsConstructor
class ObjectionController {

    private final Objections objections;
    private final ReviewerAccess access;
    private final MessageSource messages;

    @GetMapping("/appraisals/results/{campaignId}/agencies/{agencyId}")
    String results(@PathVariable Long campaignId, @PathVariable Long agencyId,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        fill(model, campaignId, agencyId, user, null, Map.of());
        return "appraisal/results";
    }

    @PostMapping("/appraisals/results/{campaignId}/agencies/{agencyId}/criteria/{criterionId}/objections")
    String file(@PathVariable Long campaignId, @PathVariable Long agencyId, @PathVariable Long criterionId,
                @RequestParam(required = false) Objection.Kind kind, @RequestParam(required = false) String text,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            objections.file(campaignId, agencyId, criterionId, kind, text, user);
        } catch (AppraisalProblem e) {
            model.addAttribute("error", text(e.key(), e.args()));
            fill(model, campaignId, agencyId, user, criterionId, Map.of("text", text == null ? "" : text));
            return "appraisal/results";
        }
        redirect.addFlashAttribute("success", text("appraisal.objection.filed"));
        return "redirect:/appraisals/results/" + campaignId + "/agencies/" + agencyId + "#leaf-" + criterionId;
    }

    @GetMapping("/appraisals/objections/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("row", objections.forReviewer(id, access.requireAppraiser(user), user.organiserId()));
        model.addAttribute("typed", Map.of());
        return "appraisal/objection";
    }

    @PostMapping("/appraisals/objections/{id}")
    String answer(@PathVariable Long id, @RequestParam(required = false) Objection.Decision decision,
                  @RequestParam(required = false) String answer,
                  @RequestParam(defaultValue = "false") boolean notApplicable,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        var reviewers = access.requireAppraiser(user);
        Objections.Row row = objections.forReviewer(id, reviewers, user.organiserId());
        try {
            objections.answer(id, reviewers, user.organiserId(), decision == null ? Objection.Decision.KEPT : decision, answer,
                    notApplicable, reason, user.username());
        } catch (AppraisalProblem | OptimisticLockingFailureException e) {
            model.addAttribute("row", objections.forReviewer(id, reviewers, user.organiserId()));
            model.addAttribute("typed", Map.of("answer", answer == null ? "" : answer,
                    "reason", reason == null ? "" : reason));
            model.addAttribute("error", e instanceof AppraisalProblem p ? text(p.key(), p.args())
                    : text("appraisal.error.stale"));
            return "appraisal/objection";
        }
        redirect.addFlashAttribute("success", text("appraisal.objection.answered", row.leaf().getCode()));
        return "redirect:/appraisals";
    }

    private void fill(Model model, Long campaignId, Long agencyId, CurrentUser user, Long failedLeaf,
                      Map<String, String> typed) {
        Objections.Results results = objections.results(campaignId, agencyId, user);
        model.addAttribute("results", results);
        model.addAttribute("mayObject", Objections.mayObject(user, agencyId));
        model.addAttribute("failedLeaf", failedLeaf);
        model.addAttribute("typed", typed);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
