package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a request that needs a login to the login page. One that came with the cookie of a session that no longer
 * exists (left idle too long, ended by the user, an administrator or a password change, on whichever node) is told
 * that its session has ended, instead of meeting a bare login form.
 */
class SessionEndedEntryPoint extends LoginUrlAuthenticationEntryPoint {

    static final String LOGIN = "/login";

    SessionEndedEntryPoint() {
        super(LOGIN);
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationException exception) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                ? LOGIN + "?expired" : LOGIN;
    }
}
