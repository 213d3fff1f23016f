package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

/**
 * Throttling per client address across accounts (credential stuffing), and a login page that never tells whether
 * an account exists. Each test logs in from addresses of its own (MockMvc only sets the request's remote address).
 */
@IntegrationTest
class AddressThrottleTest {

    static final String PASSWORD = "Dung-mat-khau-2026";
    static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 200));

    @Autowired
    MockMvc mvc;
    @Autowired
    AddressThrottle throttle;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AuditEventRepository events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppClock clock;
    @Autowired
    TransactionTemplate tx;

    static String newAddress() {
        int n = NEXT.incrementAndGet();
        return "10.55." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    String newUser() {
        String username = "t.addr." + System.nanoTime();
        accounts.create(username, "Đỗ Văn Mạng", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.OFFICER), PASSWORD, false);
        return username;
    }

    ResultActions login(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).locale(Locale.forLanguageTag("vi"))
                .param("username", username).param("password", password));
    }

    @Test
    void manyFailuresFromOneAddressAcrossAccountsRefuseThatAddressForABoundedTime() throws Exception {
        String attacker = newAddress();
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            victims.add(newUser());
        }
        // a stuffing run: a few known accounts, mostly unknown names, never five in a row on one account
        for (int i = 0; i < throttle.maxFailures(); i++) {
            String username = i < 2 * victims.size() ? victims.get(i % victims.size())
                    : "khong.co." + i + "." + System.nanoTime();
            login(attacker, username, "mat-khau-lo-" + i).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(victims).allSatisfy(victim ->
                assertThat(users.findByUsername(victim).orElseThrow().getLockedUntil()).isNull());

        // now even the right password is refused from that address, with a message of its own
        Instant until = throttle.blockedUntil(attacker).orElseThrow();
        assertThat(until).isBetween(clock.instant().plus(Duration.ofMinutes(14)), clock.instant().plus(Duration.ofMinutes(16)));
        login(attacker, victims.get(0), PASSWORD).andExpect(redirectedUrl("/login?blocked")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("blocked", "").with(from(attacker)).locale(Locale.forLanguageTag("vi")))
                .andExpect(content().string(containsString("Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng")))
                .andExpect(content().string(containsString("tạm dừng đến")));
        // the engine REST API's HTTP Basic shares the rule
        mvc.perform(get("/engine-rest/engine").with(httpBasic("admin", "Demo@2026")).with(from(attacker)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // refused attempts do not make the block longer
        for (int i = 0; i < 3; i++) {
            login(attacker, "khong.co." + System.nanoTime(), "x").andExpect(redirectedUrl("/login?blocked"));
        }
        assertThat(throttle.blockedUntil(attacker)).contains(until);

        // the same accounts from elsewhere are not affected
        login(newAddress(), victims.get(0), PASSWORD).andExpect(authenticated());

        // the block is written down with the address
        assertThat(events.findAll()).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.ADDRESS_BLOCKED);
            assertThat(event.getIpAddress()).isEqualTo(attacker);
            assertThat(event.getDetail()).isEqualTo("address " + attacker + ": " + throttle.maxFailures()
                    + " failed logins within 10 minutes; logins refused for 15 minutes");
        });

        // when the block is over, the address logs in again and starts with a clean count
        jdbc.update("update login_address set blocked_until = ? where address = ?",
                clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC), attacker);
        assertThat(throttle.blockedUntil(attacker)).isEmpty();
        login(attacker, victims.get(1), PASSWORD).andExpect(authenticated());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() throws Exception {
        String office = newAddress();
        for (int i = 0; i < throttle.maxFailures() - 1; i++) {
            login(office, "khong.co." + System.nanoTime(), "sai").andExpect(redirectedUrl("/login?error"));
        }
        // the window began more than ten minutes ago: the next failure starts a new one
        jdbc.update("update login_address set window_start = ? where address = ?",
                OffsetDateTime.now(ZoneOffset.UTC).plus(clock.offset()).minusMinutes(11), office);
        login(office, "khong.co." + System.nanoTime(), "sai").andExpect(redirectedUrl("/login?error"));
        assertThat(throttle.blockedUntil(office)).isEmpty();
        assertThat(jdbc.queryForObject("select failures from login_address where address = ?", Integer.class, office))
                .isEqualTo(1);
    }

    @Test
    void theLoginPageNeverSaysWhetherAnAccountExists() throws Exception {
        String address = newAddress();
        String known = newUser();
        String locked = newUser();
        String deactivated = newUser();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            login(newAddress(), locked, "sai-" + i);
        }
        tx.executeWithoutResult(status -> accounts.setActive(users.findByUsername(deactivated).orElseThrow(), false));
        String unknown = "khong.ton.tai." + System.nanoTime();

        String[][] attempts = {{unknown, "Bat-ky-mat-khau-1"}, {known, "Sai-mat-khau-123"},
                {locked, PASSWORD}, {deactivated, PASSWORD}};
        long[] medians = new long[attempts.length];
        for (int a = 0; a < attempts.length; a++) {
            long[] times = new long[5];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                login(address, attempts[a][0], attempts[a][1]).andExpect(redirectedUrl("/login?error"));
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            medians[a] = times[2];
        }
        // each refusal checks a password hash, so none answers markedly faster than a wrong password
        for (long median : medians) {
            assertThat(median).isGreaterThan(medians[1] / 3);
        }
        mvc.perform(get("/login").param("error", "").locale(Locale.forLanguageTag("vi")))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.")))
                .andExpect(content().string(not(containsString("không sử dụng"))));
    }
}
