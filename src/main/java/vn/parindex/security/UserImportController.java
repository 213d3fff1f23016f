package vn.parindex.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.parindex.common.Downloads;
import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ExcelUploads;

/**
 * Accounts from Excel: a template, the upload, and the new passwords shown once — on the page and as one
 * download of an .xlsx kept in the session only until it is fetched.
 */
@Controller
@RequestMapping("/users/import")
@RequiredArgsConstructor
class UserImportController {

    static final String PASSWORDS = UserImportController.class.getName() + ".passwords";

    private final UserImport userImport;
    private final MessageSource messages;
    private final LevelWording wording;
    private final ExcelUploads uploads;

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser actor, Model model) {
        UserAdministration.requireAdministrator(actor);
        model.addAttribute("maxKb", uploads.maxKb());
        return "user/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal CurrentUser actor, @RequestParam(required = false) MultipartFile file,
                  Model model, Locale locale, HttpSession session) {
        UserAdministration.requireAdministrator(actor);
        List<String> problems = uploads.importSheet(file, UserImport.COLUMNS, locale, table -> {
            List<UserImport.Line> created = userImport.run(actor, table);
            session.setAttribute(PASSWORDS, passwordSheet(created, locale));
            model.addAttribute("created", created);
        });
        model.addAttribute("problems", problems);
        model.addAttribute("maxKb", uploads.maxKb());
        return "user/import";
    }

    /** The passwords of the last import, once: the sheet leaves the session as it is sent. */
    @GetMapping("/passwords")
    @Export("temporary passwords of imported accounts (Excel)")
    ResponseEntity<byte[]> passwords(@AuthenticationPrincipal CurrentUser actor, HttpSession session) {
        UserAdministration.requireAdministrator(actor);
        byte[] sheet = (byte[]) session.getAttribute(PASSWORDS);
        session.removeAttribute(PASSWORDS);
        if (sheet == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return Downloads.uncachedXlsx(sheet, "mat-khau-tam-thoi.xlsx");
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser actor, Locale locale) {
        UserAdministration.requireAdministrator(actor);
        List<List<String>> help = new ArrayList<>();
        help.add(List.of(msg("user.import.help.roleCode", locale), msg("user.import.help.roleLabel", locale)));
        for (Role role : UserController.grantableRoles(actor)) {
            help.add(List.of(role.name(), msg(wording.key("role." + role.name()), locale)));
        }
        help.add(List.of());
        help.add(List.of(msg("user.field.roles", locale), msg("user.import.help.roles", locale)));
        help.add(List.of(msg("user.field.agencyCode", locale), msg("user.import.help.agency", locale)));
        byte[] body = ExcelTable.workbook(msg("user.import.sheet", locale),
                UserImport.COLUMNS.stream().map(ExcelColumn::header).toList(), List.of(),
                msg("user.import.helpSheet", locale), help);
        return Downloads.uncachedXlsx(body, "mau-nhap-nguoi-dung.xlsx");
    }

    private byte[] passwordSheet(List<UserImport.Line> created, Locale locale) {
        List<String> headers = List.of(msg("user.field.username", locale), msg("user.field.fullName", locale),
                msg("user.field.agency", locale), msg("user.field.roles", locale), msg("user.import.password", locale));
        List<List<String>> rows = created.stream().map(line -> List.of(line.username(), line.fullName(),
                line.agencyName(), line.roles().stream().map(role -> msg(wording.key("role." + role.name()), locale))
                        .collect(Collectors.joining(", ")), line.password())).toList();
        return ExcelTable.workbook(msg("user.import.passwordSheet", locale), headers, rows, null, List.of());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
