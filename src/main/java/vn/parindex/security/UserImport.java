package vn.parindex.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ImportProblem;
import vn.parindex.common.RowProblems;
import vn.parindex.common.SearchText;
import vn.parindex.common.SheetRejected;

/**
 * Creates many accounts of the actor's organiser from a spreadsheet: all rows or none. Each new account gets
 * a temporary password, returned once so the administrator can hand it over.
 */
@Service
@RequiredArgsConstructor
public class UserImport {

    static final List<ExcelColumn> COLUMNS = List.of(
            new ExcelColumn("username", "user.field.username", true, "Tên đăng nhập", "Username"),
            new ExcelColumn("fullName", "user.field.fullName", true, "Họ tên", "Họ và tên", "Full name"),
            new ExcelColumn("email", "user.field.email", true, "Email", "Thư điện tử"),
            new ExcelColumn("phone", "user.field.phone", false, "Điện thoại", "Phone"),
            new ExcelColumn("agencyId", "user.field.agencyCode", true, "Mã cơ quan", "Agency code"),
            new ExcelColumn("roles", "user.field.roles", true, "Vai trò", "Roles"));
    private static final List<Locale> LABEL_LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final UserAdministration administration;
    private final Validator validator;
    private final MessageSource messages;

    /** One created account, with the password to show once. */
    public record Line(String username, String fullName, String agencyName, Set<Role> roles, String password) {
    }

    @Transactional
    public List<Line> run(CurrentUser actor, ExcelTable table) {
        UserAdministration.requireAdministrator(actor);
        Map<String, Agency> agencies = new HashMap<>();
        for (Agency agency : administration.assignableAgencies(actor, null)) {
            agencies.put(agency.getCode().toUpperCase(Locale.ROOT), agency);
        }
        Map<String, Role> roleNames = roleNames();
        List<ImportProblem> problems = new ArrayList<>();
        List<UserForm> forms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelTable.Line line : table.lines()) {
            RowProblems row = new RowProblems(table, line.number(), problems);
            UserForm form = new UserForm();
            form.setUsername(line.get("username"));
            form.setFullName(line.get("fullName"));
            form.setEmail(line.get("email"));
            form.setPhone(line.phone("phone"));
            String code = line.get("agencyId");
            if (!code.isEmpty()) {
                Agency agency = agencies.get(code.toUpperCase(Locale.ROOT));
                if (agency == null) {
                    row.add("agencyId", "user.import.unknownAgency", code);
                } else {
                    form.setAgencyId(agency.getId());
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : line.get("roles").split("[,;\\n]")) {
                if (name.isBlank()) {
                    continue;
                }
                Role role = roleNames.get(SearchText.fold(name));
                if (role == null) {
                    row.add("roles", "user.import.unknownRole", name.trim());
                } else {
                    roles.add(role);
                }
            }
            form.setRoles(roles);
            for (ConstraintViolation<UserForm> violation : validator.validate(form)) {
                String field = violation.getPropertyPath().toString();
                // an unknown agency or role was reported above
                if (!(field.equals("agencyId") && !code.isEmpty()) && !(field.equals("roles") && row.has("roles"))) {
                    row.add(violation);
                }
            }
            if (form.getUsername() != null && !form.getUsername().isEmpty() && !seen.add(form.getUsername())) {
                row.add("username", "user.import.duplicateUsername", form.getUsername());
            } else {
                for (UserAdministration.FieldProblem problem : administration.check(actor, form, null)) {
                    if (!row.has(problem.field())) {
                        row.add(problem.field(), problem.key(), problem.args());
                    }
                }
            }
            forms.add(form);
        }
        if (!problems.isEmpty()) {
            throw new SheetRejected(problems);
        }
        List<Line> created = new ArrayList<>();
        for (UserForm form : forms) {
            UserAdministration.Created account = administration.create(actor, form);
            AppUser user = account.user();
            created.add(new Line(user.getUsername(), user.getFullName(), user.getAgency().getName(),
                    Set.copyOf(user.getRoles()), account.password()));
        }
        return created;
    }

    /** Role codes and their labels in both languages, folded; a label's part in brackets may be left out. */
    private Map<String, Role> roleNames() {
        Map<String, Role> names = new HashMap<>();
        for (Role role : Role.values()) {
            names.put(SearchText.fold(role.name()), role);
            for (Locale locale : LABEL_LANGUAGES) {
                String label = messages.getMessage("role." + role.name(), null, role.name(), locale);
                names.put(SearchText.fold(label), role);
                int bracket = label.indexOf('(');
                if (bracket > 0) {
                    names.put(SearchText.fold(label.substring(0, bracket)), role);
                }
            }
        }
        return names;
    }
}
