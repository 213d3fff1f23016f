package vn.parindex.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. On a request that came over TLS (directly, or through a load balancer that said so) it is
 * {@code __Host-PARINDEX}: always {@code Secure}, {@code Path=/}, no {@code Domain}, so no other site, subdomain or
 * plain-HTTP page can set or read it (ASVS V3.3.1, V3.3.3). On plain HTTP (the demo on localhost) the browser would
 * refuse that name, so there it stays {@code JSESSIONID}. Both are HttpOnly, SameSite=Lax and end with the browser.
 */
@Component
public class SessionCookie implements CookieSerializer {

    static final String TLS_NAME = "__Host-PARINDEX";
    static final String PLAIN_NAME = "JSESSIONID";

    private final DefaultCookieSerializer overTls = serializer(TLS_NAME, true);
    private final DefaultCookieSerializer plain = serializer(PLAIN_NAME, false);

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        of(cookieValue.getRequest()).writeCookieValue(cookieValue);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return of(request).readCookieValues(request);
    }

    /** The session cookie's name for this request. */
    public static String name(HttpServletRequest request) {
        return request.isSecure() ? TLS_NAME : PLAIN_NAME;
    }

    private DefaultCookieSerializer of(HttpServletRequest request) {
        return request.isSecure() ? overTls : plain;
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        if (secure) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }
}
