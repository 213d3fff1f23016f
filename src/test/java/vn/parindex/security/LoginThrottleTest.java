package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

@IntegrationTest
@Tag("postgres")
class LoginThrottleTest {

    static final String PASSWORD = "Dung-mat-khau-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AppClock clock;

    String newUser() {
        String username = "t.throttle." + System.nanoTime();
        accounts.create(username, "Tạ Văn Khóa", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.OFFICER), PASSWORD, false);
        return username;
    }

    /** From an address of its own: these failures must not add up to a block of the tests' own address. */
    void failLogins(String username, int times) throws Exception {
        String address = AddressThrottleTest.newAddress();
        for (int i = 0; i < times; i++) {
            mvc.perform(post("/login").with(csrf()).with(AddressThrottleTest.from(address))
                    .param("username", username).param("password", "sai-mat-khau")).andExpect(unauthenticated());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = newUser();
        failLogins(username, 5);
        AppUser locked = users.findByUsername(username).orElseThrow();
        assertThat(locked.getLockedUntil()).isBetween(clock.instant().plus(Duration.ofMinutes(14)),
                clock.instant().plus(Duration.ofMinutes(16)));
        // even the right password is refused while locked
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());

        // fifteen minutes later
        locked.setLockedUntil(clock.instant().minusSeconds(1));
        users.save(locked);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(users.findByUsername(username).orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void fewerFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
        String username = newUser();
        failLogins(username, 4);
        assertThat(users.findByUsername(username).orElseThrow().getFailedLogins()).isEqualTo(4);
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNull();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(users.findByUsername(username).orElseThrow().getFailedLogins()).isZero();
        failLogins(username, 4);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNull();
    }

    @Test
    void wrongPasswordsOnTheEngineRestApiCountToo() throws Exception {
        String username = newUser();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(get("/engine-rest/engine").with(httpBasic(username, "sai-mat-khau"))
                            .with(AddressThrottleTest.from("10.56.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isAfter(clock.instant());
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void unknownUserNamesAreIgnored() throws Exception {
        long before = users.count();
        failLogins("khong.ton.tai." + System.nanoTime(), 6);
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void anAdminResetOfThePasswordUnlocks() throws Exception {
        String username = newUser();
        failLogins(username, 5);
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isAfter(Instant.now(clock));
        accounts.resetPassword(users.findByUsername(username).orElseThrow(), "Tam12345");
        mvc.perform(formLogin().user(username).password("Tam12345")).andExpect(authenticated());
    }
}
