package vn.parindex.security;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here; a user with a temporary one is sent here first. */
@Controller
@RequiredArgsConstructor
class AccountController {

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final UserSessions sessions;
    private final PasswordPolicy policy;
    private final PasswordAge passwordAge;

    @GetMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    @Transactional(readOnly = true)
    String form(@AuthenticationPrincipal CurrentUser current, Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return page(current, users.findById(current.id()).orElseThrow(), model);
    }

    private String page(CurrentUser current, AppUser user, Model model) {
        model.addAttribute("mustChange", current.mustChangePassword());
        // forced by the password's age rather than by a temporary password
        model.addAttribute("expired", current.mustChangePassword() && !user.isMustChangePassword());
        model.addAttribute("maxAgeDays", passwordAge.maxAgeDays());
        model.addAttribute("minLength", user.hasSecondFactor()
                ? PasswordPolicy.MIN_LENGTH_WITH_SECOND_FACTOR : PasswordPolicy.MIN_LENGTH);
        model.addAttribute("composition", user.getOrganiser().isPasswordComposition());
        return "account/password";
    }

    @PostMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    @Transactional
    String change(@AuthenticationPrincipal CurrentUser current, @Valid @ModelAttribute("form") PasswordChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpSession session) {
        AppUser user = users.findById(current.id()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword") && !accounts.passwordMatches(user, form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "account.validation.currentWrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            PasswordPolicy.Refusal refusal = policy.check(form.getNewPassword(), user.hasSecondFactor(),
                    user.getOrganiser().isPasswordComposition(), user.getUsername(), user.getFullName()).orElse(null);
            if (refusal != null) {
                errors.rejectValue("newPassword", refusal.key(), refusal.arguments(), null);
            } else if (form.getNewPassword().equals(form.getCurrentPassword())) {
                errors.rejectValue("newPassword", "account.validation.same");
            }
        }
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.validation.mismatch");
        }
        if (errors.hasErrors()) {
            return page(current, user, model);
        }
        // the account's version changes with it: AccountStateFilter gives the session the account as it is now
        accounts.changePassword(user, form.getNewPassword());
        // whoever else was signed in with the old password is not any more (on every node); this session goes on
        sessions.endOthers(user.getUsername(), session.getId(), "password changed");
        redirect.addFlashAttribute("savedKey", "account.passwordChanged");
        return "redirect:/";
    }
}
