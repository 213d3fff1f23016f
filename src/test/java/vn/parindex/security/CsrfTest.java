package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.parindex.IntegrationTest;

/** Every state-changing request of our pages (each POST endpoint, login and logout) needs the form's CSRF token. */
@IntegrationTest
class CsrfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyPostWithoutAValidTokenIsRefused() throws Exception {
        Set<String> paths = new TreeSet<>(List.of("/login", "/logout"));
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                info.getPatternValues().forEach(pattern -> paths.add(pattern.replaceAll("\\{[^}]+}", "1")));
            }
        });
        assertThat(paths).hasSizeGreaterThan(50);
        // the admin may do most of them: only the missing token stands in the way
        RequestPostProcessor admin = user(users.loadUserByUsername("admin"));
        List<String> accepted = new ArrayList<>();
        for (String path : paths) {
            int without = mvc.perform(post(path).param("username", "admin").with(admin)).andReturn().getResponse()
                    .getStatus();
            int forged = mvc.perform(post(path).param("username", "admin").with(csrf().useInvalidToken()).with(admin))
                    .andReturn().getResponse().getStatus();
            if (without != 403 || forged != 403) {
                accepted.add(path + " (no token: " + without + ", forged token: " + forged + ")");
            }
        }
        assertThat(accepted).as("POSTs accepted without a valid CSRF token").isEmpty();
        assertThat(audit.findByUsernameOrderById("admin")).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.ACCESS_DENIED);
            assertThat(event.getDetail()).isEqualTo("CSRF token missing or invalid");
            assertThat(event.getHttpMethod()).isEqualTo("POST");
        });
    }
}
