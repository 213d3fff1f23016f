package vn.parindex.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.demo.DemoData;
import vn.parindex.engine.EngineIdentity;

@IntegrationTest
@Tag("postgres")
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    EngineIdentity engineIdentity;

    @Test
    void demoOrganiserLogsInAndSeesTheProvinceInVietnamese() throws Exception {
        mvc.perform(formLogin().user("organiser").password(DemoData.PASSWORD)).andExpect(authenticated());
        mvc.perform(get("/").with(user(userDetailsService.loadUserByUsername("organiser"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tỉnh An Hòa")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đợt đánh giá")));
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log in")));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("organiser").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/logout").with(user(userDetailsService.loadUserByUsername("organiser"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).with(user(userDetailsService.loadUserByUsername("organiser"))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void engineRestAndCockpitAreForAdminsOnly() throws Exception {
        mvc.perform(get("/engine-rest/engine").with(httpBasic("organiser", DemoData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user(userDetailsService.loadUserByUsername("officer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void usersAreMirroredIntoTheEngineWithTheirCandidateGroups() {
        assertThat(engineIdentity.groupsOf("officer")).containsExactly("agency:AH-SCT:officer");
        assertThat(engineIdentity.groupsOf("reviewer")).containsExactly("reviewer:AH-STP");
        assertThat(engineIdentity.groupsOf("admin")).containsExactly("camunda-admin");
    }
}
