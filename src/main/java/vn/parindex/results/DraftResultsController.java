package vn.parindex.results;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.parindex.common.Downloads;
import vn.parindex.campaign.Campaign;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;
import vn.parindex.security.Role;

/**
 * The same Excel and PDF as the public page, from the current figures, before publication: for the organiser,
 * the council and the chairman who check what is to be published. Revision 0 marks it as not published.
 */
@Controller
@RequiredArgsConstructor
class DraftResultsController {

    private final ResultsWorkflow workflow;
    private final ResultsExcel excel;
    private final ResultsPdf pdf;
    private final ResultsDecision decision;

    @GetMapping("/results/campaigns/{campaignId}/draft.xlsx")
    @Export("results before publication (Excel)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> excel(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user,
                                        Locale locale) {
        PublicResults.Published draft = draft(user, campaignId);
        return Downloads.xlsx(excel.write(draft, locale), fileName(draft, "xlsx"));
    }

    @GetMapping("/results/campaigns/{campaignId}/draft.pdf")
    @Export("results before publication (PDF)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user,
                                      Locale locale) {
        PublicResults.Published draft = draft(user, campaignId);
        return Downloads.pdf(pdf.render(draft, locale), fileName(draft, "pdf"));
    }

    @GetMapping("/results/campaigns/{campaignId}/decision.docx")
    @Export("draft decision announcing the results (Word)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> decision(@PathVariable Long campaignId, @AuthenticationPrincipal CurrentUser user,
                                    Locale locale) {
        Campaign campaign = campaign(user, campaignId);
        PublicResults.Published draft = draft(user, campaign);
        return Downloads.docx(decision.docx(draft, campaign, locale),
                "quyet-dinh-cong-bo-chi-so-cchc-" + draft.year() + "-du-thao.docx");
    }

    private static String fileName(PublicResults.Published draft, String extension) {
        return "chi-so-cchc-" + draft.year() + "-du-thao." + extension;
    }

    private PublicResults.Published draft(CurrentUser user, Long campaignId) {
        return draft(user, campaign(user, campaignId));
    }

    private Campaign campaign(CurrentUser user, Long campaignId) {
        if (!user.actsForOrganiser() && !user.hasAny(Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("Draft results of campaign " + campaignId);
        }
        return workflow.campaign(user, campaignId);
    }

    private PublicResults.Published draft(CurrentUser user, Campaign campaign) {
        Long campaignId = campaign.getId();
        PublishedRevision revision = new PublishedRevision(campaignId, 0, null, null, user.username(), null,
                workflow.currentRows(campaign));
        return PublicResults.Published.of(campaign, revision, List.of(revision));
    }
}
