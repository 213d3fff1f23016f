package vn.parindex.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ImportProblem;
import vn.parindex.common.RowProblems;
import vn.parindex.common.SearchText;
import vn.parindex.common.SheetRejected;

/**
 * Creates or updates an organiser's agencies from a spreadsheet, matched by code. All rows or none: the
 * whole sheet is checked first and any problem leaves the database untouched.
 */
@Service
@RequiredArgsConstructor
public class AgencyImport {

    static final List<ExcelColumn> COLUMNS = List.of(
            new ExcelColumn("code", "agency.field.code", true, "Mã", "Mã cơ quan", "Code"),
            new ExcelColumn("name", "agency.field.name", true, "Tên", "Tên cơ quan", "Name"),
            new ExcelColumn("typeId", "agency.field.type", true, "Loại", "Loại cơ quan", "Type"),
            new ExcelColumn("email", "agency.field.email", false, "Email", "Thư điện tử"),
            new ExcelColumn("headName", "agency.field.headName", false, "Thủ trưởng", "Head"),
            new ExcelColumn("headEmail", "agency.field.headEmail", false, "Email thủ trưởng", "Head email"),
            new ExcelColumn("focalName", "agency.field.focalName", false, "Đầu mối CCHC", "Focal officer"),
            new ExcelColumn("focalEmail", "agency.field.focalEmail", false, "Email đầu mối", "Focal officer email"),
            new ExcelColumn("focalPhone", "agency.field.focalPhone", false, "Điện thoại", "Phone"),
            new ExcelColumn("reviewer", "agency.field.reviewer", false, "Cơ quan thẩm định", "Reviewer"));
    private static final Set<String> YES = Set.of("co", "x", "yes", "y", "1", "true");
    private static final Set<String> NO = Set.of("", "khong", "no", "n", "0", "false");

    private final AgencyRepository agencies;
    private final AgencyTypeRepository types;
    private final OrganiserRepository organisers;
    private final Validator validator;

    public record Result(int created, int updated) {
    }

    @Transactional
    public Result run(Long organiserId, ExcelTable table) {
        List<AgencyType> allTypes = types.findAllByOrderBySortOrder();
        Map<String, Agency> existing = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<AgencyForm> forms = new ArrayList<>();
        for (ExcelTable.Line line : table.lines()) {
            RowProblems row = new RowProblems(table, line.number(), problems);
            AgencyForm form = new AgencyForm();
            form.setCode(line.get("code"));
            form.setName(line.get("name").isEmpty() ? null : line.get("name"));
            form.setEmail(line.get("email"));
            form.setHeadName(line.get("headName"));
            form.setHeadEmail(line.get("headEmail"));
            form.setFocalName(line.get("focalName"));
            form.setFocalEmail(line.get("focalEmail"));
            form.setFocalPhone(line.phone("focalPhone"));
            String type = line.get("typeId");
            if (!type.isEmpty()) {
                Optional<AgencyType> found = findType(allTypes, type);
                if (found.isPresent()) {
                    form.setTypeId(found.get().getId());
                } else {
                    row.add("typeId", "agency.import.unknownType", type);
                }
            }
            String reviewer = SearchText.fold(line.get("reviewer"));
            if (YES.contains(reviewer)) {
                form.setReviewer(true);
            } else if (!NO.contains(reviewer)) {
                row.add("reviewer", "agency.import.yesNo", line.get("reviewer"));
            }
            for (ConstraintViolation<AgencyForm> violation : validator.validate(form)) {
                String field = violation.getPropertyPath().toString();
                // an unknown type was reported above
                if (!(field.equals("typeId") && !type.isEmpty())) {
                    row.add(violation);
                }
            }
            String code = form.getCode();
            if (code != null && !code.isEmpty()) {
                if (!seen.add(code.toUpperCase(Locale.ROOT))) {
                    row.add("code", "agency.import.duplicateCode", code);
                } else {
                    Optional<Agency> agency = agencies.findByCode(code);
                    if (agency.isPresent() && !agency.get().getOrganiser().getId().equals(organiserId)) {
                        row.add("code", "agency.validation.codeTaken");
                    } else {
                        agency.ifPresent(a -> existing.put(code, a));
                    }
                }
            }
            forms.add(form);
        }
        if (!problems.isEmpty()) {
            throw new SheetRejected(problems);
        }
        int created = 0;
        int updated = 0;
        for (AgencyForm form : forms) {
            AgencyType type = types.findById(form.getTypeId()).orElseThrow();
            Agency agency = existing.get(form.getCode());
            if (agency == null) {
                agency = new Agency(organisers.getReferenceById(organiserId), form.getCode(), form.getName(), type);
                created++;
            } else {
                form.setActive(agency.isActive());
                updated++;
            }
            form.applyTo(agency, type);
            agencies.save(agency);
        }
        return new Result(created, updated);
    }

    /** A column by Vietnamese or English type name, or by type code. */
    private static Optional<AgencyType> findType(List<AgencyType> allTypes, String value) {
        String folded = SearchText.fold(value);
        return allTypes.stream().filter(t -> t.getCode().equalsIgnoreCase(value.trim())
                || SearchText.fold(t.getNameVi()).equals(folded) || SearchText.fold(t.getNameEn()).equals(folded))
                .findFirst();
    }
}
