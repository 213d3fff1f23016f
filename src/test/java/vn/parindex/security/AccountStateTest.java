package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.MockMvcSessions;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;

/** A session follows its account: deactivated, it ends; given other roles, it has them; and it ends after 12 hours. */
@IntegrationTest
@Tag("postgres")
class AccountStateTest {

    static final String PASSWORD = "Phien12345";

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
    AuditEventRepository events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void deactivatingAnAccountEndsItsSessionAtOnce() throws Exception {
        String username = account(Role.VIEWER);
        MockHttpSession session = login(username);
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());

        String id = MockMvcSessions.sessionId(session);
        assertThat(sessions.findById(id)).as("the session in the database").isNotNull();

        tx.executeWithoutResult(status -> accounts.setActive(users.findByUsername(username).orElseThrow(), false));
        assertThat(sessions.findById(id)).as("deleted with the deactivation, before any further request").isNull();
        List<AuditEvent> trail = events.findByUsernameOrderById(username);
        assertThat(trail.get(trail.size() - 1)).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.SESSION_ENDED);
            assertThat(event.getDetail()).startsWith("1 session ended (account deactivated)");
        });
        mvc.perform(get("/campaigns").session(session)).andExpect(redirectedUrlPattern("**/login?expired"));
    }

    @Test
    void aRoleTakenAwayIsGoneFromTheRunningSession() throws Exception {
        String username = account(Role.VIEWER);
        MockHttpSession session = login(username);
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());

        tx.executeWithoutResult(status -> {
            AppUser user = users.findByUsername(username).orElseThrow();
            user.setRoles(EnumSet.of(Role.OFFICER));
            accounts.save(user);
        });
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/agency-home").session(session)).andExpect(status().isOk());
    }

    @Test
    void aSessionEndsTwelveHoursAfterTheLoginHoweverBusy() throws Exception {
        MockHttpSession session = login(account(Role.VIEWER));
        session.setAttribute(AccountStateFilter.LOGGED_IN_AT, Instant.now().minus(Duration.ofHours(11).plusMinutes(59)));
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());
        session.setAttribute(AccountStateFilter.LOGGED_IN_AT, Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
        mvc.perform(get("/campaigns").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    private String account(Role role) {
        String username = "t.session." + System.nanoTime();
        accounts.create(username, "Phan Thị Phiên", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SCT").orElseThrow(),
                EnumSet.of(role), PASSWORD, false);
        return username;
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
    }
}
