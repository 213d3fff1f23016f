package vn.parindex.survey;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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

import vn.parindex.campaign.Campaign;
import vn.parindex.common.Downloads;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ExcelUploads;
import vn.parindex.security.CurrentUser;

/** The organiser's survey results page (the page of the importSurveyResults task). */
@Controller
@RequiredArgsConstructor
class SurveyResultsController {

    private final SurveyResults surveyResults;
    private final MessageSource messages;
    private final ExcelUploads uploads;

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
        model.addAttribute("maxKb", uploads.maxKb());
        return "survey/results";
    }

    @PostMapping("/survey/campaigns/{campaignId}/results")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean completeTask, Model model, Locale locale,
                  RedirectAttributes redirect) {
        surveyResults.campaign(user, campaignId);
        List<String> problems = uploads.importSheet(file, SurveyResults.COLUMNS, locale, table -> {
            int agencies = surveyResults.importResults(user, campaignId, table, completeTask);
            redirect.addFlashAttribute("success", messages.getMessage("survey.results.saved",
                    new Object[] {agencies}, locale));
        });
        if (problems.isEmpty()) {
            return "redirect:/survey/campaigns/" + campaignId + "/results";
        }
        return show(user, campaignId, model, problems);
    }

    @GetMapping("/survey/results/template")
    ResponseEntity<byte[]> template() {
        List<String> headers = SurveyResults.COLUMNS.stream().map(c -> c.header()).toList();
        byte[] bytes = ExcelTable.workbook(SurveyResults.SHEET, headers, List.of(), null, List.of());
        return Downloads.xlsx(bytes, "ket-qua-dieu-tra.xlsx");
    }
}
