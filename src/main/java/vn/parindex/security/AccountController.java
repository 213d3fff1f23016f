package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
class AccountController {

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final UserDetailsService userDetailsService;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    AccountController(AppUserRepository users, UserAccounts accounts, UserDetailsService userDetailsService) {
        this.users = users;
        this.accounts = accounts;
        this.userDetailsService = userDetailsService;
    }

    @GetMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    String form(@AuthenticationPrincipal CurrentUser current, Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        model.addAttribute("mustChange", current.mustChangePassword());
        return "account/password";
    }

    @PostMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    @Transactional
    String change(@AuthenticationPrincipal CurrentUser current, @Valid @ModelAttribute("form") PasswordChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        AppUser user = users.findById(current.id()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword") && !accounts.passwordMatches(user, form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "account.validation.currentWrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            if (!PasswordPolicy.acceptable(form.getNewPassword())) {
                errors.rejectValue("newPassword", "account.validation.policy",
                        new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null);
            } else if (form.getNewPassword().equals(form.getCurrentPassword())) {
                errors.rejectValue("newPassword", "account.validation.same");
            }
        }
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.validation.mismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("mustChange", current.mustChangePassword());
            return "account/password";
        }
        accounts.changePassword(user, form.getNewPassword());
        refreshPrincipal(current, request, response);
        redirect.addFlashAttribute("savedKey", "account.passwordChanged");
        return "redirect:/";
    }

    /** The session's principal still says "must change password": give it the account as it is now. */
    private void refreshPrincipal(CurrentUser current, HttpServletRequest request, HttpServletResponse response) {
        var details = userDetailsService.loadUserByUsername(current.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
