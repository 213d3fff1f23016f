package vn.parindex.assessment.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;

/** Upload, download, preview and removal of evidence files. */
@Controller
@RequiredArgsConstructor
class EvidenceController {

    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%#?=&-]*");

    private final EvidenceService service;
    private final MessageSource messages;

    /**
     * Attaches a file to a leaf. From htmx it answers with the leaf's file list (and the problem, if any);
     * from a plain form it goes back to {@code back} (a path of this site) or the scorecard.
     */
    @PostMapping("/assessments/{campaignId}/agencies/{agencyId}/criteria/{criterionId}/evidence")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                  @PathVariable Long criterionId, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "SELF_ASSESSMENT") EvidencePurpose purpose,
                  @RequestParam(required = false) String back,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        String message;
        String error = null;
        try {
            EvidenceFile saved = service.upload(user, campaignId, agencyId, criterionId, file.getOriginalFilename(),
                    file.getBytes(), purpose);
            message = messages.getMessage("evidence.uploaded", new Object[]{saved.getOriginalName()}, locale);
        } catch (EvidenceRejectedException e) {
            message = null;
            error = messages.getMessage(e.key(), e.args(), locale);
        }
        if (htmx != null) {
            return list(user, campaignId, agencyId, criterionId, purpose, message, error, model);
        }
        redirect.addFlashAttribute(error == null ? "success" : "error", error == null ? message : error);
        return "redirect:" + backTo(back, campaignId, agencyId, criterionId);
    }

    @PostMapping("/evidence/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Locale locale, Model model, RedirectAttributes redirect) {
        EvidenceFile file;
        String error = null;
        String message = null;
        try {
            file = service.remove(user, id, reason);
            message = messages.getMessage("evidence.removed", new Object[]{file.getOriginalName()}, locale);
        } catch (EvidenceRejectedException e) {
            error = messages.getMessage(e.key(), e.args(), locale);
            file = service.find(user, id);
        }
        if (htmx != null) {
            return list(user, file.getCampaignId(), file.getAgencyId(), file.getCriterionId(), file.getPurpose(), message,
                    error, model);
        }
        redirect.addFlashAttribute(error == null ? "success" : "error", error == null ? message : error);
        return "redirect:" + backTo(back, file.getCampaignId(), file.getAgencyId(), file.getCriterionId());
    }

    @GetMapping("/evidence/{id}")
    @Export("evidence file")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return send(service.download(user, id, false), ContentDisposition.attachment());
    }

    @GetMapping("/evidence/{id}/preview")
    @Export("evidence file (preview)")
    ResponseEntity<Resource> preview(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return send(service.download(user, id, true), ContentDisposition.inline());
    }

    private String list(CurrentUser user, Long campaignId, Long agencyId, Long criterionId, EvidencePurpose purpose,
                        String message, String error, Model model) {
        model.addAttribute("uploadPurpose", purpose.name());
        model.addAttribute("files", service.ofLeaf(campaignId, agencyId, criterionId));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("criterionId", criterionId);
        model.addAttribute("editable", true);
        model.addAttribute("overseer", service.overseer(user, campaignId, agencyId));
        model.addAttribute("evidenceMessage", message);
        model.addAttribute("evidenceError", error);
        return "assessment/evidence :: files";
    }

    private static ResponseEntity<Resource> send(EvidenceService.Download file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new FileSystemResource(file.path()));
    }

    /** Only a plain path of this site: no "//host", no backslash or control character a browser would bend. */
    private static String backTo(String back, Long campaignId, Long agencyId, Long criterionId) {
        if (back != null && SAME_SITE_PATH.matcher(back).matches()) {
            return back;
        }
        return "/assessments/" + campaignId + "/agencies/" + agencyId + "#leaf-" + criterionId;
    }
}
