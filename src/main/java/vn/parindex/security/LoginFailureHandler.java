package vn.parindex.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a refused login form goes: {@code /login?error}, one message for a wrong password, an unknown user, a locked
 * or a deactivated account, so the page never tells whether an account exists. A locked or disabled account is
 * refused before its password is checked: the password is checked here, so those answers take as long as a wrong
 * password does, and only someone who gave the right password learns that the account was disabled for being
 * unused ({@code /login?dormant}).
 */
@Component
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = "/login?error";
        if (exception instanceof DisabledException || exception instanceof LockedException) {
            String username = request.getParameter("username");
            String password = request.getParameter("password");
            AppUser user = username == null ? null : users.findByUsername(username.trim()).orElse(null);
            boolean rightPassword = user != null && password != null
                    && passwordEncoder.matches(password, user.getPasswordHash());
            if (rightPassword && exception instanceof DisabledException && user.getDormantSince() != null) {
                target = "/login?dormant";
            }
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
