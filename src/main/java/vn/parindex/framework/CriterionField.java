package vn.parindex.framework;

import lombok.RequiredArgsConstructor;

/**
 * The fields of a criterion as users see them: in forms (message key {@code framework.field.*}) and as the
 * columns of the Excel file (fixed Vietnamese headers, the same in every language).
 */
@RequiredArgsConstructor
public enum CriterionField {
    CODE("Mã"),
    TITLE("Tên tiêu chí"),
    MAX_POINTS("Điểm tối đa"),
    RULE_TYPE("Cách chấm"),
    RULE_PARAMS("Tham số"),
    MEASURED_BY("Đo bằng"),
    EVIDENCE("Tài liệu kiểm chứng"),
    GUIDANCE("Hướng dẫn"),
    NA_ALLOWED("Cho phép không áp dụng"),
    REVIEWER_AGENCY("Cơ quan thẩm định"),
    /** The version's declared total, not a criterion's field. */
    TOTAL_POINTS(null);

    private final String column;

    /** The header of this field's column in the Excel file, or null if it has none. */
    public String column() {
        return column;
    }

    public String messageKey() {
        return "framework.field." + name();
    }
}
