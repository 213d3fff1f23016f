package vn.parindex.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the security audit log: who, what, when, from which address and on which path. Each event is written in
 * a transaction of its own, so a refused or failed request still leaves its line, and also goes to the application
 * log (one line, logger {@code vn.parindex.security.AuditLog}) for the platform to ship elsewhere. The time is the
 * real time, not the demo clock's.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEventRepository events;
    private final AppUserRepository users;

    AuditLog(AuditEventRepository events, AppUserRepository users) {
        this.events = events;
        this.users = users;
    }

    /** Records an event of the logged-in user (or of nobody) on the current request. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditKind kind, String detail) {
        record(kind, detail, currentRequest());
    }

    /** As {@link #record(AuditKind, String)}, on the given request (a filter's, outside Spring MVC). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditKind kind, String detail, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            write(kind, user.username(), user.organiserId(), detail, request);
        } else {
            write(kind, authentication == null || !authentication.isAuthenticated() ? null : authentication.getName(),
                    null, detail, request);
        }
    }

    /** Records an event of a user known by name only (a login attempt); an unknown name has no organiser. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(AuditKind kind, String username, String detail) {
        recordFor(kind, username, detail, null);
    }

    /**
     * As {@link #recordFor(AuditKind, String, String)}, with the client address the authentication saw: events
     * published outside a request's context (HTTP Basic on the engine's REST API, an asynchronous publisher) still
     * record where the login came from.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(AuditKind kind, String username, String detail, String clientAddress) {
        Long organiserId = username == null ? null
                : users.findByUsername(username.trim()).map(u -> u.getOrganiser().getId()).orElse(null);
        write(kind, username, organiserId, detail, currentRequest(), clientAddress);
    }

    private void write(AuditKind kind, String username, Long organiserId, String detail, HttpServletRequest request) {
        write(kind, username, organiserId, detail, request, null);
    }

    private void write(AuditKind kind, String username, Long organiserId, String detail, HttpServletRequest request,
                       String clientAddress) {
        String address = request != null && request.getRemoteAddr() != null ? request.getRemoteAddr() : clientAddress;
        AuditEvent event = events.save(new AuditEvent(Instant.now(), kind, username, organiserId,
                address, request == null ? null : request.getMethod(),
                request == null ? null : path(request), detail));
        log.info("audit {} kind={} user={} organiser={} ip={} request=\"{} {}\" detail=\"{}\"", event.getOccurredAt(),
                kind, oneLine(username), organiserId, event.getIpAddress(), event.getHttpMethod(),
                oneLine(event.getPath()), oneLine(detail));
    }

    /** No line breaks from a user name, a path or a message can forge a line of the log. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]", "_").replace("\"", "'");
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
