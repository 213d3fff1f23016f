package vn.parindex.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.CurrentUser;

/**
 * The demo clock (demo profile only, never in production): an organiser moves the application's date
 * forward so a trainer can show reminders and escalations without waiting days. Every node of a cluster
 * follows the move ({@link SharedDemoClock}).
 */
@Controller
@Profile("demo")
class DemoClockController {

    private final SharedDemoClock demoClock;
    private final AppClock clock;
    private final MessageSource messages;

    DemoClockController(SharedDemoClock demoClock, AppClock clock, MessageSource messages) {
        this.demoClock = demoClock;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/demo/clock")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireOrganiser(user);
        Duration offset = demoClock.offset();
        model.addAttribute("now", VietnamTime.DATE_TIME.format(ZonedDateTime.now(clock)));
        model.addAttribute("offsetDays", offset.toDays());
        model.addAttribute("offsetHours", offset.toHoursPart());
        return "demo/clock";
    }

    @PostMapping("/demo/clock")
    String move(@RequestParam(required = false) Integer days,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date,
                @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        requireOrganiser(user);
        Duration offset = demoClock.offset();
        if (date != null) {
            // to 08:00 of that day, when reminders go out
            ZonedDateTime target = date.atTime(8, 1).atZone(VietnamTime.ZONE);
            offset = Duration.between(ZonedDateTime.now(VietnamTime.ZONE), target);
        } else if (days != null && days > 0) {
            offset = offset.plusDays(days);
        }
        if (!offset.isNegative()) {
            demoClock.move(offset);
        }
        redirect.addFlashAttribute("success", messages.getMessage("clock.moved", null, locale));
        return "redirect:/demo/clock";
    }

    @PostMapping("/demo/clock/reset")
    String reset(@AuthenticationPrincipal CurrentUser user) {
        requireOrganiser(user);
        demoClock.move(Duration.ZERO);
        return "redirect:/demo/clock";
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("demo clock is for the organiser");
        }
    }
}
