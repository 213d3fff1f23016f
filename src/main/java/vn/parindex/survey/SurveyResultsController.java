package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.agency.ExcelRejected;
import vn.parindex.agency.ExcelTable;
import vn.parindex.campaign.Campaign;
import vn.parindex.security.CurrentUser;

/** The organiser's survey results page (the page of the importSurveyResults task). */
@Controller
class SurveyResultsController {

    private final SurveyResults surveyResults;
    private final MessageSource messages;
    private final long maxBytes;

    SurveyResultsController(SurveyResults surveyResults, MessageSource messages,
                            @Value("${parindex.agency.import-max-bytes:5242880}") long maxBytes) {
        this.surveyResults = surveyResults;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/survey/campaigns/{campaignId}/results")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, Model model) {
        return show(user, campaignId, model, List.of());
    }

    private String show(CurrentUser user, Long campaignId, Model model, List<String> problems) {
        Campaign campaign = surveyResults.campaign(user, campaignId);
        model.addAttribute("campaign", campaign);
        model.addAttribute("summary", surveyResults.summary(user, campaignId));
        model.addAttribute("task", surveyResults.openTask(campaignId).orElse(null));
        model.addAttribute("answerWeights", campaign.getSettings().getAnswerWeights());
        model.addAttribute("groupWeights", campaign.getSettings().getGroupWeights());
        model.addAttribute("problems", problems);
        model.addAttribute("maxKb", maxBytes / 1024);
        return "survey/results";
    }

    @PostMapping("/survey/campaigns/{campaignId}/results")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean completeTask, Model model, Locale locale,
                  RedirectAttributes redirect) {
        surveyResults.campaign(user, campaignId);
        List<String> problems = new ArrayList<>();
        try {
            int agencies = surveyResults.importResults(user, campaignId,
                    ExcelTable.read(file, maxBytes, SurveyResults.COLUMNS), completeTask);
            redirect.addFlashAttribute("success", messages.getMessage("survey.results.saved",
                    new Object[] {agencies}, locale));
            return "redirect:/survey/campaigns/" + campaignId + "/results";
        } catch (ExcelRejected e) {
            problems.add(messages.getMessage(e.key(), e.args(), locale));
        } catch (SurveySheetRejected e) {
            e.general().forEach(g -> problems.add(messages.getMessage(g, locale)));
            e.problems().forEach(p -> problems.add(p.describe(messages, locale)));
        }
        return show(user, campaignId, model, problems);
    }

    @GetMapping("/survey/results/template")
    ResponseEntity<byte[]> template() {
        List<String> headers = SurveyResults.COLUMNS.stream().map(c -> c.header()).toList();
        byte[] bytes = ExcelTable.workbook(SurveyResults.SHEET, headers, List.of(), null, List.of());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("ket-qua-dieu-tra.xlsx").build().toString())
                .contentType(MediaType.parseMediaType(ExcelTable.XLSX)).body(bytes);
    }
}
