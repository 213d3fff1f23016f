package vn.parindex.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second step of a login. After the right password, an account with a second factor is not logged in: unless
 * its browser is remembered, the session only holds a {@link PendingLogin} and the user is asked for a code
 * ({@code /login/two-factor}); the right code logs the session in.
 */
@Component
class SecondFactorLogin {

    static final String CODE_PATH = "/login/two-factor";
    /** This request's answer to "does a code step follow the password?", asked by the audit and the login. */
    private static final String DECISION = SecondFactorLogin.class.getName() + ".decision";

    enum AfterPassword { NONE, CODE, REMEMBERED_DEVICE }

    private final AppUserRepository users;
    private final RememberedDevices devices;
    private final UserDetailsService details;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SecondFactorLogin(AppUserRepository users, RememberedDevices devices, UserDetailsService details,
                      ApplicationEventPublisher events) {
        this.users = users;
        this.devices = devices;
        this.details = details;
        this.events = events;
    }

    /** What follows a right password for this authentication (a login that passed both steps: nothing). */
    AfterPassword afterPassword(Authentication authentication) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? afterPassword(authentication, attributes.getRequest()) : AfterPassword.NONE;
    }

    private AfterPassword afterPassword(Authentication authentication, HttpServletRequest request) {
        if (authentication instanceof SecondFactorAuthentication
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return AfterPassword.NONE;
        }
        if (request.getAttribute(DECISION) instanceof AfterPassword decided) {
            return decided;
        }
        boolean hasFactor = users.findById(user.id()).map(AppUser::hasSecondFactor).orElse(false);
        AfterPassword decision = !hasFactor ? AfterPassword.NONE
                : devices.remembers(request, user.id()) ? AfterPassword.REMEMBERED_DEVICE : AfterPassword.CODE;
        request.setAttribute(DECISION, decision);
        return decision;
    }

    /** How a login's second step passed, for the audit log's LOGIN line; null without one. */
    String how(Authentication authentication) {
        if (authentication instanceof SecondFactorAuthentication done) {
            return done.how();
        }
        return afterPassword(authentication) == AfterPassword.REMEMBERED_DEVICE
                ? "second factor: remembered device" : null;
    }

    /**
     * Right after the password: when a code must follow, logs the session out again, keeps who is logging in and
     * sends the browser to the code page. True when it did so.
     */
    boolean askForCode(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        if (afterPassword(authentication, request) != AfterPassword.CODE) {
            return false;
        }
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(user.id(), user.username(),
                Instant.now()));
        response.sendRedirect(request.getContextPath() + CODE_PATH);
        return true;
    }

    static PendingLogin pending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
    }

    static void cancel(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
    }

    /** The code was right: the session is logged in (under a new id), the login audited, then as any login. */
    Authentication complete(PendingLogin pending, String how, HttpServletRequest request,
                            HttpServletResponse response) throws IOException, ServletException {
        cancel(request);
        request.changeSessionId();
        CurrentUser user = (CurrentUser) details.loadUserByUsername(pending.username());
        SecondFactorAuthentication authentication = new SecondFactorAuthentication(user, how);
        authentication.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
        return authentication;
    }
}
