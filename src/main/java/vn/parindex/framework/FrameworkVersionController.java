package vn.parindex.framework;

import java.nio.charset.StandardCharsets;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;

/** One version: its tree, export, publishing and revising it as a new version. */
@Controller
@RequestMapping("/frameworks/versions/{versionId}")
@RequiredArgsConstructor
class FrameworkVersionController {

    private final FrameworkViews views;
    private final FrameworkService service;
    private final MessageSource messages;

    @GetMapping
    String tree(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId, Model model) {
        FrameworkAccess.requireRead(user);
        return page(user, versionId, model);
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId, Model model,
                   RedirectAttributes redirect) {
        FrameworkAccess.requireEdit(user);
        try {
            service.publish(user.organiserId(), versionId, user.username());
        } catch (InvalidFrameworkException e) {
            model.addAttribute("publishProblems", e.problems().stream()
                    .map(p -> messages.getMessage(p, LocaleContextHolder.getLocale())).toList());
            model.addAttribute("publishRefused", messages.getMessage("framework.publish.refused", new Object[] {e.problems().size()},
                    LocaleContextHolder.getLocale()));
            return page(user, versionId, model);
        }
        redirect.addFlashAttribute("success", text("framework.published"));
        return "redirect:/frameworks/versions/" + versionId;
    }

    @PostMapping("/new-version")
    String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId,
                      RedirectAttributes redirect) {
        FrameworkAccess.requireEdit(user);
        FrameworkVersion draft = service.newVersion(user.organiserId(), versionId);
        redirect.addFlashAttribute("success", text("framework.versionCreated"));
        return "redirect:/frameworks/versions/" + draft.getId();
    }

    @GetMapping("/export")
    @Export("criteria framework (Excel)")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId) {
        FrameworkAccess.requireRead(user);
        FrameworkViews.ExportedFile file = views.export(user.organiserId(), versionId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FrameworkExcel.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    private String page(CurrentUser user, Long versionId, Model model) {
        FrameworkViews.TreeView tree = views.tree(user.organiserId(), versionId);
        model.addAttribute("tree", tree);
        model.addAttribute("draftProblems", tree.problems().stream()
                .map(p -> messages.getMessage(p, LocaleContextHolder.getLocale())).toList());
        model.addAttribute("mayEdit", FrameworkAccess.mayEdit(user));
        return "framework/version";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
