package vn.parindex.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.parindex.common.AppClock;

/**
 * Before any password is looked at: a login from an address that {@link AddressThrottle} blocks is refused, the
 * login form with its own message ({@code /login?blocked}), HTTP Basic with 429 and Retry-After. Logged as a
 * failed login; not counted again.
 */
class AddressThrottleFilter extends OncePerRequestFilter {

    private final AddressThrottle throttle;
    private final AuditLog audit;
    private final AppClock clock;
    private final boolean basic;

    /** @param basic the chain logs in with HTTP Basic (the engine's REST API) rather than the login form */
    AddressThrottleFilter(AddressThrottle throttle, AuditLog audit, AppClock clock, boolean basic) {
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.basic = basic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant until = throttle.blockedUntil(request.getRemoteAddr()).orElse(null);
        if (until == null) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordFor(AuditKind.LOGIN_FAILED, basic ? null : request.getParameter("username"),
                "address blocked until " + until, request.getRemoteAddr());
        if (basic) {
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Too many failed logins from this address; try again in " + seconds + " s\n");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?blocked");
        }
    }

    /** Only login attempts: the form's POST, or a request carrying HTTP Basic credentials. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (basic) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
        }
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().substring(request.getContextPath().length()).equals("/login");
    }
}
