package vn.parindex.engine;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Cockpit and Admin trust our login: an administrator logged in to our pages is logged in to them. */
@Configuration
class WebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SpringSecurityUser.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after the Spring Security filter chain
        return registration;
    }

    public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = new AuthenticationResult(authentication.getName(), true);
            List<String> groups = engine.getIdentityService().createGroupQuery()
                    .groupMember(authentication.getName()).list().stream().map(g -> g.getId()).toList();
            result.setGroups(groups);
            return result;
        }
    }
}
