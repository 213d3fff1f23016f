package vn.parindex.agency;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.common.Choice;
import vn.parindex.common.Paging;

/** The agencies of the user's organiser: organiser staff and admins change them, viewers read them. */
@Controller
@RequestMapping("/agencies")
class AgencyController {

    private final AgencyAdministration administration;
    private final AgencyRepository agencies;
    private final AgencyMembers members;
    private final SpringValidatorAdapter validator;

    AgencyController(AgencyAdministration administration, AgencyRepository agencies, AgencyMembers members,
                     jakarta.validation.Validator validator) {
        this.administration = administration;
        this.agencies = agencies;
        this.members = members;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(@AuthenticationPrincipal AgencyOfficial user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, Model model, Locale locale) {
        AgencyAccess.requireRead(user);
        model.addAttribute("result", administration.search(user.organiserId(), q, type,
                Paging.from(page, size, sort, dir, AgencyAdministration.SORT)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", type);
        model.addAttribute("types", Choice.of(administration.types(), AgencyType::getId, t -> t.name(locale)));
        model.addAttribute("mayEdit", user.actsForOrganiser());
        return "agency/list";
    }

    @GetMapping("/mine")
    String mine(@AuthenticationPrincipal AgencyOfficial user, Model model) {
        model.addAttribute("agency", agencies.findById(user.agencyId()).orElseThrow(AgencyAccess::notFound));
        return "agency/mine";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal AgencyOfficial user, @PathVariable Long id, Model model) {
        AgencyAccess.requireRead(user);
        model.addAttribute("agency", administration.find(user.organiserId(), id));
        model.addAttribute("users", members.activeIn(id));
        model.addAttribute("mayEdit", user.actsForOrganiser());
        return "agency/detail";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal AgencyOfficial user, Model model) {
        AgencyAccess.requireEdit(user);
        return form(model, new AgencyForm(), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal AgencyOfficial user, @Valid @ModelAttribute("form") AgencyForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        AgencyAccess.requireEdit(user);
        checkTypeAndCode(form, errors, true);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        Agency agency;
        try {
            agency = administration.create(user.organiserId(), form);
        } catch (DataIntegrityViolationException e) {
            // someone took the code between our check and the insert
            errors.rejectValue("code", "agency.validation.codeTaken");
            return form(model, form, null);
        }
        redirect.addFlashAttribute("savedKey", "agency.saved");
        return "redirect:/agencies/" + agency.getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal AgencyOfficial user, @PathVariable Long id, Model model) {
        AgencyAccess.requireEdit(user);
        Agency agency = administration.find(user.organiserId(), id);
        return form(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal AgencyOfficial user, @PathVariable Long id,
                  @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        AgencyAccess.requireEdit(user);
        Agency agency = administration.find(user.organiserId(), id);
        // the code is fixed: whatever was posted, validate and keep the stored one
        form.setCode(agency.getCode());
        validator.validate(form, errors);
        checkTypeAndCode(form, errors, false);
        if (errors.hasErrors()) {
            return form(model, form, agency);
        }
        try {
            administration.update(user.organiserId(), id, form);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errorKey", "error.conflict");
            return form(model, form, agency);
        } catch (AgencyAdministration.StandingAgencyException e) {
            errors.rejectValue("active", "agency.deactivate.standing");
            return form(model, form, agency);
        }
        redirect.addFlashAttribute("savedKey", "agency.saved");
        return "redirect:/agencies/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal AgencyOfficial user, @PathVariable Long id, RedirectAttributes redirect) {
        return setActive(user, id, false, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal AgencyOfficial user, @PathVariable Long id, RedirectAttributes redirect) {
        return setActive(user, id, true, redirect);
    }

    private String setActive(AgencyOfficial user, Long id, boolean active, RedirectAttributes redirect) {
        AgencyAccess.requireEdit(user);
        try {
            administration.setActive(user.organiserId(), id, active);
            redirect.addFlashAttribute("savedKey", active ? "agency.reactivated" : "agency.deactivated");
        } catch (AgencyAdministration.StandingAgencyException e) {
            redirect.addFlashAttribute("errorKey", "agency.deactivate.standing");
        }
        return "redirect:/agencies/" + id;
    }

    private void checkTypeAndCode(AgencyForm form, BindingResult errors, boolean creating) {
        if (form.getTypeId() != null && !administration.typeExists(form.getTypeId())) {
            errors.rejectValue("typeId", "agency.validation.typeRequired");
        }
        if (creating && !errors.hasFieldErrors("code") && administration.codeTaken(form.getCode())) {
            errors.rejectValue("code", "agency.validation.codeTaken");
        }
    }

    private String form(Model model, AgencyForm form, Agency agency) {
        model.addAttribute("form", form);
        model.addAttribute("agency", agency);
        model.addAttribute("types", Choice.of(administration.types(), AgencyType::getId,
                t -> t.name(LocaleContextHolder.getLocale())));
        return "agency/form";
    }
}
