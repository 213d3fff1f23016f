package vn.parindex.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.Agency;
import vn.parindex.common.AppClock;
import vn.parindex.common.Choice;
import vn.parindex.common.Paging;
import vn.parindex.common.VietnamTime;

/** The accounts of the user's organiser, for organiser staff and admins. */
@Controller
@RequestMapping("/users")
class UserController {

    private final UserAdministration administration;
    private final AppClock clock;
    private final DormantAccounts dormant;
    private final MessageSource messages;
    private final LevelWording wording;

    UserController(UserAdministration administration, AppClock clock, DormantAccounts dormant, MessageSource messages,
                   LevelWording wording) {
        this.administration = administration;
        this.clock = clock;
        this.dormant = dormant;
        this.messages = messages;
        this.wording = wording;
    }

    /** An account the nightly job disables soon unless it is used. */
    /** The card of accounts about to be disabled shows the soonest ones; the list sorted by last use has them all. */
    static final int SOON_DORMANT_SHOWN = 20;

    record SoonDormant(Long id, String username, String fullName, String agency, String lastUsed, String disabledOn) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String role, @RequestParam(required = false) String state,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                Locale locale, Model model) {
        model.addAttribute("result", administration.search(actor, q, role, state,
                Paging.from(page, size, sort, dir, UserAdministration.SORT)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", role);
        model.addAttribute("state", state);
        model.addAttribute("roles", Choice.of(Arrays.asList(Role.values()), Role::name,
                r -> messages.getMessage(wording.key("role." + r), null, locale)));
        model.addAttribute("states", AccountStatusFilter.values());
        DormantAccounts.SoonDisabled soon = dormant.aboutToBeDisabled(actor.organiserId(), SOON_DORMANT_SHOWN);
        model.addAttribute("soonDormant", soon.first().stream()
                .map(u -> new SoonDormant(u.getId(), u.getUsername(), u.getFullName(), u.getAgency().getName(),
                        format(u.getLastUsedAt()), format(dormant.disablesAt(u)))).toList());
        model.addAttribute("soonDormantTotal", soon.total());
        model.addAttribute("dormantDays", dormant.days());
        model.addAttribute("mayChangeRule", actor.has(Role.ADMIN));
        model.addAttribute("composition", administration.passwordComposition(actor));
        return "user/list";
    }

    /** The province's password rule: letters and digits in every new password, or not (admins only). */
    @PostMapping("/password-rule")
    String passwordRule(@AuthenticationPrincipal CurrentUser actor,
                        @RequestParam(defaultValue = "false") boolean composition, RedirectAttributes redirect) {
        administration.setPasswordComposition(actor, composition);
        redirect.addFlashAttribute("savedKey", "user.passwordRule.saved");
        return "redirect:/users";
    }

    private static String format(Instant instant) {
        return instant == null ? "—" : VietnamTime.DATE_TIME.format(instant.atZone(VietnamTime.ZONE));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, Model model) {
        AppUser user = administration.find(actor, id);
        model.addAttribute("account", user);
        model.addAttribute("mayChange", !user.hasRole(Role.ADMIN) || actor.has(Role.ADMIN));
        model.addAttribute("self", user.getId().equals(actor.id()));
        model.addAttribute("openSessions", administration.openSessions(user));
        Instant lockedUntil = user.getLockedUntil();
        model.addAttribute("lockedUntil", lockedUntil != null && lockedUntil.isAfter(clock.instant())
                ? VietnamTime.DATE_TIME.format(lockedUntil.atZone(VietnamTime.ZONE)) : null);
        model.addAttribute("lastUsed", format(user.getLastUsedAt()));
        model.addAttribute("dormantSince", user.getDormantSince() == null ? null : format(user.getDormantSince()));
        model.addAttribute("disablesAt", dormant.disablesAt(user) == null ? null : format(dormant.disablesAt(user)));
        return "user/detail";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser actor, Model model) {
        UserAdministration.requireAdministrator(actor);
        return form(actor, model, new UserForm(), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") UserForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAdministration.requireAdministrator(actor);
        reject(errors, administration.check(actor, form, null));
        if (errors.hasErrors()) {
            return form(actor, model, form, null);
        }
        UserAdministration.Created created;
        try {
            created = administration.create(actor, form);
        } catch (UserAdministration.InvalidUserException e) {
            reject(errors, List.of(e.problem()));
            return form(actor, model, form, null);
        } catch (DataIntegrityViolationException | IllegalArgumentException e) {
            // someone took the user name between our check and the insert
            errors.rejectValue("username", "user.validation.usernameTaken");
            return form(actor, model, form, null);
        }
        redirect.addFlashAttribute("savedKey", "user.created");
        redirect.addFlashAttribute("generatedPassword", created.password());
        return "redirect:/users/" + created.user().getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, Model model) {
        AppUser user = administration.find(actor, id);
        UserAdministration.requireMayChange(actor, user);
        return form(actor, model, UserForm.of(user), user);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id,
                  @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        AppUser user = administration.find(actor, id);
        UserAdministration.requireMayChange(actor, user);
        // the user name is fixed: it is the engine's user id and the login
        form.setUsername(user.getUsername());
        reject(errors, administration.check(actor, form, user));
        if (errors.hasErrors()) {
            return form(actor, model, form, user);
        }
        try {
            administration.update(actor, id, form);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errorKey", "error.conflict");
            return form(actor, model, form, user);
        } catch (UserAdministration.InvalidUserException e) {
            reject(errors, List.of(e.problem()));
            return form(actor, model, form, user);
        }
        redirect.addFlashAttribute("savedKey", "user.saved");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            administration.setActive(actor, id, false);
            redirect.addFlashAttribute("savedKey", "user.deactivated");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errorKey", e.getMessage());
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, RedirectAttributes redirect) {
        administration.setActive(actor, id, true);
        redirect.addFlashAttribute("savedKey", "user.reactivated");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/end-sessions")
    String endSessions(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, RedirectAttributes redirect) {
        administration.endSessions(actor, id);
        redirect.addFlashAttribute("savedKey", "user.sessionsEnded");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal CurrentUser actor, @PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("generatedPassword", administration.resetPassword(actor, id));
        redirect.addFlashAttribute("savedKey", "user.passwordReset");
        return "redirect:/users/" + id;
    }

    private static void reject(BindingResult errors, List<UserAdministration.FieldProblem> problems) {
        for (UserAdministration.FieldProblem problem : problems) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.key(), problem.args(), null);
            }
        }
    }

    private String form(CurrentUser actor, Model model, UserForm form, AppUser user) {
        model.addAttribute("form", form);
        model.addAttribute("account", user);
        model.addAttribute("agencies", Choice.of(administration.assignableAgencies(actor, user == null ? null : user.getAgency().getId()),
                Agency::getId, a -> a.getCode() + " – " + a.getName()));
        model.addAttribute("roles", grantableRoles(actor));
        return "user/form";
    }

    /** The roles offered as checkboxes: only an admin sees (and may grant) ADMIN. */
    static List<Role> grantableRoles(CurrentUser actor) {
        return Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN || actor.has(Role.ADMIN)).toList();
    }
}
