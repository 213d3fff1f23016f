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
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Export;

/** The respondent list of one agency (the page of the submitRespondentList task), its template and the export. */
@Controller
class RespondentListController {

    private final RespondentLists lists;
    private final MessageSource messages;
    private final long maxBytes;

    RespondentListController(RespondentLists lists, MessageSource messages,
                             @Value("${parindex.agency.import-max-bytes:5242880}") long maxBytes) {
        this.lists = lists;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

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
        model.addAttribute("maxKb", maxBytes / 1024);
        return "survey/respondents";
    }

    @PostMapping("/survey/campaigns/{campaignId}/agencies/{agencyId}/respondents")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId, @PathVariable Long agencyId,
                  @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                  RedirectAttributes redirect) {
        lists.target(user, campaignId, agencyId);
        List<String> problems = new ArrayList<>();
        try {
            int count = lists.upload(user, campaignId, agencyId, ExcelTable.read(file, maxBytes, RespondentLists.COLUMNS));
            redirect.addFlashAttribute("success", messages.getMessage("survey.respondents.saved",
                    new Object[] {count}, locale));
            return "redirect:/survey/campaigns/" + campaignId + "/agencies/" + agencyId + "/respondents";
        } catch (ExcelRejected e) {
            problems.add(messages.getMessage(e.key(), e.args(), locale));
        } catch (SurveySheetRejected e) {
            e.general().forEach(g -> problems.add(messages.getMessage(g, locale)));
            e.problems().forEach(p -> problems.add(p.describe(messages, locale)));
        }
        return show(user, campaignId, agencyId, model, problems);
    }

    @GetMapping("/survey/respondents/template")
    ResponseEntity<byte[]> template() {
        List<String> headers = RespondentLists.COLUMNS.stream().map(c -> c.header()).toList();
        return xlsx(ExcelTable.workbook(RespondentLists.SHEET, headers, List.of(), null, List.of()), "danh-sach-khao-sat.xlsx");
    }

    @GetMapping("/survey/campaigns/{campaignId}/respondents.xlsx")
    @Export("respondent lists with names and phone numbers (Excel)")
    ResponseEntity<byte[]> exportAll(@AuthenticationPrincipal CurrentUser user, @PathVariable Long campaignId,
                                     Locale locale) {
        List<String> headers = List.of("STT", "Mã cơ quan", "Tên cơ quan", "Họ và tên", "Địa chỉ hoặc đơn vị công tác",
                "Số điện thoại");
        return xlsx(lists.exportAll(user, campaignId, headers), "danh-sach-khao-sat-" + campaignId + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(ExcelTable.XLSX)).body(bytes);
    }
}
