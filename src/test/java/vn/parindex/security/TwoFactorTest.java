package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.demo.DemoData;

/**
 * Two-factor login with real codes computed by the TOTP library: who must enrol, the code step after the password,
 * refused codes (wrong, replayed, from a clock too far off, a used recovery code), an abandoned enrolment, the
 * remembered device, an administrator's reset, the organiser's rule and the engine REST API. The installation's
 * rule (ADMIN and ORGANISER must enrol, off in the test profile as in the demo) is switched on where it is tested.
 */
@IntegrationTest
class TwoFactorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoFactorFixture fixture;
    @Autowired
    TwoFactorSettings settings;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditEventRepository events;
    @Autowired
    RecoveryCodeRepository recoveryCodes;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    UserDetailsService details;

    Set<Role> requiredRoles;
    int rememberDays;

    @BeforeEach
    void keepSettings() {
        requiredRoles = settings.getRequiredRoles();
        rememberDays = settings.getRememberDeviceDays();
    }

    @AfterEach
    void restoreSettings() {
        settings.setRequiredRoles(requiredRoles);
        settings.setRememberDeviceDays(rememberDays);
        settings.setEngineRestAccounts(Set.of());
        Organiser ah = organisers.findByCode("AH").orElseThrow();
        if (ah.isTwoFactorForAllRoles()) {
            ah.setTwoFactorForAllRoles(false);
            organisers.save(ah);
        }
    }

    @Test
    void organisersAndAdminsWithoutASecondFactorReachNothingButTheEnrolment() throws Exception {
        settings.setRequiredRoles(EnumSet.of(Role.ADMIN, Role.ORGANISER));
        String organiser = fixture.newUser("t.mfa.org", Role.ORGANISER);
        MockHttpSession session = fixture.logIn(mvc, organiser);
        for (String page : List.of("/", "/campaigns", "/users", "/account/password")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/two-factor"));
        }
        mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"two-factor-required\"")));

        String admin = fixture.newUser("t.mfa.admin", Role.ADMIN);
        MockHttpSession adminSession = fixture.logIn(mvc, admin);
        mvc.perform(get("/camunda/app/cockpit/default/").session(adminSession))
                .andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/engine-rest/engine").with(httpBasic(admin, TwoFactorFixture.PASSWORD)))
                .andExpect(status().isForbidden());

        // an officer is not bound by the installation's rule
        String officer = fixture.newUser("t.mfa.off", Role.OFFICER);
        mvc.perform(get("/").session(fixture.logIn(mvc, officer))).andExpect(status().isOk());

        // once enrolled, the organiser works as before
        fixture.enrol(mvc, session);
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());
        assertThat(kinds(organiser)).contains(AuditKind.MFA_ENROLLED);
    }

    @Test
    void anAbandonedEnrolmentLeavesTheAccountAsItWas() throws Exception {
        settings.setRequiredRoles(EnumSet.of(Role.ADMIN, Role.ORGANISER));
        String organiser = fixture.newUser("t.mfa.abandon", Role.ORGANISER);
        MockHttpSession session = fixture.logIn(mvc, organiser);
        mvc.perform(post("/account/two-factor/start").with(csrf()).session(session));
        String secret = TwoFactorFixture.secretOn(mvc.perform(get("/account/two-factor").session(session))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(get("/account/two-factor/qr.png").session(session)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        // a wrong code confirms nothing
        mvc.perform(post("/account/two-factor/confirm").param("code", TwoFactorFixture.wrongCode(secret))
                        .with(csrf()).session(session))
                .andExpect(content().string(Matchers.containsString("Mã không đúng")));
        assertThat(users.findByUsername(organiser).orElseThrow().hasSecondFactor()).isFalse();

        // the browser is closed half-way: a new login has no second factor and must enrol, with a new secret
        MockHttpSession again = fixture.logIn(mvc, organiser);
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account/two-factor").session(again))
                .andExpect(content().string(Matchers.not(Matchers.containsString("totp-secret"))));
        mvc.perform(get("/account/two-factor/qr.png").session(again)).andExpect(status().isNotFound());
        AppUser user = users.findByUsername(organiser).orElseThrow();
        assertThat(user.hasSecondFactor()).isFalse();
        assertThat(recoveryCodes.findByUserId(user.getId())).isEmpty();
        assertThat(events.findByUsernameOrderById(organiser)).filteredOn(e -> e.getKind() == AuditKind.MFA_FAILED)
                .extracting(AuditEvent::getDetail).containsExactly("enrolment: wrong code");
    }

    @Test
    void aReplacementAbandonedHalfWayKeepsTheOldAuthenticator() throws Exception {
        String username = fixture.newUser("t.mfa.replace");
        MockHttpSession session = fixture.logIn(mvc, username);
        TwoFactorFixture.Enrolment old = fixture.enrol(mvc, session);
        mvc.perform(post("/account/two-factor/start").with(csrf()).session(session));
        String fresh = TwoFactorFixture.secretOn(mvc.perform(get("/account/two-factor").session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(fresh).isNotEqualTo(old.secret());
        mvc.perform(post("/account/two-factor/cancel").with(csrf()).session(session))
                .andExpect(redirectedUrl("/account/two-factor"));

        MockHttpSession login = fixture.logIn(mvc, username);
        codeRefused(login, TwoFactorFixture.code(fresh, TwoFactorFixture.steadyStep()), "Mã không đúng");
        mvc.perform(post("/login/two-factor").param("code", TwoFactorFixture.code(old.secret(), old.usedStep() + 1))
                .with(csrf()).session(login)).andExpect(redirectedUrl("/"));
        assertThat(recoveryCodes.findByUserId(users.findByUsername(username).orElseThrow().getId())).hasSize(10);
    }

    @Test
    void theCodeStepRefusesWrongReplayedAndSkewedCodesAndLogsInOnlyWithTheRightOne() throws Exception {
        String username = fixture.newUser("t.mfa.code");
        TwoFactorFixture.Enrolment enrolment = fixture.enrol(mvc, fixture.logIn(mvc, username));

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").param("username", username).param("password", TwoFactorFixture.PASSWORD)
                .with(csrf()).session(session)).andExpect(redirectedUrl("/login/two-factor"));
        // the password alone opens nothing
        mvc.perform(get("/").session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/account/two-factor").session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login/two-factor").session(session)).andExpect(status().isOk());

        String secret = enrolment.secret();
        codeRefused(session, TwoFactorFixture.wrongCode(secret), "Mã không đúng");
        long now = TwoFactorFixture.steadyStep();
        codeRefused(session, TwoFactorFixture.code(secret, now - 3), "đồng hồ của điện thoại lệch quá 30 giây");
        codeRefused(session, TwoFactorFixture.code(secret, now + 3), "đồng hồ của điện thoại lệch quá 30 giây");
        // the code that confirmed the enrolment was used already
        codeRefused(session, TwoFactorFixture.code(secret, enrolment.usedStep()), "Mã này đã được dùng");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrlPattern("**/login"));

        String next = TwoFactorFixture.code(secret, enrolment.usedStep() + 1);
        // on to the page asked for before the login
        mvc.perform(post("/login/two-factor").param("code", next).with(csrf()).session(session))
                .andExpect(redirectedUrl("http://localhost/?continue"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        // the same code on another login: replayed
        MockHttpSession other = fixture.logIn(mvc, username);
        codeRefused(other, next, "Mã này đã được dùng");

        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).filteredOn(e -> e.getKind() == AuditKind.MFA_FAILED).extracting(AuditEvent::getDetail)
                .containsExactly("wrong code", "code of a clock more than 30 s off", "code of a clock more than 30 s off",
                        "code already used (replayed time step)", "code already used (replayed time step)");
        // one LOGIN for the login that passed both steps (and one for the enrolment's session), none for a password alone
        assertThat(trail).filteredOn(e -> e.getKind() == AuditKind.LOGIN).extracting(AuditEvent::getDetail)
                .containsExactly(null, "second factor: authenticator code");
        // refused codes count towards the lockout; the right code starts the count again
        assertThat(users.findByUsername(username).orElseThrow().getFailedLogins()).isEqualTo(1);
    }

    @Test
    void aRecoveryCodeWorksOnceAndIsRefusedTheSecondTime() throws Exception {
        String username = fixture.newUser("t.mfa.recovery");
        TwoFactorFixture.Enrolment enrolment = fixture.enrol(mvc, fixture.logIn(mvc, username));
        assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        String code = enrolment.recoveryCodes().get(3);

        MockHttpSession session = fixture.logIn(mvc, username);
        mvc.perform(post("/login/two-factor").param("code", code.toUpperCase()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/account/two-factor").session(session))
                .andExpect(content().string(Matchers.containsString(">9<")));
        mvc.perform(post("/logout").with(csrf()).session(session));

        MockHttpSession again = fixture.logIn(mvc, username);
        codeRefused(again, code, "Mã dự phòng này đã được dùng");
        mvc.perform(get("/").session(again)).andExpect(redirectedUrlPattern("**/login"));
        assertThat(events.findByUsernameOrderById(username)).filteredOn(e -> e.getKind() == AuditKind.MFA_FAILED)
                .extracting(AuditEvent::getDetail).containsExactly("recovery code already used");
    }

    @Test
    void fiveRefusedCodesLockTheAccountLikeWrongPasswords() throws Exception {
        String username = fixture.newUser("t.mfa.lock");
        String secret = fixture.enrol(mvc, fixture.logIn(mvc, username)).secret();
        MockHttpSession session = fixture.logIn(mvc, username);
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            codeRefused(session, TwoFactorFixture.wrongCode(secret), "Mã không đúng");
        }
        codeRefused(session, TwoFactorFixture.wrongCode(secret), "tài khoản tạm khóa 15 phút");
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
        // the pending login is gone: the code page sends back to the login
        mvc.perform(get("/login/two-factor").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(kinds(username)).contains(AuditKind.ACCOUNT_LOCKED);
    }

    @Test
    void aRememberedDeviceSkipsTheCodeUntilTheFactorIsReset() throws Exception {
        settings.setRememberDeviceDays(30);
        String username = fixture.newUser("t.mfa.device");
        TwoFactorFixture.Enrolment enrolment = fixture.enrol(mvc, fixture.logIn(mvc, username));
        MockHttpSession session = fixture.logIn(mvc, username);
        mvc.perform(get("/login/two-factor").session(session))
                .andExpect(content().string(Matchers.containsString("trong 30 ngày")));
        MvcResult result = mvc.perform(post("/login/two-factor").param("remember", "true")
                        .param("code", enrolment.recoveryCodes().get(0)).with(csrf()).session(session))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie device = result.getResponse().getCookie(RememberedDevices.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getMaxAge()).isEqualTo(30 * 24 * 3600);

        MockHttpSession remembered = new MockHttpSession();
        mvc.perform(post("/login").param("username", username).param("password", TwoFactorFixture.PASSWORD)
                .cookie(device).with(csrf()).session(remembered)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(remembered)).andExpect(status().isOk());
        // another browser still needs the code
        mvc.perform(post("/login").param("username", username).param("password", TwoFactorFixture.PASSWORD)
                .with(csrf()).session(new MockHttpSession())).andExpect(redirectedUrl("/login/two-factor"));
        // the cookie is this user's only
        String stranger = fixture.newUser("t.mfa.stranger");
        fixture.enrol(mvc, fixture.logIn(mvc, stranger));
        mvc.perform(post("/login").param("username", stranger).param("password", TwoFactorFixture.PASSWORD)
                .cookie(device).with(csrf()).session(new MockHttpSession())).andExpect(redirectedUrl("/login/two-factor"));

        AppUser user = users.findByUsername(username).orElseThrow();
        mvc.perform(post("/users/" + user.getId() + "/two-factor/reset").with(csrf())
                .with(user(details.loadUserByUsername("admin")))).andExpect(redirectedUrl("/users/" + user.getId()));
        fixture.enrol(mvc, fixture.logIn(mvc, username));
        mvc.perform(post("/login").param("username", username).param("password", TwoFactorFixture.PASSWORD)
                .cookie(device).with(csrf()).session(new MockHttpSession())).andExpect(redirectedUrl("/login/two-factor"));
        assertThat(events.findByUsernameOrderById(username)).filteredOn(e -> e.getKind() == AuditKind.LOGIN)
                .extracting(AuditEvent::getDetail).contains("second factor: recovery code", "second factor: remembered device");
    }

    @Test
    void anAdministratorResetsASecondFactorAndItIsAudited() throws Exception {
        String username = fixture.newUser("t.mfa.reset");
        fixture.enrol(mvc, fixture.logIn(mvc, username));
        AppUser user = users.findByUsername(username).orElseThrow();
        String reset = "/users/" + user.getId() + "/two-factor/reset";
        mvc.perform(get("/users/" + user.getId()).with(user(details.loadUserByUsername("admin"))))
                .andExpect(content().string(Matchers.containsString(reset)));

        // organiser staff manage users but may not reset a second factor; another province's admin finds no one
        mvc.perform(post(reset).with(csrf()).with(user(details.loadUserByUsername("organiser"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(reset).with(csrf()).with(user(details.loadUserByUsername("bs.organiser"))))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsername(username).orElseThrow().hasSecondFactor()).isTrue();

        mvc.perform(post(reset).with(csrf()).with(user(details.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/users/" + user.getId()));
        assertThat(users.findByUsername(username).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(recoveryCodes.findByUserId(user.getId())).isEmpty();
        assertThat(events.findByUsernameOrderById("admin")).filteredOn(e -> e.getKind() == AuditKind.MFA_RESET)
                .extracting(AuditEvent::getDetail).contains("second factor of " + username + " reset by an administrator");
        // the user logs in with the password alone again
        mvc.perform(post("/login").param("username", username).param("password", TwoFactorFixture.PASSWORD)
                .with(csrf()).session(new MockHttpSession())).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOrganiserCanRequireASecondFactorOfEveryRole() throws Exception {
        String officer = fixture.newUser("t.mfa.province", Role.OFFICER);
        mvc.perform(post("/settings/two-factor").param("forAllRoles", "true").with(csrf())
                .with(user(details.loadUserByUsername("organiser")))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/two-factor").param("forAllRoles", "true").with(csrf())
                .with(user(details.loadUserByUsername("admin")))).andExpect(redirectedUrl("/settings/two-factor"));
        assertThat(organisers.findByCode("AH").orElseThrow().isTwoFactorForAllRoles()).isTrue();
        assertThat(organisers.findByCode("BS").orElseThrow().isTwoFactorForAllRoles()).isFalse();

        MockHttpSession session = fixture.logIn(mvc, officer);
        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/account/two-factor"));
        // turning a required factor off is refused
        fixture.enrol(mvc, session);
        mvc.perform(post("/account/two-factor/disable").param("code", "123456").with(csrf()).session(session))
                .andExpect(status().isForbidden());
        // Bình Sơn's officers are not concerned
        mvc.perform(get("/tasks").with(user(details.loadUserByUsername("bs.officer")))).andExpect(status().isOk());
        assertThat(kinds("admin")).contains(AuditKind.MFA_POLICY);
    }

    @Test
    void theEngineRestApiTakesAPasswordAloneOnlyWhereNoSecondFactorAppliesOrForNamedAutomationAccounts()
            throws Exception {
        assertThat(engineRestAsAdmin()).isEqualTo(200);
        settings.setRequiredRoles(EnumSet.of(Role.ADMIN, Role.ORGANISER));
        assertThat(engineRestAsAdmin()).isEqualTo(403);
        settings.setEngineRestAccounts(Set.of("admin"));
        assertThat(engineRestAsAdmin()).isEqualTo(200);
    }

    @LocalServerPort
    int port;

    /** Over real HTTP: the REST API is Camunda's own servlet, outside MockMvc. */
    private int engineRestAsAdmin() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + DemoData.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .header("Authorization", "Basic " + basic).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aUserTurnsTheirOwnFactorOffWithACurrentCode() throws Exception {
        String username = fixture.newUser("t.mfa.off");
        MockHttpSession session = fixture.logIn(mvc, username);
        TwoFactorFixture.Enrolment enrolment = fixture.enrol(mvc, session);
        mvc.perform(post("/account/two-factor/disable").param("code", TwoFactorFixture.wrongCode(enrolment.secret()))
                .with(csrf()).session(session)).andExpect(content().string(Matchers.containsString("không có gì thay đổi")));
        assertThat(users.findByUsername(username).orElseThrow().hasSecondFactor()).isTrue();
        mvc.perform(post("/account/two-factor/disable").param("code",
                        TwoFactorFixture.code(enrolment.secret(), enrolment.usedStep() + 1)).with(csrf()).session(session))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(users.findByUsername(username).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(kinds(username)).contains(AuditKind.MFA_RESET);
    }

    @Test
    void aSecondFactorLowersTheMinimumPasswordLengthFromFourteenToEight() throws Exception {
        String username = fixture.newUser("t.mfa.pw");
        MockHttpSession session = fixture.logIn(mvc, username);
        mvc.perform(post("/account/password").with(csrf()).session(session)
                        .param("currentPassword", TwoFactorFixture.PASSWORD)
                        .param("newPassword", "Bv7-qZ2x").param("confirmPassword", "Bv7-qZ2x"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("14")));
        fixture.enrol(mvc, session);
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(Matchers.containsString("minlength=\"8\"")));
        mvc.perform(post("/account/password").with(csrf()).session(session)
                        .param("currentPassword", TwoFactorFixture.PASSWORD)
                        .param("newPassword", "Bv7-qZ2x").param("confirmPassword", "Bv7-qZ2x"))
                .andExpect(redirectedUrl("/"));
    }

    private void codeRefused(MockHttpSession session, String code, String message) throws Exception {
        mvc.perform(post("/login/two-factor").param("code", code).with(csrf()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(message)));
    }

    private List<AuditKind> kinds(String username) {
        return events.findByUsernameOrderById(username).stream().map(AuditEvent::getKind).toList();
    }
}
