package vn.parindex.security;

import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user sees where they are signed in (device, address, last request) and ends the sessions they do not want. */
@Controller
@RequiredArgsConstructor
class SessionController {

    static final String PATH = "/account/sessions";

    private final UserSessions sessions;

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal CurrentUser current, HttpSession session, Model model) {
        model.addAttribute("sessions", sessions.of(current.username(), session.getId()));
        return "account/sessions";
    }

    @PostMapping(PATH + "/{handle}/end")
    String end(@AuthenticationPrincipal CurrentUser current, @PathVariable String handle, HttpSession session,
               RedirectAttributes redirect) {
        boolean ended = sessions.endOne(current.username(), handle, session.getId());
        redirect.addFlashAttribute(ended ? "savedKey" : "errorKey", ended ? "session.ended" : "session.gone");
        return "redirect:" + PATH;
    }
}
