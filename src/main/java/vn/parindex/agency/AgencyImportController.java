package vn.parindex.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.common.Downloads;
import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ExcelUploads;

/** Agencies from Excel: a blank template to download, and the upload that creates or updates them. */
@Controller
@RequestMapping("/agencies/import")
@RequiredArgsConstructor
class AgencyImportController {

    private final AgencyImport agencyImport;
    private final AgencyAdministration administration;
    private final MessageSource messages;
    private final ExcelUploads uploads;

    @GetMapping
    String page(@AuthenticationPrincipal AgencyOfficial user, Model model) {
        AgencyAccess.requireEdit(user);
        model.addAttribute("maxKb", uploads.maxKb());
        return "agency/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal AgencyOfficial user, @RequestParam(required = false) MultipartFile file,
                  Model model, Locale locale, RedirectAttributes redirect) {
        AgencyAccess.requireEdit(user);
        List<String> problems = uploads.importSheet(file, AgencyImport.COLUMNS, locale, table -> {
            AgencyImport.Result result = agencyImport.run(user.organiserId(), table);
            redirect.addFlashAttribute("savedKey", "agency.import.done");
            redirect.addFlashAttribute("savedArgs", new Object[] {result.created(), result.updated()});
        });
        if (problems.isEmpty()) {
            return "redirect:/agencies";
        }
        model.addAttribute("problems", problems);
        model.addAttribute("maxKb", uploads.maxKb());
        return "agency/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal AgencyOfficial user, Locale locale) {
        AgencyAccess.requireEdit(user);
        List<List<String>> help = new ArrayList<>();
        help.add(List.of(messages.getMessage("agency.import.help.typeCode", null, locale),
                messages.getMessage("agency.import.help.typeName", null, locale)));
        for (AgencyType type : administration.types()) {
            help.add(List.of(type.getCode(), type.getNameVi()));
        }
        help.add(List.of());
        help.add(List.of(messages.getMessage("agency.field.reviewer", null, locale),
                messages.getMessage("agency.import.help.reviewer", null, locale)));
        help.add(List.of(messages.getMessage("agency.field.code", null, locale),
                messages.getMessage("agency.import.help.code", null, locale)));
        byte[] body = ExcelTable.workbook(messages.getMessage("agency.import.sheet", null, locale),
                AgencyImport.COLUMNS.stream().map(ExcelColumn::header).toList(), List.of(),
                messages.getMessage("agency.import.helpSheet", null, locale), help);
        return Downloads.xlsx(body, "mau-nhap-co-quan.xlsx");
    }
}
