package vn.parindex.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the security audit log: who, what, when, from which address, with which browser (User-Agent) and on which
 * path; the address and the browser come from the current request by themselves. Each event is written in
 * a transaction of its own, so a refused or failed request still leaves its line, and also goes to the application
 * log (one line, logger {@code vn.parindex.security.AuditLog}) for the platform to ship elsewhere. The time is the
 * real time, not the demo clock's.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditChain chain;
    private final AppUserRepository users;

    private final ObjectProvider<AuditLog> selfProvider;

    /**
     * As {@link #record(AuditKind, String)}, once the current transaction has committed (nothing is recorded if it
     * rolls back), or at once outside a transaction: for changes such as a new password or new roles.
     */
    public void recordAfterCommit(AuditKind kind, String detail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            self().record(kind, detail);
            return;
        }
        // the callback runs on this thread, after the commit; keep what the line needs all the same
        HttpServletRequest request = currentRequest();
        SecurityContext context = SecurityContextHolder.getContext();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(context);
                try {
                    self().record(kind, detail, request);
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            }
        });
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
        // Tomcat's RemoteIpValve has put the client's address here (X-Forwarded-For from a trusted balancer only)
        String address = request != null && request.getRemoteAddr() != null ? request.getRemoteAddr() : clientAddress;
        AuditEvent event = chain.append(new AuditEvent(Instant.now(), kind, username, organiserId,
                address, request == null ? null : userAgent(request), request == null ? null : request.getMethod(),
                request == null ? null : path(request), detail));
        log.info("audit {} kind={} user={} organiser={} ip={} agent=\"{}\" request=\"{} {}\" detail=\"{}\" hash={}",
                event.getOccurredAt(), kind, oneLine(username), organiserId, event.getIpAddress(),
                oneLine(event.getUserAgent()), event.getHttpMethod(), oneLine(event.getPath()), oneLine(detail),
                event.getHash());
    }

    /** No line breaks from a user name, a path or a message can forge a line of the log. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]", "_").replace("\"", "'");
    }

    /** The browser's User-Agent on one line, without control characters, cut to the column's length. */
    static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent == null) {
            return null;
        }
        String clean = agent.replaceAll("\\p{Cntrl}+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private AuditLog self() {
        return selfProvider.getObject();
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
