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

import vn.parindex.common.Downloads;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ExcelUploads;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;

/** The respondent list of one agency (the page of the submitRespondentList task), its template and the export. */
@Controller
@RequiredArgsConstructor
class RespondentListController {

    private final RespondentLists lists;
    private final MessageSource messages;
    private final ExcelUploads uploads;

    @GetMapping("/survey/campaigns/{campaignId}/agencies/{agencyId}/respondents")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                Model model) {
        return show(user, campaignId, agencyId, model, List.of());
    }

    private String show(CurrentUser user, Long campaignId, Long agencyId, Model model, List<String> problems) {
        RespondentLists.Target target = lists.target(user, campaignId, agencyId);
        model.addAttribute("campaign", target.campaign());
        model.addAttribute("agency", target.agency());
        model.addAttribute("quota", lists.quotaOf(target.agency()));
        model.addAttribute("respondents", lists.list(user, campaignId, agencyId));
        model.addAttribute("task", lists.openTask(campaignId, agencyId).orElse(null));
        model.addAttribute("countdown", lists.countdown(campaignId, agencyId));
        model.addAttribute("problems", problems);
        model.addAttribute("maxKb", uploads.maxKb());
        return "survey/respondents";
    }

    @PostMapping("/survey/campaigns/{campaignId}/agencies/{agencyId}/respondents")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                  @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                  RedirectAttributes redirect) {
        lists.target(user, campaignId, agencyId);
        List<String> problems = uploads.importSheet(file, RespondentLists.COLUMNS, locale, table -> {
            int count = lists.upload(user, campaignId, agencyId, table);
            redirect.addFlashAttribute("success", messages.getMessage("survey.respondents.saved",
                    new Object[] {count}, locale));
        });
        if (problems.isEmpty()) {
            return "redirect:/survey/campaigns/" + campaignId + "/agencies/" + agencyId + "/respondents";
        }
        return show(user, campaignId, agencyId, model, problems);
    }

    @GetMapping("/survey/respondents/template")
    ResponseEntity<byte[]> template() {
        List<String> headers = RespondentLists.COLUMNS.stream().map(c -> c.header()).toList();
        return Downloads.xlsx(ExcelTable.workbook(RespondentLists.SHEET, headers, List.of(), null, List.of()), "danh-sach-khao-sat.xlsx");
    }

    @GetMapping("/survey/campaigns/{campaignId}/respondents.xlsx")
    @Export("respondent lists with names and phone numbers (Excel)")
    ResponseEntity<byte[]> exportAll(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                                     Locale locale) {
        List<String> headers = List.of("STT", "Mã cơ quan", "Tên cơ quan", "Họ và tên", "Địa chỉ hoặc đơn vị công tác",
                "Số điện thoại");
        return Downloads.xlsx(lists.exportAll(user, campaignId, headers), "danh-sach-khao-sat-" + campaignId + ".xlsx");
    }
}
