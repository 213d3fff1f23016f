package vn.parindex.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.common.Downloads;
import vn.parindex.assessment.evidence.EvidenceReferences;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.tasklist.KeptForm;
import vn.parindex.workflow.TaskNotOpenException;

/** The self-assessment scorecard of one agency in one campaign: show, save a leaf (htmx), send to the head. */
@Controller
@RequiredArgsConstructor
class ScorecardController {

    private static final String PAGE = "/assessments/{campaignId}/agencies/{agencyId}";

    private final ScorecardService service;
    private final SelfAssessmentReport report;
    private final MessageSource messages;
    private final EvidenceReferences evidenceReferences;

    @GetMapping(PAGE + "/report.pdf")
    @Export("self-assessment report (PDF)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                               @PathVariable Long agencyId, Locale locale) {
        Scorecard sc = service.view(user, campaignId, agencyId);
        return Downloads.attachment(report.pdf(sc, locale), MediaType.APPLICATION_PDF, "tu-danh-gia-" + agencyId + ".pdf");
    }

    @GetMapping(PAGE + "/report.xlsx")
    @Export("self-assessment report (Excel)")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                                @PathVariable Long agencyId, Locale locale) {
        Scorecard sc = service.view(user, campaignId, agencyId);
        return Downloads.xlsx(report.xlsx(sc, locale), "tu-danh-gia-" + agencyId + ".xlsx");
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                HttpSession session, Locale locale, Model model) {
        Scorecard sc = service.view(user, campaignId, agencyId);
        Map<String, String> kept = KeptForm.take(session, "/assessments/" + campaignId + "/agencies/" + agencyId);
        if (kept != null) {
            sc = restore(sc, kept, locale, model);
        }
        model.addAttribute("sc", sc);
        addEvidenceChoices(user, sc, model);
        return "assessment/scorecard";
    }

    /** What each leaf's evidence forms offer, read once for the page (only where the officer may still upload). */
    private void addEvidenceChoices(CurrentUser user, Scorecard sc, Model model) {
        if (sc.mayUpload() && "SELF_ASSESSMENT".equals(sc.uploadPurpose())) {
            model.addAttribute("evidenceChoices", evidenceReferences.choicesOf(user, sc.campaignId(), sc.agencyId()));
        }
    }

    /**
     * Puts back what the user typed into one leaf when the session expired (kept by {@link KeptForm}): shown in
     * the leaf's form, not saved, with a notice; if the scorecard has closed meanwhile, the notice repeats it.
     */
    private Scorecard restore(Scorecard sc, Map<String, String> kept, Locale locale, Model model) {
        Scorecard.Row row = sc.rows().stream()
                .filter(r -> r.leaf() != null && r.criterion().getId().toString().equals(kept.get(KeptForm.LEAF_ID)))
                .findFirst().orElse(null);
        if (row == null) {
            return sc;
        }
        String code = row.criterion().getCode();
        if (!sc.editable()) {
            String typed = Stream.of(kept.get("answer"), kept.get("note"), kept.get("explanation"))
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" · "));
            model.addAttribute("error", messages.getMessage("scorecard.restore.closed", new Object[]{code, typed}, locale));
            return sc;
        }
        LeafInput typed = new LeafInput(kept.get("answer"), "true".equals(kept.get("na")), kept.get("naReason"),
                kept.get("note"), kept.get("explanation"), version(kept.get("version")), kept.get("changeReason"));
        model.addAttribute("restoredLeaf", row.criterion().getId());
        model.addAttribute("restoredReason", typed.changeReason());
        model.addAttribute("restoredNotice", messages.getMessage("scorecard.restore.notice", new Object[]{code}, locale));
        return sc.replace(new Scorecard.Row(row.criterion(), row.depth(), row.total(), row.leaf().withTyped(typed, null)));
    }

    private static Long version(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping(PAGE + "/criteria/{criterionId}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                @PathVariable Long criterionId, @RequestParam(required = false) String answer,
                @RequestParam(defaultValue = "false") boolean na, @RequestParam(required = false) String naReason,
                @RequestParam(required = false) String note, @RequestParam(required = false) String explanation,
                @RequestParam(required = false) Long version, @RequestParam(required = false) String changeReason,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Locale locale, Model model,
                RedirectAttributes redirect) {
        LeafInput input = new LeafInput(answer, na, naReason, note, explanation, version, changeReason);
        String error;
        boolean stale = false;
        try {
            String saved = messages.getMessage("scorecard.saved", null, locale);
            if (htmx == null) {
                service.save(user, campaignId, agencyId, criterionId, input);
                redirect.addFlashAttribute("success", saved);
                return "redirect:/assessments/" + campaignId + "/agencies/" + agencyId + "#leaf-" + criterionId;
            }
            return leafUpdate(service.saveAndShow(user, campaignId, agencyId, criterionId, input)
                    .replaceLeaf(criterionId, leaf -> leaf.withNotice(null, saved)), criterionId, model);
        } catch (ScoreRejectedException e) {
            stale = e.stale();
            error = stale ? staleMessage(input, locale) : messages.getMessage(e.key(), e.args(), locale);
        } catch (ObjectOptimisticLockingFailureException e) {
            stale = true;
            error = staleMessage(input, locale);
        }
        // someone else's save: their values, with what this user typed in the message; else what was typed
        String message = error;
        boolean theirs = stale;
        Scorecard sc = (htmx == null ? service.view(user, campaignId, agencyId)
                : service.leafView(user, campaignId, agencyId, criterionId))
                .replaceLeaf(criterionId, leaf -> theirs ? leaf.withNotice(message, null) : leaf.withTyped(input, message));
        if (htmx != null) {
            return leafUpdate(sc, criterionId, model);
        }
        model.addAttribute("sc", sc);
        model.addAttribute("error", message);
        addEvidenceChoices(user, sc, model);
        return "assessment/scorecard";
    }

    private String staleMessage(LeafInput typed, Locale locale) {
        String what = Stream.of(typed.na() ? messages.getMessage("scorecard.na", null, locale) : typed.answer(),
                        typed.naReason(), typed.note(), typed.explanation())
                .filter(t -> t != null && !t.isBlank()).map(String::strip).collect(Collectors.joining(" · "));
        return messages.getMessage("scorecard.error.stale", new Object[]{what.isEmpty() ? "—" : what}, locale);
    }

    @PostMapping(PAGE + "/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                  @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        try {
            service.submit(user, campaignId, agencyId, comment);
            redirect.addFlashAttribute("success", messages.getMessage("scorecard.submitted", null, locale));
        } catch (SubmissionIncompleteException e) {
            List<String> missing = e.missing().stream().map(m -> m.code() + ": "
                    + messages.getMessage(m.key(), null, locale)).toList();
            redirect.addFlashAttribute("error", messages.getMessage("scorecard.incomplete", null, locale));
            redirect.addFlashAttribute("errors", missing);
        } catch (ScoreRejectedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), locale));
        } catch (TaskNotOpenException e) {
            redirect.addFlashAttribute("error", messages.getMessage("scorecard.error.closed", null, locale));
        }
        return "redirect:/assessments/" + campaignId + "/agencies/" + agencyId;
    }

    private static String leafUpdate(Scorecard sc, Long criterionId, Model model) {
        model.addAttribute("sc", sc);
        model.addAttribute("row", sc.row(criterionId));
        return "assessment/scorecard :: leafUpdate";
    }
}
