package vn.parindex.security;

import jakarta.servlet.RequestDispatcher;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.parindex.common.DatabaseUnavailable;

/**
 * While the database cannot be reached, writing a session back (its last access, a changed attribute) is given up
 * instead of failing the request: Spring Session writes it when the response is committed, so a failed write would
 * turn the "nothing was saved, try again" page (503) into a generic error, or a save that did happen just before
 * into an error. The session itself stays as it was in the database; nothing the user sent depends on it. A
 * failed read of the session is given up the same way on the 503 page and after it (see {@link #outsideThePage()}).
 */
@Component
class SessionSavesDuringOutage implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SessionSavesDuringOutage.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            String method = invocation.getMethod().getName();
            boolean save = "save".equals(method);
            if (!save && !"findById".equals(method)) {
                return invocation.proceed();
            }
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.unreachable(e) || !save && !outsideThePage()) {
                    throw e;
                }
                log.warn("session not {}: database unreachable ({})", save ? "written back" : "read", e.getMessage());
                return null;
            }
        });
        return proxy.getProxy();
    }

    /**
     * Reading the session failed while the 503 page is shown, or after the page while the filter commits the
     * session: no session then, rather than Tomcat's bare error page. In the page itself a failed read still fails
     * the request, so the official gets the 503 "nothing was saved" page and not a login.
     */
    private static boolean outsideThePage() {
        return !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getRequest().getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }
}
