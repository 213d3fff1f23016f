package vn.parindex.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import vn.parindex.common.DatabaseUnavailable;

/**
 * While the database cannot be reached, writing a session back (its last access, a changed attribute) is given up
 * instead of failing the request: Spring Session writes it when the response is committed, so a failed write would
 * turn the "nothing was saved, try again" page (503) into a generic error, or a save that did happen just before
 * into an error. The session itself stays as it was in the database; nothing the user sent depends on it.
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
            if (!"save".equals(invocation.getMethod().getName())) {
                return invocation.proceed();
            }
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.unreachable(e)) {
                    throw e;
                }
                log.warn("session not written back: database unreachable ({})", e.getMessage());
                return null;
            }
        });
        return proxy.getProxy();
    }
}
