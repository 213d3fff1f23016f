package vn.parindex.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.common.ExcelCells;
import vn.parindex.common.SearchText;
import vn.parindex.common.XlsxFiles;
import vn.parindex.framework.rule.RuleType;

/**
 * The Excel form of a criteria tree (.xlsx): one row per node in tree order under a header row, columns as in
 * {@link CriterionField}. Reading checks the file (size, real .xlsx content) and every cell, and reports
 * every problem with its row and column; it writes nothing.
 */
@Component
public class FrameworkExcel {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<CriterionField> COLUMNS = Arrays.stream(CriterionField.values())
            .filter(f -> f.column() != null).toList();
    private static final Set<CriterionField> REQUIRED =
            Set.of(CriterionField.CODE, CriterionField.TITLE, CriterionField.MAX_POINTS);
    static final int MAX_ROWS = 2000;
    private static final BigDecimal MAX_POINTS_LIMIT = new BigDecimal("99999.99");
    private static final Map<CriterionField, Integer> MAX_LENGTH = Map.of(CriterionField.CODE, 30,
            CriterionField.TITLE, 1000, CriterionField.RULE_PARAMS, 2000, CriterionField.GUIDANCE, 4000,
            CriterionField.EVIDENCE, 2000);
    static final String YES = "Có";
    static final String NO = "Không";

    /** One data row read from a file, with the number Excel shows for it. */
    public record ImportedRow(int row, CriterionData data) {
    }

    private final AgencyRepository agencies;
    private final long maxBytes;

