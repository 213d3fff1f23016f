package vn.parindex.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a logged-in user, before it is authorized, looks at the account as it is now (one query by
 * key, on every node): a deactivated or removed account ends the session at once; a changed one (roles, agency)
 * is taken over by the session; a reset password sends the user to choose a new one before anything else, a
 * missing second factor that the user's roles or organiser require sends them to enrol one (no other page opens). A
 * session also ends {@link #MAX_LIFETIME} after the login, however busy it is.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";
    static final String TWO_FACTOR_PATH = "/account/two-factor";
    static final String LOGGED_IN_AT = AccountStateFilter.class.getName() + ".loggedInAt";
    static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private final AppUserRepository users;
    private final UserDetailsService details;
    private final AuditLog audit;
    private final SecondFactors secondFactors;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            if (tooOld(request.getSession(false))) {
                end(request, response, authentication, "session older than " + MAX_LIFETIME.toHours() + " hours");
                return;
            }
            AccountState state = users.stateOf(user.id()).orElse(null);
            if (state == null || !state.active()) {
                end(request, response, authentication, "account deactivated");
                return;
            }
            if (state.version() != user.version()) {
                user = refresh(user, request, response);
            }
            if (user.mustChangePassword() && !exempt(path(request))) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
                return;
            }
            if (secondFactors.mustEnrol(user, state) && !exemptFromEnrolment(path(request))) {
                response.sendRedirect(request.getContextPath() + TWO_FACTOR_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean tooOld(HttpSession session) {
        Object loggedInAt = session == null ? null : session.getAttribute(LOGGED_IN_AT);
        return loggedInAt instanceof Instant at && at.plus(MAX_LIFETIME).isBefore(Instant.now());
    }

    private void end(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                     String why) throws IOException {
        audit.record(AuditKind.LOGOUT, why, request);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** The account changed since the login: the session goes on with it as it is now. */
    private CurrentUser refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser now = (CurrentUser) details.loadUserByUsername(user.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return now;
    }

    /** The path inside the application (the servlet path is empty under MockMvc and some mappings). */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean exempt(String path) {
        return path.startsWith(CHANGE_PASSWORD_PATH) || path.startsWith("/logout") || path.equals("/error");
    }

    private static boolean exemptFromEnrolment(String path) {
        return path.startsWith(TWO_FACTOR_PATH) || path.startsWith("/logout") || path.equals("/error");
    }

    /** Style sheets and scripts need no look at the account. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
