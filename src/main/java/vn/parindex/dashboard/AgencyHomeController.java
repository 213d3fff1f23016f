package vn.parindex.dashboard;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.parindex.security.CurrentUser;

/** The home of an assessed agency's officers and head; the root page loads its panel for them. */
@Controller
@RequiredArgsConstructor
class AgencyHomeController {

    private final AgencyHome home;
    private final AgencyProcess process;

    /** The home with the agency's process diagram below it. */
    @GetMapping("/agency-home")
    String page(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute("home", home.of(user));
        model.addAttribute("process", process.ofOwnAgency(user, locale));
        return "dashboard/agency-home";
    }

    @GetMapping("/agency-home/panel")
    String panel(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("home", home.of(user));
        return "dashboard/agency-home :: panel";
    }
}
