package vn.parindex.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.common.Downloads;

/** Published results for the public, without login (SecurityConfig permits /public/**). */
@Controller
@RequiredArgsConstructor
class PublicResultsController {

    private final PublicResults publicResults;
    private final ResultsPdf pdf;
    private final ResultsExcel excel;

    @GetMapping("/public/results/{campaignId}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long campaignId, @RequestParam(required = false) Integer revision,
                                  Locale locale) {
        PublicResults.Published p = published(campaignId, revision);
        return Downloads.pdf(pdf.render(p, locale), fileName(p, "pdf"));
    }

    @GetMapping("/public/results")
    String list(Model model) {
        model.addAttribute("campaigns", publicResults.campaigns());
        return "results/public-list";
    }

    @GetMapping("/public/results/{campaignId}")
    String campaign(@PathVariable Long campaignId, @RequestParam(required = false) Integer revision, Model model) {
        model.addAttribute("p", published(campaignId, revision));
        return "results/public-campaign";
    }

    @GetMapping("/public/results/{campaignId}/agencies/{agencyId}")
    String agency(@PathVariable Long campaignId, @PathVariable Long agencyId, Model model) {
        model.addAttribute("a", publicResults.agency(campaignId, agencyId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        return "results/public-agency";
    }

    /** The bar chart's data for one agency type: agency names and indices, best first. */
    @GetMapping(value = "/public/results/{campaignId}/chart.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> chart(@PathVariable Long campaignId, @RequestParam String type,
                              @RequestParam(required = false) Integer revision) {
        List<PublishedRow> rows = published(campaignId, revision).byType().getOrDefault(type, List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", rows.stream().map(PublishedRow::getAgencyName).toList());
        data.put("values", rows.stream().map(PublishedRow::getIndexValue).toList());
        return data;
    }

    @GetMapping("/public/results/{campaignId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) Integer revision,
                                  Locale locale) {
        PublicResults.Published p = published(campaignId, revision);
        return Downloads.xlsx(excel.write(p, locale), fileName(p, "xlsx"));
    }

    private static String fileName(PublicResults.Published p, String extension) {
        return "chi-so-cchc-" + p.year() + "-lan-" + p.revision().getRevision() + "." + extension;
    }

    private PublicResults.Published published(Long campaignId, Integer revision) {
        return publicResults.published(campaignId, revision)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
