package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

/** Accounts unused for 45 days are disabled by the nightly job, told why at login, and enabled again (item 5). */
@IntegrationTest
class DormantAccountsTest {

    static final String PASSWORD = "Lau-ngay-khong-dung";

    @Autowired
    MockMvc mvc;
    @Autowired
    DormantAccounts dormant;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    StandardAgencyTypes types;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    Environment environment;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AppClock clock;

    /** An officer of An Hòa whose last use was the given number of days ago. */
    AppUser officerUnusedFor(int days) {
        String username = "t.dormant." + System.nanoTime();
        AppUser user = accounts.create(username, "Ngô Văn Vắng", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SCT").orElseThrow(),
                EnumSet.of(Role.OFFICER), PASSWORD, false);
        return unusedFor(user, days);
    }

    AppUser unusedFor(AppUser user, int days) {
        AppUser loaded = users.findByUsername(user.getUsername()).orElseThrow();
        loaded.setLastUsedAt(clock.instant().minus(Duration.ofDays(days)));
        return users.save(loaded);
    }

    /** The nightly job as it runs the given number of days from now (the application's clock moved forward). */
    DormantAccounts jobInDays(int days) {
        AppClock later = new AppClock();
        later.setOffset(clock.offset().plus(Duration.ofDays(days)));
        return new DormantAccounts(users, accounts, audit, later, tx, 45, 7);
    }

    ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(AddressThrottleTest.from(AddressThrottleTest.newAddress()))
                .param("username", username).param("password", password));
    }

    long auditCount(String username, AuditKind kind) {
        return events.findByUsernameOrderById(username).stream().filter(e -> e.getKind() == kind).count();
    }

    @Test
    void anAccountUnusedForFortyFiveDaysIsDisabledOnceAndToldWhyAfterTheRightPassword() throws Exception {
        AppUser absent = officerUnusedFor(44);
        AppUser recent = officerUnusedFor(40);

        dormant.disableUnused();
        assertThat(users.findByUsername(absent.getUsername()).orElseThrow().isActive()).isTrue();

        // two days later, 46 and 42 days unused; the job running twice (or on two nodes) disables once
        jobInDays(2).disableUnused();
        jobInDays(2).disableUnused();
        AppUser disabled = users.findByUsername(absent.getUsername()).orElseThrow();
        assertThat(disabled.isActive()).isFalse();
        assertThat(disabled.getDormantSince()).isAfter(clock.instant().plus(Duration.ofDays(2)).minusSeconds(60));
        assertThat(users.findByUsername(recent.getUsername()).orElseThrow().isActive()).isTrue();
        assertThat(auditCount(absent.getUsername(), AuditKind.ACCOUNT_DORMANT)).isEqualTo(1);
        assertThat(events.findByUsernameOrderById(absent.getUsername()))
                .filteredOn(e -> e.getKind() == AuditKind.ACCOUNT_DORMANT).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).startsWith("not used since ").endsWith("(more than 45 days)"));

        // the right password learns why; a wrong one gets the message everybody gets
        login(absent.getUsername(), PASSWORD).andExpect(redirectedUrl("/login?dormant")).andExpect(unauthenticated());
        login(absent.getUsername(), "Sai-mat-khau-2026").andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("dormant", "").locale(Locale.forLanguageTag("vi")))
                .andExpect(content().string(containsString("Tài khoản của bạn đã bị khóa vì không được sử dụng")));
    }

    @Test
    void anOrganiserEnablesADormantAccountAgainAndTheCountStartsAfresh() throws Exception {
        AppUser absent = officerUnusedFor(50);
        dormant.disableUnused();
        assertThat(users.findByUsername(absent.getUsername()).orElseThrow().getDormantSince()).isNotNull();

        CurrentUser organiser = (CurrentUser) userDetailsService.loadUserByUsername("organiser");
        mvc.perform(get("/users/" + absent.getId()).with(user(organiser)).locale(Locale.forLanguageTag("vi")))
                .andExpect(content().string(containsString("Bị khóa vì không sử dụng từ")));
        mvc.perform(post("/users/" + absent.getId() + "/reactivate").with(csrf()).with(user(organiser)))
                .andExpect(redirectedUrl("/users/" + absent.getId()));

        AppUser enabled = users.findByUsername(absent.getUsername()).orElseThrow();
        assertThat(enabled.isActive()).isTrue();
        assertThat(enabled.getDormantSince()).isNull();
        assertThat(enabled.getLastUsedAt()).isAfter(clock.instant().minusSeconds(60));
        assertThat(events.findByUsernameOrderById("organiser")).last().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.ACCOUNT_ENABLED);
            assertThat(e.getDetail()).startsWith("account " + absent.getUsername() + " enabled again; disabled as"
                    + " unused since ");
        });
        // the next night leaves it alone, and the user logs in
        dormant.disableUnused();
        login(absent.getUsername(), PASSWORD).andExpect(authenticated());
    }

    @Test
    void theUserPageListsTheAccountsAboutToBeDisabled() throws Exception {
        AppUser soon = officerUnusedFor(41);
        AppUser notYet = officerUnusedFor(30);
        Long ah = organisers.findByCode("AH").orElseThrow().getId();
        assertThat(dormant.aboutToBeDisabled(ah, 1000).first()).extracting(AppUser::getUsername)
                .contains(soon.getUsername()).doesNotContain(notYet.getUsername());
        AppUser sooner = officerUnusedFor(43);
        DormantAccounts.SoonDisabled first = dormant.aboutToBeDisabled(ah, 1);
        assertThat(first.first()).hasSize(1);
        assertThat(first.total()).isGreaterThanOrEqualTo(2);
        assertThat(dormant.aboutToBeDisabled(ah, 1000).first()).hasSize((int) first.total())
                .extracting(AppUser::getUsername).containsSubsequence(sooner.getUsername(), soon.getUsername());

        CurrentUser organiser = (CurrentUser) userDetailsService.loadUserByUsername("organiser");
        String page = mvc.perform(get("/users").with(user(organiser)).locale(Locale.forLanguageTag("vi")))
                .andReturn().getResponse().getContentAsString();
        String card = page.substring(page.indexOf("id=\"soon-dormant\""));
        card = card.substring(0, card.indexOf("</table>"));
        assertThat(card).contains("Tài khoản sắp bị khóa vì không sử dụng", soon.getUsername())
                .doesNotContain(notYet.getUsername());
        // a login keeps the account: it leaves the list
        login(soon.getUsername(), PASSWORD).andExpect(authenticated());
        assertThat(dormant.aboutToBeDisabled(ah, 1000).first()).extracting(AppUser::getUsername).doesNotContain(soon.getUsername());
    }

    @Test
    void theLastActiveAdministratorOfAnOrganiserIsLeftEnabled() {
        String code = "D" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        AppUser admin = new FirstAdministrator(users, organisers, agencies, types, accounts, environment, tx, policy)
                .create(FirstAdministrator.Settings.from(new MockEnvironment()
                        .withProperty("PARINDEX_ORGANISER_CODE", code).withProperty("PARINDEX_ORGANISER_NAME", "Tỉnh Vắng")
                        .withProperty("PARINDEX_ADMIN_USERNAME", "qt." + code.toLowerCase())
                        .withProperty("PARINDEX_ADMIN_PASSWORD", PASSWORD), policy));
        unusedFor(admin, 60);
        dormant.disableUnused();
        assertThat(users.findByUsername(admin.getUsername()).orElseThrow().isActive()).isTrue();
    }
}
