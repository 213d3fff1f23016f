package vn.parindex.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's sessions, which Spring Session keeps in the database (any node serves any of them, ADR 4): listed on the
 * user's own page with the device, address and last request, ended one by one by the user, all but the current one
 * when the password changes, all of them when an administrator asks or the account is deactivated or gets a new
 * password. A request with an ended session's cookie finds no session, on whichever node, and gets the login page
 * with "your session has ended". Every ending is audited for the user whose sessions ended.
 */
@Service
@RequiredArgsConstructor
public class UserSessions {

    static final String USER_AGENT = UserSessions.class.getName() + ".userAgent";
    static final String ADDRESS = UserSessions.class.getName() + ".address";
    private static final int USER_AGENT_MAX = 400;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;

    /** One open session as its owner sees it; the handle names it in forms without giving away its id. */
    public record Entry(String handle, Device device, String userAgent, String address, Instant loggedInAt,
                        Instant lastSeen, boolean current) {
    }

    /** Notes where a login came from in its (new) session. */
    static void describe(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String agent = request.getHeader("User-Agent");
        session.setAttribute(USER_AGENT, agent == null ? null
                : agent.substring(0, Math.min(agent.length(), USER_AGENT_MAX)));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
    }

    /** The user's open sessions, the most recently used first. */
    public List<Entry> of(String username, String currentId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new Entry(handle(session.getId()), Device.of(session.getAttribute(USER_AGENT)),
                        session.getAttribute(USER_AGENT), session.getAttribute(ADDRESS),
                        session.getAttribute(AccountStateFilter.LOGGED_IN_AT), session.getLastAccessedTime(),
                        session.getId().equals(currentId)))
                .sorted(Comparator.comparing(Entry::lastSeen).reversed())
                .toList();
    }

    /** The user ends one of their other sessions; false if it is no longer open (or is the current one). */
    public boolean endOne(String username, String handle, String currentId) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (handle(id).equals(handle) && !id.equals(currentId)) {
                sessions.deleteById(id);
                audit.recordFor(AuditKind.SESSION_ENDED, username, "1 session ended by " + actor());
                return true;
            }
        }
        return false;
    }

    /** Ends every session of the user but the one given (the password was changed in it). */
    public void endOthers(String username, String keepId, String why) {
        afterCommit(() -> end(username, keepId, why));
    }

    /** Ends every session of the user, once the current transaction (if any) has committed. */
    public void endAll(String username, String why) {
        afterCommit(() -> end(username, null, why));
    }

    /** How many sessions the user has open now. */
    public int count(String username) {
        return (int) sessions.findByPrincipalName(username).values().stream().filter(s -> !s.isExpired()).count();
    }

    private void end(String username, String keepId, String why) {
        Map<String, ? extends Session> open = sessions.findByPrincipalName(username);
        int ended = 0;
        for (Map.Entry<String, ? extends Session> session : open.entrySet()) {
            if (!session.getKey().equals(keepId)) {
                sessions.deleteById(session.getKey());
                ended += session.getValue().isExpired() ? 0 : 1;
            }
        }
        if (ended > 0) {
            audit.recordFor(AuditKind.SESSION_ENDED, username, ended + (ended == 1 ? " session" : " sessions")
                    + " ended (" + why + ") by " + actor());
        }
    }

    /** The sessions go when the change that ends them is committed; a change rolled back ends none. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "the system" : authentication.getName();
    }

    /** A session's id is its key: pages name a session by a hash of it instead. */
    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
