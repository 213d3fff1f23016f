package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;

@IntegrationTest
@Tag("postgres")
class AccountPasswordTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    PasswordPolicy policy;

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    String newOfficer() {
        String username = "t.pw." + System.nanoTime();
        accounts.create(username, "Hồ Thị Mật", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.OFFICER), "Cu-mat-khau-2025", false);
        return username;
    }

    @Test
    void aResetUserIsSentToChangeThePasswordOnEveryPageUntilChanged() throws Exception {
        String username = newOfficer();
        CurrentUser organiser = (CurrentUser) userDetailsService.loadUserByUsername("organiser");
        String temporary = administration.resetPassword(organiser, users.findByUsername(username).orElseThrow().getId());

        for (String page : new String[] {"/", "/agencies/mine", "/users", "/anything"}) {
            mvc.perform(get(page).with(as(username)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/account/password").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn đang dùng mật khẩu tạm thời")));

        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", "sai").param("newPassword", "Moi-mat-khau-2026").param("confirmPassword", "Moi-mat-khau-2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.validation.currentWrong"));
        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", temporary).param("newPassword", "chuachuso").param("confirmPassword", "chuachuso"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.validation.password.tooShort"))
                .andExpect(content().string(containsString("Mật khẩu mới phải dài ít nhất 14 ký tự.")));
        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", temporary).param("newPassword", "Ngan1").param("confirmPassword", "Ngan1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.validation.password.tooShort"));
        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", temporary).param("newPassword", "Moi-mat-khau-2026").param("confirmPassword", "Moi-mat-khau-2027"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "account.validation.mismatch"));
        assertThat(users.findByUsername(username).orElseThrow().isMustChangePassword()).isTrue();
        mvc.perform(get("/").with(as(username))).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", temporary).param("newPassword", "Mới-mật-khẩu-2026").param("confirmPassword", "Mới-mật-khẩu-2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        AppUser changed = users.findByUsername(username).orElseThrow();
        assertThat(changed.isMustChangePassword()).isFalse();
        assertThat(accounts.passwordMatches(changed, "Mới-mật-khẩu-2026")).isTrue();
        mvc.perform(get("/").with(as(username))).andExpect(status().isOk());
        mvc.perform(formLogin().user(username).password("Mới-mật-khẩu-2026")).andExpect(authenticated());
    }

    @Test
    void everyUserCanChangeTheirOwnPassword() throws Exception {
        String username = newOfficer();
        mvc.perform(get("/account/password").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại")));
        mvc.perform(post("/account/password").with(as(username))
                        .param("currentPassword", "Cu-mat-khau-2025").param("newPassword", "Moi-mat-khau-2026").param("confirmPassword", "Moi-mat-khau-2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", "Cu-mat-khau-2025").param("newPassword", "Cu-mat-khau-2025").param("confirmPassword", "Cu-mat-khau-2025"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.validation.same"));
        mvc.perform(post("/account/password").with(csrf()).with(as(username))
                        .param("currentPassword", "Cu-mat-khau-2025").param("newPassword", "Moi-mat-khau-2026").param("confirmPassword", "Moi-mat-khau-2026"))
                .andExpect(redirectedUrl("/"));
        assertThat(accounts.passwordMatches(users.findByUsername(username).orElseThrow(), "Moi-mat-khau-2026")).isTrue();
    }

    @Test
    void temporaryPasswordsMeetThePolicyEvenWithTheCompositionSetting() {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.check(PasswordPolicy.temporary(), false, true, "t.temporary", "Tạm Thời")).isEmpty();
        }
    }
}
