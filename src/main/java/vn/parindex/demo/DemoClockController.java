package vn.parindex.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
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
import vn.parindex.security.Role;
import vn.parindex.timeline.ReminderSchedule;

/**
 * The demo clock (demo profile only, never in production): an administrator moves the installation's date
 * forward so a trainer can show reminders and escalations without waiting days. It belongs to the installation,
 * not to one province: every province's timers, and every node of a cluster, follow it ({@link SharedDemoClock}).
 */
@Controller
@Profile("demo")
@RequiredArgsConstructor
class DemoClockController {

    private final SharedDemoClock demoClock;
    private final AppClock clock;
    private final MessageSource messages;
    private final ReminderSchedule reminders;

    @GetMapping("/demo/clock")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdministrator(user);
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
        requireAdministrator(user);
        try {
            demoClock.move(ClockMove.offsetAfter(demoClock.offset(), ZonedDateTime.now(clock), days, date,
                    reminders.getTime()));
            redirect.addFlashAttribute("success", messages.getMessage("clock.moved", null, locale));
        } catch (ClockMove.Refused refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.key(), refused.args(), locale));
        }
        return "redirect:/demo/clock";
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("the demo clock belongs to the installation: administrators only");
        }
    }
}
