package vn.parindex.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import vn.parindex.agency.ExcelTable;

/** Published results for the public, without login (SecurityConfig permits /public/**). */
@Controller
class PublicResultsController {

    private final PublicResults publicResults;
    private final ResultsPdf pdf;
    private final MessageSource messages;

    PublicResultsController(PublicResults publicResults, ResultsPdf pdf, MessageSource messages) {
        this.publicResults = publicResults;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/public/results/{campaignId}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long campaignId, @RequestParam(required = false) Integer revision,
                                  Locale locale) {
        PublicResults.Published p = published(campaignId, revision);
        String name = "chi-so-cchc-" + p.year() + "-lan-" + p.revision().getRevision() + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf.render(p, locale));
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
        Map<String, String> groupTitles = new LinkedHashMap<>();
        p.byType().values().stream().flatMap(List::stream).flatMap(r -> r.getGroups().stream())
                .forEach(g -> groupTitles.putIfAbsent(g.getCode(), g.getTitle()));
        List<String> groupCodes = new ArrayList<>(groupTitles.keySet());
        List<String> headers = new ArrayList<>(List.of(msg("results.column.type", locale), msg("results.column.rank", locale),
                msg("results.column.code", locale), msg("results.column.agency", locale),
                msg("results.column.total", locale), msg("results.column.index", locale),
                msg("results.column.class", locale)));
        groupTitles.forEach((code, title) -> headers.add(messages.getMessage("results.column.group",
                new Object[] {code, title}, locale)));
        List<List<String>> rows = new ArrayList<>();
        for (List<PublishedRow> typeRows : p.byType().values()) {
            for (PublishedRow row : typeRows) {
                List<String> cells = new ArrayList<>(List.of(row.typeName(locale),
                        row.getRank() == null ? "" : row.getRank().toString(), row.getAgencyCode(), row.getAgencyName(),
                        row.getTotalPoints().toPlainString(), row.getIndexValue().toPlainString(), row.getClassLabel()));
                for (String code : groupCodes) {
                    cells.add(row.getGroups().stream().filter(g -> g.getCode().equals(code)).findFirst()
                            .map(g -> g.getSubIndex() == null ? "" : g.getSubIndex().toPlainString()).orElse(""));
                }
                rows.add(cells);
            }
        }
        byte[] bytes = ExcelTable.workbook("Chi so CCHC " + p.year(), headers, rows, null, List.of());
        String name = "chi-so-cchc-" + p.year() + "-lan-" + p.revision().getRevision() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(ExcelTable.XLSX)).body(bytes);
    }

    private PublicResults.Published published(Long campaignId, Integer revision) {
        return publicResults.published(campaignId, revision)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
