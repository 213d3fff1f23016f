package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

/** Logins, lockouts, logouts, refusals and exports in the audit log, and the administrators' page that lists them. */
@IntegrationTest
@Tag("postgres")
class AuditLogTest {

    static final String PASSWORD = "Nhat12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditEventRepository events;
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
    TwoProvinces provinces;

    @Test
    void loginsFailuresTheLockoutAndTheLogoutAreLogged() throws Exception {
        String username = "t.audit." + System.nanoTime();
        accounts.create(username, "Lê Văn Ghi", username + "@demo.parindex.vn", organisers.findByCode("AH").orElseThrow(),
                agencies.findByCode("AH-SCT").orElseThrow(), EnumSet.of(Role.OFFICER), PASSWORD, false);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin().user(username).password("sai-mat-khau")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
        AppUser locked = users.findByUsername(username).orElseThrow();
        locked.setLockedUntil(clock.instant().minusSeconds(1));
        users.save(locked);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(status().is3xxRedirection());

        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).extracting(AuditEvent::getKind).containsExactly(AuditKind.LOGIN_FAILED,
                AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN_FAILED,
                AuditKind.ACCOUNT_LOCKED, AuditKind.LOGIN_FAILED, AuditKind.LOGIN, AuditKind.LOGOUT);
        assertThat(trail.get(0).getDetail()).isEqualTo("bad credentials");
        assertThat(trail.get(5).getDetail()).isEqualTo("5 wrong passwords in a row; locked for 15 minutes");
        assertThat(trail.get(6).getDetail()).isEqualTo("account locked");
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.getIpAddress()).isEqualTo("127.0.0.1");
            assertThat(event.getOrganiserId()).isEqualTo(organisers.findByCode("AH").orElseThrow().getId());
            assertThat(event.getOccurredAt()).isNotNull();
        });
        assertThat(trail.get(7).getPath()).isEqualTo("/login");
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Test
    void aLoginOutsideARequestsContextStillRecordsTheClientAddress() {
        String username = "t.audit.ip." + System.nanoTime();
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(username, null, List.of());
        authentication.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
        publisher.publishEvent(new org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent(
                authentication, getClass()));
        assertThat(events.findByUsernameOrderById(username)).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.LOGIN);
            assertThat(event.getIpAddress()).isEqualTo("203.0.113.7");
        });
    }

    @Test
    void aLoginWithAnUnknownNameIsLoggedWithoutOrganiser() throws Exception {
        String nobody = "khong.co." + System.nanoTime();
        mvc.perform(formLogin().user(nobody).password("x12345678")).andExpect(unauthenticated());
        assertThat(events.findByUsernameOrderById(nobody)).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.LOGIN_FAILED);
            assertThat(event.getOrganiserId()).isNull();
        });
    }

    @Test
    void respondentListsAreExportedByTheOrganiserOnlyAndEveryExportIsLogged() throws Exception {
        TwoProvinces.Provinces world = provinces.get();
        String export = "/survey/campaigns/" + world.home().campaign() + "/respondents.xlsx";
        CurrentUser organiser = world.actors().get(Role.ORGANISER);
        byte[] sheet = mvc.perform(get(export).with(user(organiser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sheet).isNotEmpty();
        assertThat(latest(organiser.username())).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.EXPORT);
            assertThat(event.getPath()).isEqualTo(export);
            assertThat(event.getHttpMethod()).isEqualTo("GET");
            assertThat(event.getDetail()).isEqualTo("respondent lists with names and phone numbers (Excel)");
        });

        for (Role role : List.of(Role.ADMIN, Role.OFFICER, Role.VIEWER)) {
            CurrentUser other = world.actors().get(role);
            mvc.perform(get(export).with(user(other))).andExpect(status().isForbidden());
            assertThat(latest(other.username())).satisfies(event -> {
                assertThat(event.getKind()).isEqualTo(AuditKind.ACCESS_DENIED);
                assertThat(event.getPath()).isEqualTo(export);
                assertThat(event.getDetail()).isEqualTo("Only the organiser exports respondent lists");
            });
        }
    }

    @Test
    void administratorsReadTheLogOfTheirOwnOrganiserByUserAndKind() throws Exception {
        TwoProvinces.Provinces world = provinces.get();
        CurrentUser admin = world.actors().get(Role.ADMIN);
        CurrentUser officer = world.actors().get(Role.OFFICER);
        String refused = "/users?q=" + System.nanoTime();
        mvc.perform(get(refused).with(user(officer))).andExpect(status().isForbidden());
        CurrentUser foreignAdmin = provinces.as("admin." + world.foreign().code().toLowerCase());
        mvc.perform(get("/outbox").with(user(foreignAdmin))).andExpect(status().isOk());
        mvc.perform(get("/survey/campaigns/" + world.foreign().campaign() + "/respondents.xlsx")
                .with(user(foreignAdmin))).andExpect(status().isForbidden());

        mvc.perform(get("/audit").param("username", officer.username()).param("kind", "ACCESS_DENIED")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhật ký an toàn thông tin")))
                .andExpect(content().string(containsString("Từ chối truy cập (403)")))
                .andExpect(content().string(containsString(refused)))
                .andExpect(content().string(containsString("127.0.0.1")));
        // another organiser's events stay with its own administrators
        mvc.perform(get("/audit").param("kind", "ACCESS_DENIED").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(foreignAdmin.username()))));
        mvc.perform(get("/audit").param("username", admin.username()).param("kind", "LOGIN")
                        .param("lang", "en").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Security audit log")))
                .andExpect(content().string(containsString("of 0 lines")));
    }

    private AuditEvent latest(String username) {
        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail).as("audit events of " + username).isNotEmpty();
        return trail.get(trail.size() - 1);
    }
}
