package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.engine.EngineIdentity;

@IntegrationTest
@Tag("postgres")
class UserAdministrationTest {

    @Autowired
    PasswordPolicy policy;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AppUserRepository users;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EngineIdentity engineIdentity;

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    String agencyId(String code) {
        return agencies.findByCode(code).orElseThrow().getId().toString();
    }

    Long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    /** A valid new-user form for the given user name, with some fields replaced (key, value …). */
    MockHttpServletRequestBuilder newUser(String username, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", "Đặng Thị Thử");
        fields.put("email", username + "@demo.parindex.vn");
        fields.put("phone", "0901234567");
        fields.put("agencyId", agencyId("AH-SCT"));
        fields.put("roles", "OFFICER");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/users").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void createdOfficerIsMirroredIntoTheEngineAndLosesTheGroupsWhenDeactivated() throws Exception {
        String username = unique("t.officer.");
        MvcResult result = mvc.perform(newUser(username).with(as("organiser")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedKey", "user.created"))
                .andExpect(flash().attributeExists("generatedPassword"))
                .andReturn();
        String password = (String) result.getFlashMap().get("generatedPassword");
        assertThat(policy.check(password, false, true, "t.created", "Người Mới")).isEmpty();
        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getPhone()).isEqualTo("0901234567");
        assertThat(accounts.passwordMatches(created, password)).isTrue();
        assertThat(engineIdentity.groupsOf(username)).contains("agency:AH-SCT:officer");

        // the password is shown once, on the page the redirect leads to
        mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap()).with(as("organiser")))
                .andExpect(content().string(containsString(password)));
        mvc.perform(get("/users/{id}", created.getId()).with(as("organiser")))
                .andExpect(content().string(not(containsString(password))));

