package vn.parindex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.util.WebUtils;

import vn.parindex.security.SessionCookie;

/**
 * MockMvc with the sessions in the database. Spring Session's filter finds the session by its cookie, not in the
 * {@link MockHttpSession} a test passes with {@code .session(…)} (or that {@code with(user(…))} fills). So a filter in
 * front of it makes the MockHttpSession a copy of the real session: what the test (or a request post-processor) put
 * in it goes into the session in the database before the request, the session's cookie is sent, and afterwards the
 * MockHttpSession holds the session as the request left it (a new id after login, nothing after logout). Tests keep a
 * login across requests as they always did, through the real session store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

    private static final String ID = MockMvcSessions.class.getName() + ".id";

    /** First of MockMvc's filters: it must run before Spring Session's. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MockMvcBuilderCustomizer realSessions(SessionRepository<? extends Session> sessions) {
        Bridge<?> bridge = new Bridge<>(sessions);
        return builder -> builder.addFilters(bridge);
    }

    /** The id of the real session a MockHttpSession stands for, or null. */
    public static String sessionId(MockHttpSession session) {
        return (String) session.getAttribute(ID);
    }

    private record Bridge<S extends Session>(SessionRepository<S> sessions) implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
            if (mock == null || mockResponse == null || hasCookie(mock)) {
                chain.doFilter(request, response);
                return;
            }
            HttpSession held = mock.getSession(false);
            String heldId = held == null ? null : (String) held.getAttribute(ID);
            S session = held == null ? null : toDatabase(held);
            String sent = session != null ? session.getId() : heldId;
            chain.doFilter(sent == null ? request : withCookie((HttpServletRequest) request, sent), response);
            Cookie cookie = mockResponse.getCookie(SessionCookie.name(mock));
            String id = session == null ? null : session.getId();
            if (cookie != null) {
                id = cookie.getMaxAge() == 0 || cookie.getValue().isEmpty() ? null : decode(cookie.getValue());
            }
            if (id != null || held != null) {
                fromDatabase(mock.getSession(true), id);
            }
        }

        /** A test that sets its own cookie means it. */
        private boolean hasCookie(MockHttpServletRequest request) {
            return request.getCookies() != null
                    && List.of(request.getCookies()).stream().anyMatch(c -> c.getName().equals(SessionCookie.name(request)));
        }

        private S toDatabase(HttpSession held) {
            String id = (String) held.getAttribute(ID);
            S session = id == null ? null : sessions.findById(id);
            List<String> names = Collections.list(held.getAttributeNames());
            names.remove(ID);
            if (session == null && (id != null || names.isEmpty())) {
                // nothing to keep, or a session that has ended since: its cookie goes as a browser would send it
                return null;
            }
            if (session == null) {
                session = sessions.createSession();
            }
            boolean changed = id == null || !id.equals(session.getId());
            for (String name : names) {
                Object value = held.getAttribute(name);
                if (!Objects.equals(session.getAttribute(name), value)) {
                    session.setAttribute(name, value);
                    changed = true;
                }
            }
            for (String name : new ArrayList<>(session.getAttributeNames())) {
                if (held.getAttribute(name) == null) {
                    session.removeAttribute(name);
                    changed = true;
                }
            }
            if (changed) {
                sessions.save(session);
            }
            return session;
        }

        private void fromDatabase(HttpSession held, String id) {
            for (String name : Collections.list(held.getAttributeNames())) {
                held.removeAttribute(name);
            }
            S session = id == null ? null : sessions.findById(id);
            if (session != null) {
                held.setAttribute(ID, session.getId());
                for (String name : session.getAttributeNames()) {
                    held.setAttribute(name, session.getAttribute(name));
                }
            }
        }

        private HttpServletRequest withCookie(HttpServletRequest request, String id) {
            Cookie cookie = new Cookie(SessionCookie.name(request),
                    Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
            return new HttpServletRequestWrapper(request) {
                @Override
                public Cookie[] getCookies() {
                    List<Cookie> cookies = new ArrayList<>();
                    if (super.getCookies() != null) {
                        cookies.addAll(List.of(super.getCookies()));
                    }
                    cookies.add(cookie);
                    return cookies.toArray(Cookie[]::new);
                }
            };
        }

        private static String decode(String value) {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        }
    }
}