    FrameworkExcel(AgencyRepository agencies,
                   @Value("${parindex.framework.import-max-bytes:5242880}") long maxBytes) {
        this.agencies = agencies;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The version's tree as an .xlsx file. Call inside a transaction (reviewing agencies load lazily). */
    public byte[] export(FrameworkVersion version) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(workbook);
            Sheet sheet = workbook.createSheet("Bộ tiêu chí");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i).column());
                cell.setCellStyle(headerStyle(workbook));
                sheet.setColumnWidth(i, width(COLUMNS.get(i)) * 256);
            }
            sheet.setDefaultColumnStyle(0, text);
            int r = 1;
            for (Criterion c : version.getCriteria()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    write(row.createCell(i), COLUMNS.get(i), c, text, cells);
                }
            }
            sheet.createFreezePane(0, 1);
            addPickLists(sheet);
            addHelp(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, CriterionField field, Criterion c, CellStyle text, ExcelCells cells) {
        switch (field) {
            case MAX_POINTS -> cells.points(cell, c.getMaxPoints());
            case NA_ALLOWED -> cell.setCellValue(c.isNaAllowed() ? YES : NO);
            default -> {
                String value = switch (field) {
                    case CODE -> c.getCode();
                    case TITLE -> c.getTitle();
                    case RULE_TYPE -> c.getRuleType() == null ? null : c.getRuleType().name();
                    case RULE_PARAMS -> c.getRuleParams();
                    case MEASURED_BY -> c.getMeasuredBy().name();
                    case EVIDENCE -> c.getEvidence();
                    case GUIDANCE -> c.getGuidance();
                    case REVIEWER_AGENCY -> c.getReviewerAgency() == null ? null : c.getReviewerAgency().getCode();
                    default -> null;
                };
                if (value != null) {
                    cell.setCellValue(value);
                }
                cell.setCellStyle(text);
            }
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private static int width(CriterionField field) {
        return switch (field) {
            case CODE -> 10;
            case TITLE, GUIDANCE, EVIDENCE -> 50;
            case RULE_PARAMS -> 36;
            default -> 18;
        };
    }

    private static void addPickLists(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        pickList(sheet, helper, CriterionField.RULE_TYPE,
                Arrays.stream(RuleType.values()).map(Enum::name).toArray(String[]::new));
        pickList(sheet, helper, CriterionField.MEASURED_BY,
                Arrays.stream(MeasuredBy.values()).map(Enum::name).toArray(String[]::new));
        pickList(sheet, helper, CriterionField.NA_ALLOWED, new String[] {YES, NO});
    }

    private static void pickList(Sheet sheet, DataValidationHelper helper, CriterionField field, String[] values) {
        int column = COLUMNS.indexOf(field);
        var validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, MAX_ROWS, column, column));
        // a list only suggests: Vietnamese labels typed by hand are accepted too
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static void addHelp(Workbook workbook) {
        Sheet help = workbook.createSheet("Hướng dẫn");
        String[][] lines = {
            {"Cách chấm", "Tham số", "Câu trả lời khi chấm"},
            {"YES_NO", "(không có)", "Có: điểm tối đa; Không: 0 điểm"},
            {"LEVEL", "mức=điểm;mức=điểm (ví dụ: Đầy đủ, kịp thời=2;Chưa kịp thời=1;Không thực hiện=0)", "một mức trong danh sách"},
            {"PERCENT_TIERS", "ngưỡng%:điểm;… (ví dụ: 100:2;95:1.75;80:1.5;70:1;60:0.5)", "tỷ lệ % từ 0 đến 100; dưới ngưỡng thấp nhất: 0 điểm"},
            {"RATIO", "(không có)", "tỷ lệ % từ 0 đến 100; điểm = tỷ lệ × điểm tối đa"},
            {"COUNT", "points=điểm mỗi nội dung;cap=mức trần (ví dụ: points=0.5;cap=2)", "số nội dung (số nguyên)"},
            {"BONUS", "(không có)", "điểm thưởng từ 0 đến điểm tối đa; chỉ dùng cho nội dung cấp 1"},
            {"PENALTY", "(không có)", "điểm trừ từ 0 đến điểm tối đa; chỉ dùng cho nội dung cấp 1"},
            {"", "", ""},
            {"Mã", "7, 7.1, 7.1.2 …", "mã tiêu chí con bắt đầu bằng mã tiêu chí cha; cây tiêu chí được xác định theo mã"},
            {"Đo bằng", "SELF_ASSESSMENT (Tự đánh giá) hoặc SURVEY (Điều tra xã hội học)", "tiêu chí đo bằng điều tra không cần cách chấm"},
            {"Cho phép không áp dụng", "Có / Không", ""},
            {"Cơ quan thẩm định", "mã cơ quan, ví dụ AH-STP", "để trống: cơ quan thường trực thẩm định"},
        };
        for (int r = 0; r < lines.length; r++) {
            Row row = help.createRow(r);
            for (int c = 0; c < lines[r].length; c++) {
                row.createCell(c).setCellValue(lines[r][c]);
            }
        }
        help.setColumnWidth(0, 24 * 256);
        help.setColumnWidth(1, 70 * 256);
        help.setColumnWidth(2, 70 * 256);
    }

    /**
     * Reads the rows of an .xlsx file of the organiser.
     *
     * @throws ExcelImportException with every problem found (row, column, reason)
     */
    public List<ImportedRow> read(byte[] bytes, Long organiserId) {
        if (bytes == null || bytes.length == 0) {
            throw fileError("framework.import.emptyFile");
        }
        if (bytes.length > maxBytes) {
            throw fileError("framework.import.tooLarge", megabytes(bytes.length), megabytes(maxBytes));
        }
        List<ImportError> errors = new ArrayList<>();
        List<ImportedRow> rows;
        try (XSSFWorkbook workbook = XlsxFiles.open(bytes)) {
            rows = readRows(workbook, organiserId, errors);
        } catch (XlsxFiles.Refused e) {
            throw fileError(e.refusal().messageKey());
        } catch (IOException | RuntimeException e) {
            throw fileError(XlsxFiles.Refusal.NOT_XLSX.messageKey());
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new ImportError(null, null, reason("framework.import.noRows")));
        }
        if (!errors.isEmpty()) {
            throw new ExcelImportException(errors);
        }
        return rows;
    }

    private List<ImportedRow> readRows(XSSFWorkbook workbook, Long organiserId, List<ImportError> errors) {
        List<ImportedRow> rows = new ArrayList<>();
        if (workbook.getNumberOfSheets() == 0 || workbook.getSheetAt(0).getRow(0) == null) {
            return rows;
        }
        Sheet sheet = workbook.getSheetAt(0);
        Map<CriterionField, Integer> columns = columns(sheet.getRow(0), errors);
        if (!errors.isEmpty()) {
            return rows;
        }
        Map<String, Agency> reviewers = new HashMap<>();
        agencies.findByOrganiserIdOrderByCode(organiserId)
                .forEach(a -> reviewers.put(a.getCode().toUpperCase(Locale.ROOT), a));
        Map<String, Integer> codeRows = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || columns.values().stream().allMatch(i -> text(row.getCell(i)) == null)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                errors.add(new ImportError(r + 1, null, reason("framework.import.tooManyRows", String.valueOf(MAX_ROWS))));
                break;
            }
            CriterionData data = new RowReader(r + 1, row, columns, reviewers, errors).read();
            if (data != null && data.code() != null) {
                Integer first = codeRows.putIfAbsent(data.code(), r + 1);
                if (first != null) {
                    errors.add(cellError(r + 1, CriterionField.CODE, "framework.import.duplicateCode", data.code(),
                            String.valueOf(first)));
                }
            }
            rows.add(new ImportedRow(r + 1, data));
        }
        for (ImportedRow row : rows) {
            String code = row.data() == null ? null : row.data().code();
            String parent = code == null ? null : CriterionCodes.parentOf(code);
            if (parent != null && !codeRows.containsKey(parent)) {
                errors.add(cellError(row.row(), CriterionField.CODE, "framework.import.noParent", code, parent));
            }
        }
        return rows;
    }

    private static Map<CriterionField, Integer> columns(Row header, List<ImportError> errors) {
        Map<String, CriterionField> byName = new HashMap<>();
        COLUMNS.forEach(f -> byName.put(SearchText.fold(f.column()), f));
        Map<CriterionField, Integer> columns = new EnumMap<>(CriterionField.class);
        for (Cell cell : header) {
            String name = text(cell);
            CriterionField field = name == null ? null : byName.get(SearchText.fold(name));
            if (field != null) {
                columns.putIfAbsent(field, cell.getColumnIndex());
            }
        }
        for (CriterionField field : COLUMNS) {
            if (REQUIRED.contains(field) && !columns.containsKey(field)) {
                errors.add(new ImportError(1, null, reason("framework.import.missingColumn", field.column())));
            }
        }
        return columns;
    }

    /** Reads one row's cells; every bad cell adds an error. */
    private static final class RowReader {

        private final int number;
        private final Row row;
        private final Map<CriterionField, Integer> columns;
        private final Map<String, Agency> agencies;
        private final List<ImportError> errors;
        private final int errorsBefore;

        RowReader(int number, Row row, Map<CriterionField, Integer> columns, Map<String, Agency> agencies,
                  List<ImportError> errors) {
            this.number = number;
            this.row = row;
            this.columns = columns;
            this.agencies = agencies;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        /** The row's data, or null if a cell was bad. */
        CriterionData read() {
            String code = code();
            String title = required(CriterionField.TITLE);
            BigDecimal max = maxPoints();
            RuleType ruleType = ruleType();
            String params = cell(CriterionField.RULE_PARAMS);
            MeasuredBy measuredBy = measuredBy();
            String evidence = cell(CriterionField.EVIDENCE);
            String guidance = cell(CriterionField.GUIDANCE);
            boolean naAllowed = naAllowed();
            Agency reviewer = reviewer();
            if (errors.size() > errorsBefore) {
                return code == null ? null : new CriterionData(code, null, null, null, null, null, null, null, false, null);
            }
            return new CriterionData(code, title, max, ruleType, params, measuredBy, guidance, evidence, naAllowed, reviewer);
        }

        private String cell(CriterionField field) {
            Integer index = columns.get(field);
            String value = index == null ? null : text(row.getCell(index));
            Integer limit = MAX_LENGTH.get(field);
            if (value != null && limit != null && value.length() > limit) {
                error(field, "framework.import.tooLong", String.valueOf(value.length()), String.valueOf(limit));
                return null;
            }
            return value;
        }

        private String required(CriterionField field) {
            int before = errors.size();
            String value = cell(field);
            if (value == null && errors.size() == before) {
                error(field, "framework.import.required");
            }
            return value;
        }

        private String code() {
            String code = required(CriterionField.CODE);
            if (code != null && !code.matches("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3})*")) {
                error(CriterionField.CODE, "framework.problem.codeFormat", code);
                return null;
            }
            return code;
        }

        private BigDecimal maxPoints() {
            Integer index = columns.get(CriterionField.MAX_POINTS);
            Cell cell = row.getCell(index);
            if (cell != null && effectiveType(cell) == CellType.NUMERIC) {
                return points(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
            String value = text(cell);
            if (value == null) {
                error(CriterionField.MAX_POINTS, "framework.import.required");
                return null;
            }
            String normalised = value.indexOf('.') < 0 ? value.replace(',', '.') : value;
            if (!normalised.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                error(CriterionField.MAX_POINTS, "framework.import.notANumber", value);
                return null;
            }
            return points(new BigDecimal(normalised));
        }

        private BigDecimal points(BigDecimal value) {
            if (value.abs().compareTo(MAX_POINTS_LIMIT) > 0) {
                error(CriterionField.MAX_POINTS, "framework.import.numberTooLarge", value.toPlainString());
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            // more than 2 decimals is left for the validator to report
            return stripped.scale() <= 2 ? value.setScale(2) : value;
        }

        private RuleType ruleType() {
            String value = cell(CriterionField.RULE_TYPE);
            if (value == null) {
                return null;
            }
            RuleType type = RULE_NAMES.get(key(value));
            if (type == null) {
                error(CriterionField.RULE_TYPE, "framework.import.unknownRule", value,
                        String.join(", ", Arrays.stream(RuleType.values()).map(Enum::name).toList()));
            }
            return type;
        }

        private MeasuredBy measuredBy() {
            String value = cell(CriterionField.MEASURED_BY);
            if (value == null) {
                return MeasuredBy.SELF_ASSESSMENT;
            }
            MeasuredBy measuredBy = MEASURED_NAMES.get(key(value));
            if (measuredBy == null) {
                error(CriterionField.MEASURED_BY, "framework.import.unknownMeasuredBy", value);
            }
            return measuredBy;
        }

        private boolean naAllowed() {
            String value = cell(CriterionField.NA_ALLOWED);
            if (value == null) {
                return false;
            }
            String folded = SearchText.fold(value);
            if (Set.of("co", "yes", "true", "x", "1").contains(folded)) {
                return true;
            }
            if (!Set.of("khong", "no", "false", "0").contains(folded)) {
                error(CriterionField.NA_ALLOWED, "framework.import.notYesNo", value);
            }
            return false;
        }

        private Agency reviewer() {
            String value = cell(CriterionField.REVIEWER_AGENCY);
            if (value == null) {
                return null;
            }
            Agency agency = agencies.get(value.toUpperCase(Locale.ROOT));
            if (agency == null) {
                error(CriterionField.REVIEWER_AGENCY, "framework.problem.reviewerUnknown", value);
            } else if (!agency.isReviewer()) {
                error(CriterionField.REVIEWER_AGENCY, "framework.problem.reviewerNotReviewer", agency.getName());
            }
            return agency;
        }

        private void error(CriterionField field, String key, Object... args) {
            errors.add(cellError(number, field, key, args));
        }
    }

    private static final Map<String, RuleType> RULE_NAMES = new HashMap<>();
    private static final Map<String, MeasuredBy> MEASURED_NAMES = new HashMap<>();

    static {
        for (RuleType type : RuleType.values()) {
            RULE_NAMES.put(key(type.name()), type);
        }
        Map.of("co/khong", RuleType.YES_NO, "co khong", RuleType.YES_NO, "chon muc", RuleType.LEVEL,
                "muc", RuleType.LEVEL, "bac theo ty le", RuleType.PERCENT_TIERS, "ty le", RuleType.RATIO,
                "so luong", RuleType.COUNT, "diem thuong", RuleType.BONUS, "diem tru", RuleType.PENALTY)
                .forEach((name, type) -> RULE_NAMES.put(key(name), type));
        for (MeasuredBy measuredBy : MeasuredBy.values()) {
            MEASURED_NAMES.put(key(measuredBy.name()), measuredBy);
        }
        List.of("tu danh gia", "tu cham", "tu cham diem").forEach(n -> MEASURED_NAMES.put(key(n), MeasuredBy.SELF_ASSESSMENT));
        List.of("dieu tra xa hoi hoc", "dieu tra xhh", "dt xhh", "dieu tra", "khao sat")
                .forEach(n -> MEASURED_NAMES.put(key(n), MeasuredBy.SURVEY));
    }

    /** Folds a name for matching: no diacritics or case, "_" and "-" as spaces. */
    private static String key(String name) {
        return SearchText.fold(name.replace('_', ' ').replace('-', ' ')).trim();
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** A cell as trimmed text (numbers without a trailing ".0"), or null if blank. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> "#ERROR";
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    static MessageSourceResolvable reason(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    static ImportError cellError(int row, CriterionField field, String key, Object... args) {
        return new ImportError(row, field.column(), reason(key, args));
    }

    private static ExcelImportException fileError(String key, Object... args) {
        return new ExcelImportException(List.of(new ImportError(null, null, reason(key, args))));
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
