package vn.parindex.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import vn.parindex.common.AppClock;

/**
 * Three filter chains: the Camunda webapps (admins only, single sign-on from our login), the engine REST
 * API (admins only, HTTP Basic on every request, no session and so no CSRF to guard; a password alone, so not for
 * accounts bound to a second factor unless named as automation accounts; a password found right is remembered for a
 * minute, {@link CachedBasicAuthentication}) and our own pages (form
 * login, CSRF on). Every refusal (403) of each chain is written to the audit log. HSTS is sent on requests that
 * came over TLS, also when a load balancer ended TLS and said so in X-Forwarded-Proto (see docs/security.md).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuditedAccessDeniedHandler accessDeniedHandler(AuditLog audit) {
        return new AuditedAccessDeniedHandler(audit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AuditedAccessDeniedHandler denied, AppUserRepository users,
                                       UserDetailsService details, AuditLog audit, SecondFactors secondFactors)
            throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .addFilterBefore(new AccountStateFilter(users, details, audit, secondFactors), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
                .headers(SecurityConfig::commonHeaders)
                // the webapps send their own CSRF token (X-XSRF-TOKEN) checked by their own filter
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, AuditedAccessDeniedHandler denied, SecondFactors secondFactors,
                                   AddressThrottle throttle, AuditLog audit, AppClock clock, UserDetailsService users,
                                   PasswordEncoder encoder, AuthenticationEventPublisher events,
                                   @Value("${parindex.security.rest-password-cache:PT1M}") Duration passwordCache)
            throws Exception {
        ProviderManager basic = new ProviderManager(
                new CachedBasicAuthentication(users, encoder, passwordCache, clock));
        basic.setAuthenticationEventPublisher(events);
        AuthorizationManager<RequestAuthorizationContext> passwordAlone = (authentication, context) ->
                new AuthorizationDecision(authentication.get().getPrincipal() instanceof CurrentUser user
                        && secondFactors.mayUsePasswordAlone(user));
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().access(AuthorizationManagers.allOf(
                        AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()), passwordAlone)))
                .httpBasic(Customizer.withDefaults())
                .authenticationManager(basic)
                .addFilterBefore(new AddressThrottleFilter(throttle, audit, clock, true), BasicAuthenticationFilter.class)
                // a browser's session cookie must not open the API: a page elsewhere could post to it (CSRF)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
                .headers(SecurityConfig::commonHeaders)
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, LoginSuccessHandler loginSuccess, AuditedAccessDeniedHandler denied,
                              AppUserRepository users, UserDetailsService details, AuditLog audit,
                              SecondFactors secondFactors, LoginFailureHandler loginFailure, AddressThrottle throttle,
                              AppClock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/actuator/health", "/public/**", "/lang",
                                SecondFactorLogin.CODE_PATH)
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).failureHandler(loginFailure)
                        .permitAll())
                .addFilterBefore(new AddressThrottleFilter(throttle, audit, clock, false),
                        UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied)
                        .authenticationEntryPoint(new SessionEndedEntryPoint()))
                .headers(headers -> commonHeaders(headers)
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterBefore(new AccountStateFilter(users, details, audit, secondFactors), AuthorizationFilter.class);
        return http.build();
    }

    /** Spring Security's defaults (nosniff, no-store, DENY framing, HSTS over TLS) plus the referrer policy. */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