        mvc.perform(post("/users/{id}/deactivate", created.getId()).with(as("organiser")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/deactivate", created.getId()).with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsername(username).orElseThrow().isActive()).isFalse();
        assertThat(engineIdentity.groupsOf(username)).isEmpty();
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isFalse();

        mvc.perform(post("/users/{id}/reactivate", created.getId()).with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection());
        assertThat(engineIdentity.groupsOf(username)).containsExactly("agency:AH-SCT:officer");
    }

    @Test
    void editingAgencyAndRolesMovesTheEngineGroups() throws Exception {
        String username = unique("t.edit.");
        mvc.perform(newUser(username).with(as("organiser"))).andExpect(status().is3xxRedirection());
        AppUser user = users.findByUsername(username).orElseThrow();
        mvc.perform(post("/users/{id}", user.getId()).with(csrf()).with(as("organiser"))
                        .param("username", "renamed").param("fullName", "Đặng Thị Sửa").param("email", "sua@demo.parindex.vn")
                        .param("phone", "").param("agencyId", agencyId("AH-STP")).param("roles", "HEAD", "REVIEWER")
                        .param("version", String.valueOf(user.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedKey", "user.saved"));
        AppUser edited = users.findByUsername(username).orElseThrow();
        assertThat(edited.getFullName()).isEqualTo("Đặng Thị Sửa");
        assertThat(edited.getRoles()).containsExactlyInAnyOrder(Role.HEAD, Role.REVIEWER);
        assertThat(engineIdentity.groupsOf(username)).containsExactlyInAnyOrder("agency:AH-STP:head", "reviewer:AH-STP");
        assertThat(users.findByUsername("renamed")).isEmpty();
    }

    @Test
    void invalidFormIsShownAgainAndNothingIsWritten() throws Exception {
        String username = unique("t.invalid.");
        mvc.perform(newUser(username, "fullName", "", "email", "khong-hop-le", "phone", "12ab", "roles", "")
                        .with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(view().name("user/form"))
                .andExpect(model().attributeHasFieldErrors("form", "fullName", "email", "phone", "roles"))
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một vai trò.")));
        mvc.perform(newUser(username, "agencyId", agencyId("BS-SNV")).with(as("organiser")))
                .andExpect(model().attributeHasFieldErrorCode("form", "agencyId", "user.validation.agency"));
        mvc.perform(newUser("officer").with(as("organiser")))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.validation.usernameTaken"));
        mvc.perform(newUser("Có Dấu").with(as("organiser")))
                .andExpect(model().attributeHasFieldErrors("form", "username"));
        assertThat(users.findByUsername(username)).isEmpty();
        assertThat(engineIdentity.groupsOf(username)).isEmpty();
    }

    @Test
    void onlyAnAdminGrantsAdmin() throws Exception {
        String username = unique("t.admin.");
        mvc.perform(newUser(username, "roles", "ADMIN").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.validation.adminOnly"));
        assertThat(users.findByUsername(username)).isEmpty();
        mvc.perform(get("/users/new").with(as("organiser")))
                .andExpect(content().string(not(containsString("value=\"ADMIN\""))));

        mvc.perform(newUser(username, "roles", "ADMIN").with(as("admin"))).andExpect(status().is3xxRedirection());
        assertThat(engineIdentity.groupsOf(username)).containsExactly("camunda-admin");

        // and only an admin changes an admin: else an organiser could reset an admin's password
        Long adminId = userId(username);
        mvc.perform(get("/users/{id}/edit", adminId).with(as("organiser"))).andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/reset-password", adminId).with(csrf()).with(as("organiser")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/deactivate", adminId).with(csrf()).with(as("organiser")))
                .andExpect(status().isForbidden());
        assertThat(users.findById(adminId).orElseThrow().isActive()).isTrue();
    }

    @Test
    void nobodyDeactivatesThemselves() throws Exception {
        mvc.perform(post("/users/{id}/deactivate", userId("organiser")).with(csrf()).with(as("organiser")))
                .andExpect(flash().attribute("errorKey", "user.deactivate.self"));
        assertThat(users.findByUsername("organiser").orElseThrow().isActive()).isTrue();
    }

    @Test
    void searchIgnoresDiacriticsAndCoversAgencyNames() throws Exception {
        mvc.perform(get("/users").param("q", "tran van nam").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Văn Nam")))
                .andExpect(content().string(not(containsString("Phạm Thu Hà"))));
        mvc.perform(get("/users").param("q", "so tu phap").with(as("organiser")))
                .andExpect(content().string(containsString("Phạm Thu Hà")))
                .andExpect(content().string(not(containsString("Trần Văn Nam"))));
    }

    @Test
    void resetPasswordGivesATemporaryOneToChangeAtNextLogin() throws Exception {
        String username = unique("t.reset.");
        mvc.perform(newUser(username).with(as("organiser"))).andExpect(status().is3xxRedirection());
        AppUser user = users.findByUsername(username).orElseThrow();
        accounts.changePassword(user, "Matkhau123");
        MvcResult result = mvc.perform(post("/users/{id}/reset-password", user.getId()).with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedKey", "user.passwordReset"))
                .andReturn();
        String temporary = (String) result.getFlashMap().get("generatedPassword");
        AppUser reset = users.findByUsername(username).orElseThrow();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(accounts.passwordMatches(reset, temporary)).isTrue();
        assertThat(accounts.passwordMatches(reset, "Matkhau123")).isFalse();
    }

    @Test
    void agencyStaffCannotSeeTheOrganisersUsers() throws Exception {
        mvc.perform(get("/users").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/users/{id}", userId("head")).with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(newUser(unique("t.byofficer.")).with(as("officer"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherProvincesOrganiserCannotOpenOrChangeOurUsers() throws Exception {
        Long officer = userId("officer");
        mvc.perform(get("/users/{id}", officer).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(get("/users/{id}/edit", officer).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/reset-password", officer).with(csrf()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/deactivate", officer).with(csrf()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        assertThat(users.findByUsername("officer").orElseThrow().isActive()).isTrue();
        assertThat(users.findByUsername("officer").orElseThrow().isMustChangePassword()).isFalse();
        mvc.perform(get("/users").param("q", "tran").with(as("bs.organiser")))
                .andExpect(content().string(not(containsString("Trần Văn Nam"))));
    }

    @Test
    void aDistrictOrganiserAddsUsersAtItsStandingAgencyAndCommunesOnly() throws Exception {
        String atDistrict = unique("t.district.");
        mvc.perform(newUser(atDistrict, "agencyId", agencyId("BS-H01"), "roles", "ORGANISER").with(as("bs.district")))
                .andExpect(status().is3xxRedirection());
        assertThat(engineIdentity.groupsOf(atDistrict)).containsExactly("organiser:BS-H01");
        String atCommune = unique("t.commune.");
        mvc.perform(newUser(atCommune, "agencyId", agencyId("BS-H01-X02")).with(as("bs.district")))
                .andExpect(status().is3xxRedirection());
        assertThat(engineIdentity.groupsOf(atCommune)).containsExactly("agency:BS-H01-X02:officer");
        mvc.perform(newUser(unique("t.province."), "agencyId", agencyId("BS-SNV")).with(as("bs.district")))
                .andExpect(model().attributeHasFieldErrorCode("form", "agencyId", "user.validation.agency"));
        mvc.perform(get("/users/new").with(as("bs.district")))
                .andExpect(content().string(containsString("UBND Thành phố Bình Sơn")))
                .andExpect(content().string(not(containsString("BS-SNV"))));
    }
}
