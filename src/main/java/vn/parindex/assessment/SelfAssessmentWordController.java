package vn.parindex.assessment;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.parindex.common.Downloads;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;

/** The self-assessment report as a Word document, for whoever may read the scorecard (the same check as the PDF). */
@Controller
@RequiredArgsConstructor
class SelfAssessmentWordController {

    private final ScorecardService service;
    private final SelfAssessmentWord word;
    private final OrganiserRepository organisers;

    @GetMapping("/assessments/{campaignId}/agencies/{agencyId}/report.docx")
    @Export("self-assessment report (Word)")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                                @PathVariable Long agencyId, Locale locale) {
        Scorecard sc = service.view(user, campaignId, agencyId);
        String organiser = organisers.findById(user.organiserId()).map(Organiser::getName).orElse("");
        return Downloads.docx(word.docx(sc, organiser, locale), "tu-danh-gia-" + agencyId + ".docx");
    }
}
