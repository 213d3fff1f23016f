package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.parindex.common.VietnamTime;

@Controller
@RequiredArgsConstructor
class LoginController {

    private final AddressThrottle throttle;

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("blocked") != null) {
            // the time is read from the database for the caller's own address, never from the link
            model.addAttribute("blockedUntil", throttle.blockedUntil(request.getRemoteAddr())
                    .map(until -> VietnamTime.DATE_TIME.format(until.atZone(VietnamTime.ZONE))).orElse(null));
        }
        return "login";
    }
}
