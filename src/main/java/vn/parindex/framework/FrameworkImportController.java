package vn.parindex.framework;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.security.CurrentUser;

/**
 * Uploading an Excel file: into a draft (replacing its tree) or as a new version of a framework. A refused
 * file is listed error by error (row, column, reason) on the same page; nothing is written.
 */
@Controller
@RequestMapping("/frameworks")
@RequiredArgsConstructor
class FrameworkImportController {

    private final FrameworkImportService imports;
    private final FrameworkViews views;
    private final FrameworkExcel excel;
    private final MessageSource messages;

    @GetMapping("/versions/{versionId}/import")
    String draftForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId, Model model) {
        FrameworkAccess.requireEdit(user);
        views.requireDraft(user.organiserId(), versionId);
        return page(user, versionId, null, model);
    }

    @PostMapping("/versions/{versionId}/import")
    String intoDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable Long versionId,
                     @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                     RedirectAttributes redirect) throws IOException {
        FrameworkAccess.requireEdit(user);
        try {
            imports.intoDraft(user.organiserId(), versionId, bytes(file));
        } catch (ExcelImportException e) {
            return refused(e, page(user, versionId, null, model), model);
        }
        redirect.addFlashAttribute("success", text("framework.import.done"));
        return "redirect:/frameworks/versions/" + versionId;
    }

    @GetMapping("/{frameworkId}/import")
    String versionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long frameworkId, Model model) {
        FrameworkAccess.requireEdit(user);
        return page(user, null, frameworkId, model);
    }

    @PostMapping("/{frameworkId}/import")
    String asNewVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long frameworkId,
                        @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                        RedirectAttributes redirect) throws IOException {
        FrameworkAccess.requireEdit(user);
        FrameworkVersion draft;
        try {
            draft = imports.asNewVersion(user.organiserId(), frameworkId, bytes(file));
        } catch (ExcelImportException e) {
            return refused(e, page(user, null, frameworkId, model), model);
        }
        redirect.addFlashAttribute("success", text("framework.import.done"));
        return "redirect:/frameworks/versions/" + draft.getId();
    }

    private String page(CurrentUser user, Long versionId, Long frameworkId, Model model) {
        if (versionId != null) {
            FrameworkViews.TreeView tree = views.tree(user.organiserId(), versionId);
            model.addAttribute("framework", tree.framework());
            model.addAttribute("version", tree.version());
        } else {
            model.addAttribute("framework", views.framework(user.organiserId(), frameworkId));
        }
        model.addAttribute("maxMegabytes", excel.maxBytes() / (1024 * 1024));
        return "framework/import";
    }

    private String refused(ExcelImportException e, String view, Model model) {
        model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        model.addAttribute("importErrors", e.errors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale())).toList());
        return view;
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? new byte[0] : file.getBytes();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
