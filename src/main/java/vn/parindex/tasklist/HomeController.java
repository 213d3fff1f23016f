package vn.parindex.tasklist;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.CurrentUser;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final AgencyRepository agencies;
    private final OrganiserRepository organisers;

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("agency", agencies.findById(user.agencyId()).orElseThrow());
        model.addAttribute("organiser", organisers.findById(user.organiserId()).orElseThrow());
        return "home/home";
    }
}
