package vn.parindex.assessment.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.security.CurrentUser;

/** A leaf's evidence as a document reference, a piece of the scorecard attached again, or last year's reused. */
@Controller
@RequiredArgsConstructor
class EvidenceReferenceController {

    private static final String LEAF = "/assessments/{campaignId}/agencies/{agencyId}/criteria/{criterionId}";

    private final EvidenceReferences references;
    private final MessageSource messages;

    @PostMapping(LEAF + "/references")
    String reference(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                     @PathVariable Long agencyId, @PathVariable Long criterionId,
                     @RequestParam(required = false) String number, @RequestParam(required = false) String issuedOn,
                     @RequestParam(required = false) String issuer, @RequestParam(required = false) String summary,
                     @RequestParam(required = false) String link, Locale locale, RedirectAttributes redirect) {
        AssessmentAccess.requireEditorRole(user);
        try {
            EvidenceFile saved = references.addReference(user, campaignId, agencyId, criterionId,
                    new DocumentReference(number, date(issuedOn), issuer, summary, link));
            redirect.addFlashAttribute("success", text("evidence.referenced", locale, saved.getOriginalName()));
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("error", text(e.key(), locale, e.args()));
            redirect.addFlashAttribute("typedReference", new DocumentReference(number, null, issuer, summary, link));
            redirect.addFlashAttribute("typedReferenceLeaf", criterionId);
        }
        return back(campaignId, agencyId, criterionId);
    }

    @PostMapping(LEAF + "/attach")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                  @PathVariable Long criterionId, @RequestParam(required = false) Long evidenceId, Locale locale,
                  RedirectAttributes redirect) {
        AssessmentAccess.requireEditorRole(user);
        try {
            EvidenceFile saved = references.attach(user, campaignId, agencyId, evidenceId, criterionId);
            redirect.addFlashAttribute("success", text("evidence.attached", locale, saved.getOriginalName()));
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("error", text(e.key(), locale, e.args()));
        }
        return back(campaignId, agencyId, criterionId);
    }

    @PostMapping(LEAF + "/reuse")
    String reuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                 @PathVariable Long criterionId, @RequestParam(required = false) Long evidenceId, Locale locale,
                 RedirectAttributes redirect) {
        AssessmentAccess.requireEditorRole(user);
        try {
            EvidenceFile saved = references.reuse(user, campaignId, agencyId, criterionId, evidenceId);
            redirect.addFlashAttribute("success", text("evidence.reused", locale, saved.getOriginalName()));
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("error", text(e.key(), locale, e.args()));
        }
        return back(campaignId, agencyId, criterionId);
    }

    /** A date as the date input sends it (yyyy-MM-dd); null when missing, refused with the field when garbled. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new EvidenceRejectedException("evidence.error.refDateFormat", "Not a date", text.strip());
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String back(Long campaignId, Long agencyId, Long criterionId) {
        return "redirect:/assessments/" + campaignId + "/agencies/" + agencyId + "#leaf-" + criterionId;
    }
}
