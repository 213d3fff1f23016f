package vn.parindex.common;

import java.util.List;

/**
 * A column of an import sheet: found by its header text in row 1 (Vietnamese or English, accents and case
 * ignored), so users may reorder columns. The label key names the column in error messages.
 */
public record ExcelColumn(String id, String labelKey, boolean required, List<String> headers) {

    public ExcelColumn(String id, String labelKey, boolean required, String... headers) {
        this(id, labelKey, required, List.of(headers));
    }

    boolean matches(String headerText) {
        String folded = SearchText.fold(headerText);
        return headers.stream().anyMatch(header -> SearchText.fold(header).equals(folded));
    }

    /** The header written into a blank template: the Vietnamese one. */
    public String header() {
        return headers.get(0);
    }
}
