package vn.parindex.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;

/** An administrator resets a user's second factor, and sets whether the organiser requires it of every role. */
@Controller
@RequiredArgsConstructor
class TwoFactorAdminController {

    static final String SETTINGS_PATH = "/settings/two-factor";

    private final SecondFactors secondFactors;
    private final OrganiserRepository organisers;
    private final TwoFactorSettings settings;
    private final AuditLog audit;

    @PostMapping("/users/{id}/two-factor/reset")
    String reset(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, RedirectAttributes redirect) {
        secondFactors.reset(actor, id);
        redirect.addFlashAttribute("savedKey", "twofactor.reset.done");
        return "redirect:/users/" + id;
    }

    @GetMapping(SETTINGS_PATH)
    String settings(@AuthenticationPrincipal CurrentUser actor, Model model) {
        Organiser organiser = organiser(actor);
        model.addAttribute("forAllRoles", organiser.isTwoFactorForAllRoles());
        model.addAttribute("requiredRoles", settings.getRequiredRoles());
        model.addAttribute("rememberDays", settings.getRememberDeviceDays());
        return "account/two-factor-settings";
    }

    @PostMapping(SETTINGS_PATH)
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser actor, @RequestParam(defaultValue = "false") boolean forAllRoles,
                RedirectAttributes redirect) {
        Organiser organiser = organiser(actor);
        if (organiser.isTwoFactorForAllRoles() != forAllRoles) {
            organiser.setTwoFactorForAllRoles(forAllRoles);
            organisers.save(organiser);
            audit.record(AuditKind.MFA_POLICY, forAllRoles ? "second factor required of every role"
                    : "second factor required of the installation's roles only");
        }
        redirect.addFlashAttribute("savedKey", "twofactor.settings.saved");
        return "redirect:" + SETTINGS_PATH;
    }

    private Organiser organiser(CurrentUser actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("two-factor settings");
        }
        return organisers.findById(actor.organiserId()).orElseThrow();
    }
}
