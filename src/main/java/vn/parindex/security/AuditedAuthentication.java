package vn.parindex.security;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins with the form, refused logins (also HTTP Basic ones on the engine REST API) and logouts go to the audit
 * log. A successful HTTP Basic call is not a login: the engine REST API authenticates every request.
 */
@Component
@RequiredArgsConstructor
class AuditedAuthentication {

    private final AuditLog audit;
    private final SecondFactorLogin secondFactor;

    /** A right password followed by a code step is no login yet: the line is written when the code is right. */
    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (secondFactor.afterPassword(event.getAuthentication()) == SecondFactorLogin.AfterPassword.CODE) {
            return;
        }
        audit.recordFor(AuditKind.LOGIN, event.getAuthentication().getName(), secondFactor.how(event.getAuthentication()),
                address(event.getAuthentication()));
    }

    /** Before {@link LoginThrottle}: the failure is logged before the lockout it may cause. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        audit.recordFor(AuditKind.LOGIN_FAILED, event.getAuthentication().getName(), reason(event),
                address(event.getAuthentication()));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.recordFor(AuditKind.LOGOUT, event.getAuthentication().getName(), null, address(event.getAuthentication()));
    }

    private static String address(org.springframework.security.core.Authentication authentication) {
        return authentication.getDetails()
                instanceof org.springframework.security.web.authentication.WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "bad credentials";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "account locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account deactivated";
        }
        return event.getException().getClass().getSimpleName();
    }
}
