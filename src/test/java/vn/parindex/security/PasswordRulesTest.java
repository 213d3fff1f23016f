package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.agency.StandardAgencyTypes;
import vn.parindex.common.AppClock;

/** Every rule of a new password (issue 12 item 3) and the periodic change setting, each refusing on its own. */
@IntegrationTest
class PasswordRulesTest {

    static final String CURRENT = "Mat-khau-hien-tai-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    StandardAgencyTypes types;
    @Autowired
    Environment environment;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AppClock clock;

    String newOfficer(String fullName) {
        String username = "t.rules." + System.nanoTime();
        accounts.create(username, fullName, username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.OFFICER), CURRENT, false);
        return username;
    }

    ResultActions change(String username, String newPassword) throws Exception {
        return mvc.perform(post("/account/password").with(csrf())
                .with(user(userDetailsService.loadUserByUsername(username))).locale(Locale.forLanguageTag("vi"))
                .param("currentPassword", CURRENT).param("newPassword", newPassword).param("confirmPassword", newPassword));
    }

    ResultActions refused(String username, String newPassword, String key) throws Exception {
        return change(username, newPassword).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", key));
    }

    @Test
    void fourteenCharactersWithoutASecondFactorEightWithOne() throws Exception {
        assertThat(policy.check("Bon-muoi-ba!", false, false, "x.user", "Tên Người")).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo(PasswordPolicy.Rule.TOO_SHORT);
            assertThat(refusal.arguments()).containsExactly(14);
        });
        assertThat(policy.check("Muoi-bon-ky-tu", false, false, "x.user", "Tên Người")).isEmpty();
        assertThat(policy.check("Tam-ky-t", true, false, "x.user", "Tên Người")).isEmpty();
        assertThat(policy.check("Bay-ky!", true, false, "x.user", "Tên Người"))
                .hasValueSatisfying(refusal -> assertThat(refusal.arguments()).containsExactly(8));
        // characters, not bytes: 14 Vietnamese letters are enough, 65 are too many
        assertThat(policy.check("Đường về nhà xa", false, false, "x.user", "Tên Người")).isEmpty();
        assertThat(policy.check("ả".repeat(65), false, false, "x.user", "Tên Người"))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(PasswordPolicy.Rule.TOO_LONG));

        String username = newOfficer("Lê Văn Dài");
        refused(username, "Ngan-qua-2026", "account.validation.password.tooShort")
                .andExpect(content().string(containsString("Mật khẩu mới phải dài ít nhất 14 ký tự.")));
        change(username, "Du-muoi-bon-2026").andExpect(redirectedUrl("/"));
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() throws Exception {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(100_000);
        assertThat(policy.check("password1234", true, false, "x.user", "Tên Người"))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(PasswordPolicy.Rule.COMMON));
        assertThat(policy.check("QwertyUiop123", true, false, "x.user", "Tên Người")).isPresent();
        // the list's entries of 14 and more characters still matter without a second factor
        assertThat(policy.check("1qaz2wsx3edc4rfv", false, false, "x.user", "Tên Người")).isPresent();

        String username = newOfficer("Phạm Thị Danh");
        refused(username, "ISeeDeadPeople", "account.validation.password.common")
                .andExpect(content().string(containsString("danh sách mật khẩu phổ biến hoặc đã bị lộ")));
        refused(username, " iseedeadpeople ", "account.validation.password.common");
        assertThat(accounts.passwordMatches(users.findByUsername(username).orElseThrow(), CURRENT)).isTrue();
    }

    @Test
    void theUsersOwnNameUserNameAndTheProductsNameAreRefused() throws Exception {
        String username = newOfficer("Hồ Thị Mật");
        refused(username, "HoThiMat-nam-2026", "account.validation.password.personal")
                .andExpect(content().string(containsString("(“hothimat”)")));
        refused(username, "ho thi mat 2026 moi", "account.validation.password.personal");
        refused(username, "toi-la-" + username + "!", "account.validation.password.personal");
        // a part of the user name of four letters or more ("rules")
        refused(username, "Rules-cua-toi-2026", "account.validation.password.personal");
        refused(username, "Chỉ số CCHC năm nay", "account.validation.password.personal");
        refused(username, "mat-khau-parindex-1", "account.validation.password.personal");
        change(username, "Ba con meo tren mai nha").andExpect(redirectedUrl("/"));
    }

    @Test
    void lettersAndDigitsOnlyWhenTheProvinceAsksForThem() throws Exception {
        String withoutDigits = "Ba con meo tren mai";
        String elsewhere = newOfficer("Trần Văn Tự");
        change(elsewhere, withoutDigits).andExpect(redirectedUrl("/"));

        String code = "T" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        AppUser admin = new FirstAdministrator(users, organisers, agencies, types, accounts, environment, tx, policy)
                .create(FirstAdministrator.Settings.from(new MockEnvironment()
                        .withProperty("PARINDEX_ORGANISER_CODE", code).withProperty("PARINDEX_ORGANISER_NAME", "Tỉnh Chặt")
                        .withProperty("PARINDEX_ADMIN_USERNAME", "qt." + code.toLowerCase())
                        .withProperty("PARINDEX_ADMIN_PASSWORD", CURRENT), policy));
        // the province's administrator turns the rule on (an organiser may not)
        admin = users.findByUsername(admin.getUsername()).orElseThrow();
        admin.setMustChangePassword(false);
        users.save(admin);
        mvc.perform(post("/users/password-rule").with(csrf()).param("composition", "true")
                        .with(user(userDetailsService.loadUserByUsername("organiser"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/password-rule").with(csrf()).param("composition", "true")
                        .with(user(userDetailsService.loadUserByUsername(admin.getUsername()))))
                .andExpect(redirectedUrl("/users"));
        assertThat(organisers.findByCode(code).orElseThrow().isPasswordComposition()).isTrue();
        assertThat(organisers.findByCode("AH").orElseThrow().isPasswordComposition()).isFalse();

        mvc.perform(get("/account/password").with(user(userDetailsService.loadUserByUsername(admin.getUsername()))))
                .andExpect(content().string(containsString("Đơn vị của bạn yêu cầu mật khẩu có cả chữ và số.")));
        refused(admin.getUsername(), withoutDigits, "account.validation.password.composition");
        refused(admin.getUsername(), "2026-1975-1945-1930", "account.validation.password.composition");
        change(admin.getUsername(), withoutDigits + " 2026").andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordOlderThanTheSettingMustBeChangedAtLoginAndNeverByDefault() throws Exception {
        String username = newOfficer("Vũ Thị Cũ");
        AppUser user = users.findByUsername(username).orElseThrow();
        user.setPasswordChangedAt(clock.instant().minus(Duration.ofDays(91)));
        users.save(user);

        // the default (0) never asks: ASVS V6.2.10
        assertThat(((CurrentUser) userDetailsService.loadUserByUsername(username)).mustChangePassword()).isFalse();
        mvc.perform(get("/").with(user(userDetailsService.loadUserByUsername(username)))).andExpect(status().isOk());

        // a province whose rules ask for a change every 90 days
        AppUserDetailsService ninetyDays = new AppUserDetailsService(users, clock, new PasswordAge(90, clock));
        CurrentUser atLogin = tx.execute(status -> (CurrentUser) ninetyDays.loadUserByUsername(username));
        assertThat(atLogin.mustChangePassword()).isTrue();
        mvc.perform(get("/").with(user(atLogin))).andExpect(redirectedUrl("/account/password"));

        user = users.findByUsername(username).orElseThrow();
        user.setPasswordChangedAt(clock.instant().minus(Duration.ofDays(89)));
        users.save(user);
        assertThat(tx.execute(status -> (CurrentUser) ninetyDays.loadUserByUsername(username)).mustChangePassword())
                .isFalse();

        // a change starts the age again
        change(username, "Mat-khau-moi-hon-2026").andExpect(redirectedUrl("/"));
        assertThat(users.findByUsername(username).orElseThrow().getPasswordChangedAt())
                .isAfter(clock.instant().minusSeconds(60));
    }
}
