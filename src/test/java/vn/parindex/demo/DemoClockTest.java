package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.EngineClock;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.security.UserAccounts;
import vn.parindex.timeline.ReminderSchedule;

/**
 * The demo clock belongs to the installation: only an administrator moves it, and only forward. The controller
 * is a demo-profile bean, so the test builds it from the shared context's clocks.
 */
@IntegrationTest
class DemoClockTest {

    @Autowired EngineClock engineClock;
    @Autowired AppClock clock;
    @Autowired MessageSource messages;
    @Autowired ProcessFixture fixture;
    @Autowired UserAccounts accounts;
    @Autowired AgencyRepository agencies;
    @Autowired UserDetailsService details;
    @Autowired TransactionTemplate tx;
    @Autowired ReminderSchedule reminders;

    DemoClockController controller;
    ProcessFixture.World world;
    CurrentUser admin;

    @BeforeEach
    void clockAtRealTime() {
        engineClock.share(Duration.ZERO);
        controller = new DemoClockController(new SharedDemoClock(engineClock), clock, messages, reminders);
        world = fixture.world();
        String username = "admin.clock." + world.code().toLowerCase();
        tx.executeWithoutResult(status -> {
            var standing = agencies.findById(world.standingId()).orElseThrow();
            accounts.create(username, username, username + "@test.parindex.vn", standing.getOrganiser(), standing,
                    EnumSet.of(Role.ADMIN), ProcessFixture.PASSWORD, false);
        });
        admin = as(username);
    }

    @AfterEach
    void backToRealTime() {
        engineClock.share(Duration.ZERO);
        fixture.resetClock();
    }

    @Test
    void onlyAnAdministratorSeesOrMovesTheClock() {
        for (String username : new String[] {world.organiser(), world.officer(), world.reviewer(), world.council()}) {
            CurrentUser user = as(username);
            assertThatThrownBy(() -> controller.show(user, new ExtendedModelMap())).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> controller.move(3, null, user, Locale.ENGLISH, new RedirectAttributesModelMap()))
                    .as(username).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(engineClock.offset()).isZero();
        assertThat(controller.show(admin, new ExtendedModelMap())).isEqualTo("demo/clock");
    }

    @Test
    void theClockMovesForwardByDaysOrToALaterDate() {
        LocalDate today = clock.today();
        RedirectAttributesModelMap moved = new RedirectAttributesModelMap();
        controller.move(3, null, admin, Locale.ENGLISH, moved);
        assertThat(clock.today()).isEqualTo(today.plusDays(3));
        assertThat(moved.getFlashAttributes().get("success")).asString().startsWith("Clock moved");

        controller.move(null, today.plusDays(10), admin, Locale.ENGLISH, new RedirectAttributesModelMap());
        assertThat(clock.today()).isEqualTo(today.plusDays(10));
        // just after the morning reminders (08:00 by default)
        assertThat(java.time.ZonedDateTime.now(clock).toLocalTime())
                .isBetween(reminders.getTime().plusMinutes(1), reminders.getTime().plusMinutes(2));
    }

    @Test
    void theClockNeverGoesBack() {
        LocalDate today = clock.today();
        controller.move(5, null, admin, Locale.ENGLISH, new RedirectAttributesModelMap());
        Duration offset = engineClock.offset();

        RedirectAttributesModelMap past = new RedirectAttributesModelMap();
        controller.move(null, today.plusDays(2), admin, Locale.ENGLISH, past);
        assertThat(past.getFlashAttributes().get("error")).asString()
                .contains("does not go back", VietnamTime.DATE.format(today.plusDays(2)));
        for (int days : new int[] {0, -2}) {
            RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
            controller.move(days, null, admin, new Locale("vi"), refused);
            assertThat(refused.getFlashAttributes().get("error")).asString().contains("Số ngày phải lớn hơn 0");
        }
        assertThat(engineClock.offset()).isEqualTo(offset);
        assertThat(clock.today()).isEqualTo(today.plusDays(5));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
