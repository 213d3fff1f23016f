package vn.parindex.tasklist;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An official whose session expired while filling in a task form would lose what they typed: Spring Security
 * only replays GET requests after login, and the CSRF token died with the session. This filter runs before
 * Spring Security: a form posted without a signed-in session is kept in the (new) session and the browser is
 * sent to the form's page; Spring Security then asks for the login and comes back to that page, which shows
 * the form filled in again with a notice.
 */
@Component
public class KeptForm extends OncePerRequestFilter implements Ordered {

    private static final String KEY = KeptForm.class.getName() + ":";
    /** In what was kept of a scorecard: the id of the leaf criterion being saved. */
    public static final String LEAF_ID = "_leaf";
    /** A task form, and a leaf of the scorecard (its page is the scorecard). */
    private static final Pattern TASK = Pattern.compile("^/tasks/([^/]+)$");
    private static final Pattern LEAF = Pattern.compile("^(/assessments/\\d+/agencies/\\d+)/criteria/\\d+$");

    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || pageOf(path(request)) == null || signedIn(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String page = pageOf(path(request));
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        Matcher leaf = LEAF.matcher(path(request));
        if (leaf.matches()) {
            typed.put(LEAF_ID, path(request).substring(path(request).lastIndexOf('/') + 1));
        }
        request.getSession(true).setAttribute(KEY + page, typed);
        if (request.getHeader("HX-Request") != null) {
            // an htmx request (a scorecard leaf): the whole page goes to the login, not the leaf's fragment
            response.setHeader("HX-Redirect", request.getContextPath() + page);
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        response.sendRedirect(request.getContextPath() + page);
    }

    /**
     * What was typed on the given page (e.g. "/tasks/{id}", or a scorecard "/assessments/{c}/agencies/{a}", whose
     * entry {@link #LEAF_ID} names the leaf) before the session expired, removed from the session; null if nothing.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> take(HttpSession session, String page) {
        if (session == null) {
            return null;
        }
        Object kept = session.getAttribute(KEY + page);
        session.removeAttribute(KEY + page);
        return (Map<String, String>) kept;
    }

    static String pageOf(String path) {
        Matcher task = TASK.matcher(path);
        if (task.matches() && !"claim".equals(task.group(1))) {
            return path;
        }
        Matcher leaf = LEAF.matcher(path);
        return leaf.matches() ? leaf.group(1) : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated();
    }
}
