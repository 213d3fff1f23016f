package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

/** The engine REST API's HTTP Basic checks a password with BCrypt once a minute, not on every call. */
@IntegrationTest
class CachedBasicAuthenticationTest {

    static final String PASSWORD = "Dung-mat-khau-2026";
    static final String NEW_PASSWORD = "Mat-khau-moi-2026!";

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

    /** A password checked on every call, counted. */
    static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void aRightPasswordIsCheckedOnceWithinTheCacheTimeAndAgainAfterIt() {
        CountingEncoder encoder = new CountingEncoder();
        AtomicReference<UserDetails> stored = new AtomicReference<>(
                User.withUsername("api").password(encoder.encode(PASSWORD)).roles("ADMIN").build());
        AppClock time = new AppClock();
        CachedBasicAuthentication provider = new CachedBasicAuthentication(username -> stored.get(), encoder,
                Duration.ofMinutes(1), time);

        for (int i = 0; i < 5; i++) {
            assertThat(provider.authenticate(token(PASSWORD)).isAuthenticated()).isTrue();
        }
        assertThat(encoder.checks).hasValue(1);

        // a wrong password is checked every time, even while the right one is remembered
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("sai-mat-khau"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(4);

        time.setOffset(Duration.ofSeconds(61));
        provider.authenticate(token(PASSWORD));
        assertThat(encoder.checks).as("checked again once the minute is over").hasValue(5);

        // the password changed (on any node): the old one is refused at once
        stored.set(User.withUsername("api").password(encoder.encode(NEW_PASSWORD)).roles("ADMIN").build());
        assertThatThrownBy(() -> provider.authenticate(token(PASSWORD))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(token(NEW_PASSWORD)).isAuthenticated()).isTrue();

        // locked: refused before the password is looked at, though it is remembered
        stored.set(User.withUserDetails(stored.get()).accountLocked(true).build());
        assertThatThrownBy(() -> provider.authenticate(token(NEW_PASSWORD))).isInstanceOf(LockedException.class);
    }

    @Test
    void overTheApiAChangedPasswordOrALockEndsTheRememberedPasswordAtOnce() throws Exception {
        String username = "t.rest.cache." + System.nanoTime();
        accounts.create(username, "Lê Văn Khóa", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.ADMIN), PASSWORD, false);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/engine-rest/engine").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        }
        mvc.perform(get("/engine-rest/engine").with(httpBasic(username, "sai-mat-khau")))
                .andExpect(status().isUnauthorized());

        accounts.changePassword(users.findByUsername(username).orElseThrow(), NEW_PASSWORD);
        mvc.perform(get("/engine-rest/engine").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(httpBasic(username, NEW_PASSWORD))).andExpect(status().isOk());

        AppUser user = users.findByUsername(username).orElseThrow();
        user.setLockedUntil(clock.instant().plus(Duration.ofMinutes(15)));
        users.save(user);
        mvc.perform(get("/engine-rest/engine").with(httpBasic(username, NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());

        user = users.findByUsername(username).orElseThrow();
        user.setLockedUntil(null);
        users.save(user);
        accounts.setActive(users.findByUsername(username).orElseThrow(), false);
        mvc.perform(get("/engine-rest/engine").with(httpBasic(username, NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private static UsernamePasswordAuthenticationToken token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("api", password);
    }
}
