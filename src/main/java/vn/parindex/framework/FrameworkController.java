package vn.parindex.framework;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.common.AppClock;
import vn.parindex.common.Choice;
import vn.parindex.framework.FrameworkService.NewFramework;
import vn.parindex.security.CurrentUser;

/** The organiser's frameworks: the list, one framework's versions, and creating a framework. */
@Controller
@RequestMapping("/frameworks")
@RequiredArgsConstructor
class FrameworkController {

    private final FrameworkViews views;
    private final FrameworkService service;
    private final FrameworkImportService imports;
    private final AgencyTypeRepository agencyTypes;
    private final MessageSource messages;
    private final AppClock clock;

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        FrameworkAccess.requireRead(user);
        model.addAttribute("frameworks", views.list(user.organiserId()));
        model.addAttribute("mayEdit", FrameworkAccess.mayEdit(user));
        return "framework/list";
    }

    @GetMapping("/{id}")
    String framework(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        FrameworkAccess.requireRead(user);
        model.addAttribute("framework", views.framework(user.organiserId(), id));
        model.addAttribute("mayEdit", FrameworkAccess.mayEdit(user));
        return "framework/framework";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        FrameworkAccess.requireEdit(user);
        FrameworkForm form = new FrameworkForm();
        form.setYear(clock.today().getYear());
        return form(user, form, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") FrameworkForm form,
                  BindingResult binding, @RequestParam(value = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        FrameworkAccess.requireEdit(user);
        if (binding.hasErrors()) {
            return form(user, form, model);
        }
        NewFramework command = new NewFramework(form.getAgencyTypeId(), form.getYear(), form.getName(),
                form.getCopyFromVersionId());
        FrameworkVersion created;
        try {
            created = file == null || file.isEmpty() ? service.create(user.organiserId(), command)
                    : imports.asNewFramework(user.organiserId(), command, file.getBytes());
        } catch (ExcelImportException e) {
            model.addAttribute("importErrors", resolve(e.errors()));
            model.addAttribute("error", text(e));
            return form(user, form, model);
        } catch (FrameworkException e) {
            model.addAttribute("error", text(e));
            return form(user, form, model);
        }
        redirect.addFlashAttribute("success", messages.getMessage("framework.created", null, LocaleContextHolder.getLocale()));
        return "redirect:/frameworks/versions/" + created.getId();
    }

    private String form(CurrentUser user, FrameworkForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencyTypes", Choice.of(agencyTypes.findAllByOrderBySortOrder(), AgencyType::getId,
                t -> t.name(LocaleContextHolder.getLocale())));
        model.addAttribute("sources", views.copySources(user.organiserId()));
        return "framework/new";
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    private List<String> resolve(List<? extends MessageSourceResolvable> items) {
        return items.stream().map(this::text).toList();
    }
}
