package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

/** The engine REST API's HTTP Basic checks a password with BCrypt once a minute, not on every call. */
@IntegrationTest
class CachedBasicAuthenticationTest {

    static final String PASSWORD = "Dung-mat-khau-2026";
    static final String NEW_PASSWORD = "Mat-khau-moi-2026!";

    @LocalServerPort
    int port;
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
    @Autowired
    TransactionTemplate tx;

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
            assertThat(engine(username, PASSWORD)).isEqualTo(200);
        }
        assertThat(engine(username, "sai-mat-khau")).isEqualTo(401);

        accounts.changePassword(users.findByUsername(username).orElseThrow(), NEW_PASSWORD);
        assertThat(engine(username, PASSWORD)).as("the old password, remembered a moment ago").isEqualTo(401);
        assertThat(engine(username, NEW_PASSWORD)).isEqualTo(200);

        AppUser user = users.findByUsername(username).orElseThrow();
        user.setLockedUntil(clock.instant().plus(Duration.ofMinutes(15)));
        users.save(user);
        assertThat(engine(username, NEW_PASSWORD)).as("locked").isEqualTo(401);

        user = users.findByUsername(username).orElseThrow();
        user.setLockedUntil(null);
        users.save(user);
        assertThat(engine(username, NEW_PASSWORD)).isEqualTo(200);
        tx.executeWithoutResult(status -> accounts.setActive(users.findByUsername(username).orElseThrow(), false));
        assertThat(engine(username, NEW_PASSWORD)).as("deactivated").isEqualTo(401);
    }

    /** The status of the engine REST API's GET /engine-rest/engine over real HTTP with these credentials. */
    private int engine(String username, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/engine-rest/engine")).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static UsernamePasswordAuthenticationToken token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("api", password);
    }
}
