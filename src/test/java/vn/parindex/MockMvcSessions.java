package vn.parindex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc with the sessions in the database: Spring Session's filter finds the session by its cookie, not in the
 * {@link MockHttpSession} a test passes with {@code .session(…)}. So the session cookie rides in that MockHttpSession:
 * every response's session cookie is kept in the request's MockHttpSession, and a request made with it sends the
 * cookie, as a browser would. Tests keep a login across requests the way they always did, through the real store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

    private static final String COOKIE = MockMvcSessions.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer sessionCookie(ServerProperties server) {
        String name = server.getServlet().getSession().getCookie().getName();
        return builder -> builder
                .defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                    HttpSession session = request.getSession(false);
                    Object value = session == null ? null : session.getAttribute(COOKIE);
                    if (value != null) {
                        List<Cookie> cookies = new ArrayList<>();
                        if (request.getCookies() != null) {
                            for (Cookie cookie : request.getCookies()) {
                                if (!cookie.getName().equals(name)) {
                                    cookies.add(cookie);
                                }
                            }
                        }
                        cookies.add(new Cookie(name, (String) value));
                        request.setCookies(cookies.toArray(Cookie[]::new));
                    }
                    return request;
                }))
                .alwaysDo(result -> {
                    Cookie cookie = result.getResponse().getCookie(name);
                    if (cookie != null) {
                        HttpSession session = result.getRequest().getSession(true);
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            session.removeAttribute(COOKIE);
                        } else {
                            session.setAttribute(COOKIE, cookie.getValue());
                        }
                    }
                });
    }

    /** The id of the real session a MockHttpSession stands for (the cookie holds it in Base64), or null. */
    public static String sessionId(MockHttpSession session) {
        Object value = session.getAttribute(COOKIE);
        return value == null ? null : new String(Base64.getDecoder().decode((String) value), StandardCharsets.UTF_8);
    }
}
