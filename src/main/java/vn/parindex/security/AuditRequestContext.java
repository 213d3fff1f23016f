package vn.parindex.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Puts the request in {@code RequestContextHolder} before Spring Security runs, where Spring MVC would: the engine's
 * REST API (Jersey) otherwise registers it just before its own filter, after Spring Security, and the audit lines
 * of logins, failed logins, logouts and refusals would lose the client's address and browser.
 */
@Configuration(proxyBeanMethods = false)
class AuditRequestContext {

    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilter() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105);
        registration.setName("requestContextFilter");
        return registration;
    }
}
