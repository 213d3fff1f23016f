package vn.parindex.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;

/** Accounts with an authenticator, and the codes an authenticator app would show, computed by the TOTP library. */
@Component
class TwoFactorFixture {

    static final String PASSWORD = "HaiLop2026DungMa";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}");

    private final UserAccounts accounts;
    private final OrganiserRepository organisers;
    private final AgencyRepository agencies;

    TwoFactorFixture(UserAccounts accounts, OrganiserRepository organisers, AgencyRepository agencies) {
        this.accounts = accounts;
        this.organisers = organisers;
        this.agencies = agencies;
    }

    /** A new account of An Hòa with the given roles and {@link #PASSWORD}. */
    String newUser(String prefix, Role... roles) {
        String username = prefix + "." + System.nanoTime();
        accounts.create(username, "Phạm Thị Mã", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), roles.length == 0 ? EnumSet.of(Role.OFFICER)
                        : EnumSet.copyOf(Set.of(roles)), PASSWORD, false);
        return username;
    }

    static long step(Instant at) {
        return at.getEpochSecond() / 30;
    }

    /** The current time step, once at least three seconds of it are left (no step ends between test and server). */
    static long steadyStep() {
        while (30 - Instant.now().getEpochSecond() % 30 < 3) {
            pause(500);
        }
        return step(Instant.now());
    }

    static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A six-digit code that is none of the codes of the steps around now. */
    static String wrongCode(String secret) {
        long now = step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate * 7919 % 1_000_000);
            boolean real = false;
            for (long s = now - 12; s <= now + 12; s++) {
                real |= code.equals(code(secret, s));
            }
            if (!real) {
                return code;
            }
        }
    }

    MockHttpSession logIn(MockMvc mvc, String username) throws Exception {
        return logIn(mvc, username, new MockHttpSession());
    }

    MockHttpSession logIn(MockMvc mvc, String username, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).session(session)).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Enrols through the pages as the logged-in session; the secret as the page shows it, and the recovery codes. */
    Enrolment enrol(MockMvc mvc, MockHttpSession session) throws Exception {
        mvc.perform(post("/account/two-factor/start").with(csrf()).session(session));
        String page = mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse()
                .getContentAsString();
        String secret = secretOn(page);
        long step = steadyStep();
        String codesPage = mvc.perform(post("/account/two-factor/confirm").param("code", code(secret, step))
                .with(csrf()).session(session)).andReturn().getResponse().getContentAsString();
        return new Enrolment(secret, step, recoveryCodesOn(codesPage));
    }

    static String secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no secret on the page");
        }
        return matcher.group(1).replace(" ", "");
    }

    static List<String> recoveryCodesOn(String page) {
        return RECOVERY_CODE.matcher(page).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What enrolment left: the secret, the time step its confirming code used, the ten recovery codes. */
    record Enrolment(String secret, long usedStep, List<String> recoveryCodes) {
    }
}
