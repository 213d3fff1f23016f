package vn.parindex.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * After login: the time of it (the session's lifetime counts from there), the device and address (the user's list of
 * sessions shows them), the user's own language, a clean failure count, then the page they asked for.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AppUserRepository users;
    private final SecondFactorLogin secondFactor;

    LoginSuccessHandler(AppUserRepository users, SecondFactorLogin secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
        setDefaultTargetUrl("/");
    }

    @Override
    @Transactional
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (secondFactor.askForCode(request, response, authentication)) {
            return; // not logged in before the code is right; the failure count stands until then
        }
        if (authentication.getPrincipal() instanceof CurrentUser current) {
            request.getSession().setAttribute(AccountStateFilter.LOGGED_IN_AT, Instant.now());
            UserSessions.describe(request);
            users.findById(current.id()).ifPresent(user -> {
                request.getSession().setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                        Locale.forLanguageTag(user.getLocale()));
                if (user.getFailedLogins() > 0) {
                    user.setFailedLogins(0);
                    users.save(user);
                }
            });
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
