package vn.parindex.common;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Cells as a user's Excel expects them in every export: points and indices as numbers with two decimals, ranks
 * and counts as whole numbers, dates as dates (dd/MM/yyyy), a missing value as "—". The number format is added to
 * the style a cell already has (bold stays bold); styles are shared, as a workbook holds only so many.
 */
@RequiredArgsConstructor
public final class ExcelCells {

    public static final String POINTS = "0.00";
    public static final String WHOLE = "0";
    public static final String DATE = "dd/mm/yyyy";
    public static final String MISSING = "—";
    private static final int MAX_SHEET_NAME = 31;

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    /** Points, an index or a percentage: a number shown with two decimals. */
    public void points(Cell cell, BigDecimal value) {
        if (value == null) {
            cell.setCellValue(MISSING);
            return;
        }
        cell.setCellValue(value.doubleValue());
        format(cell, POINTS);
    }

    /** A rank, a count or a row number: a whole number. */
    public void whole(Cell cell, Number value) {
        if (value == null) {
            cell.setCellValue(MISSING);
            return;
        }
        cell.setCellValue(value.longValue());
        format(cell, WHOLE);
    }

    public void date(Cell cell, LocalDate value) {
        if (value == null) {
            cell.setCellValue(MISSING);
            return;
        }
        cell.setCellValue(value);
        format(cell, DATE);
    }

    /** By the value's type: BigDecimal as points, other numbers whole, dates as dates, null as "—", else text. */
    public void value(Cell cell, Object value) {
        if (value == null) {
            cell.setCellValue(MISSING);
        } else if (value instanceof BigDecimal decimal) {
            points(cell, decimal);
        } else if (value instanceof Number number) {
            whole(cell, number);
        } else if (value instanceof LocalDate date) {
            date(cell, date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private void format(Cell cell, String format) {
        CellStyle base = cell.getCellStyle();
        cell.setCellStyle(styles.computeIfAbsent(base.getIndex() + "|" + format, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }));
    }

    /**
     * A sheet name Excel accepts, with its diacritics: composed (so "Tiến độ" counts 7 characters, not 9), without
     * the characters Excel forbids ([ ] : * ? / \) and at most 31 characters long.
     */
    public static String sheetName(String name) {
        String composed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip();
        String safe = WorkbookUtil.createSafeSheetName(composed, '-');
        return safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME).strip() : safe.strip();
    }
}
