package vn.parindex.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The code page between the right password and the logged-in session (see {@link SecondFactorLogin}). */
@Controller
@RequiredArgsConstructor
class TwoFactorLoginController {

    private final SecondFactorLogin login;
    private final SecondFactorCheck check;
    private final RememberedDevices devices;
    private final TwoFactorSettings settings;
    private final LoginSuccessHandler loginSuccess;

    @GetMapping(SecondFactorLogin.CODE_PATH)
    String form(HttpServletRequest request, Model model) {
        PendingLogin pending = SecondFactorLogin.pending(request);
        if (pending == null || pending.expired()) {
            SecondFactorLogin.cancel(request);
            return "redirect:/login" + (pending == null ? "" : "?expired");
        }
        return page(model, null);
    }

    @PostMapping(SecondFactorLogin.CODE_PATH)
    String verify(@RequestParam(required = false) String code, @RequestParam(defaultValue = "false") boolean remember,
                  HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException, ServletException {
        PendingLogin pending = SecondFactorLogin.pending(request);
        if (pending == null || pending.expired()) {
            SecondFactorLogin.cancel(request);
            return "redirect:/login" + (pending == null ? "" : "?expired");
        }
        SecondFactorCheck.Outcome outcome = check.atLogin(pending.userId(), code);
        if (outcome == SecondFactorCheck.Outcome.LOCKED) {
            SecondFactorLogin.cancel(request);
            model.addAttribute("locked", true);
            return page(model, outcome);
        }
        if (!outcome.accepted()) {
            return page(model, outcome);
        }
        Authentication authentication = login.complete(pending, outcome == SecondFactorCheck.Outcome.CODE_ACCEPTED
                ? "second factor: authenticator code" : "second factor: recovery code", request, response);
        if (remember) {
            devices.remember(pending.userId(), request, response);
        }
        loginSuccess.onAuthenticationSuccess(request, response, authentication);
        return null;
    }

    private String page(Model model, SecondFactorCheck.Outcome refused) {
        model.addAttribute("refused", refused);
        model.addAttribute("rememberDays", settings.getRememberDeviceDays());
        return "login-two-factor";
    }
}
