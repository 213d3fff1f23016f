package vn.parindex.results;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.common.Downloads;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.security.Role;

/**
 * The published years side by side: the organiser's (the classes per year, the criteria most points were lost on,
 * every agency's index per year) for the province's readers, and one agency's for them and for the agency itself.
 */
@Controller
@RequiredArgsConstructor
class YearsController {

    private static final String PROVINCE = "/results/years";
    private static final String AGENCY = "/results/years/agencies/{agencyId}";

    private final ResultYears years;
    private final ResultYearsExcel excel;
    private final AgencyRepository agencies;
    private final OrganiserRepository organisers;

    @GetMapping(PROVINCE)
    String province(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!reader(user) && user.hasAny(Role.OFFICER, Role.HEAD)) {
            return "redirect:/results/years/agencies/" + user.agencyId();
        }
        requireReader(user);
        model.addAttribute("view", years.province(user.organiserId()));
        model.addAttribute("organiserName", organiserName(user));
        return "results/years";
    }

    @GetMapping(PROVINCE + "/export.xlsx")
    @Export("published results of every year (Excel)")
    ResponseEntity<byte[]> provinceExcel(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        requireReader(user);
        return xlsx("chi-so-cchc-cac-nam.xlsx",
                excel.province(years.province(user.organiserId()), organiserName(user), locale));
    }

    @GetMapping(AGENCY)
    String agency(@AuthenticationPrincipal CurrentUser user, @PathVariable Long agencyId, Model model) {
        Agency agency = agencyOf(user, agencyId);
        model.addAttribute("view", years.agency(user.organiserId(), agencyId, agency.getName()));
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("isReader", reader(user));
        return "results/years-agency";
    }

    @GetMapping(AGENCY + "/export.xlsx")
    @Export("an agency's published results of every year (Excel)")
    ResponseEntity<byte[]> agencyExcel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long agencyId,
                                       Locale locale) {
        Agency agency = agencyOf(user, agencyId);
        return xlsx("chi-so-cchc-cac-nam-" + agency.getCode() + ".xlsx",
                excel.agency(years.agency(user.organiserId(), agencyId, agency.getName()), locale));
    }

    /** The agency of the user's organiser: 403 for a role without the page, 404 elsewhere, 403 for another agency. */
    private Agency agencyOf(CurrentUser user, Long agencyId) {
        if (!reader(user) && !user.hasAny(Role.OFFICER, Role.HEAD)) {
            throw new AccessDeniedException("Years of agency " + agencyId);
        }
        Agency agency = agencies.findByIdAndOrganiserId(agencyId, user.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!reader(user) && !agencyId.equals(user.agencyId())) {
            throw new AccessDeniedException(user.username() + " may not see the years of agency " + agencyId);
        }
        return agency;
    }

    private static boolean reader(CurrentUser user) {
        return user.actsForOrganiser() || user.hasAny(Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN);
    }

    private static void requireReader(CurrentUser user) {
        if (!reader(user)) {
            throw new AccessDeniedException("Years of the organiser");
        }
    }

    private String organiserName(CurrentUser user) {
        return organisers.findById(user.organiserId()).map(o -> o.getName()).orElse("");
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return Downloads.xlsx(bytes, name);
    }
}
