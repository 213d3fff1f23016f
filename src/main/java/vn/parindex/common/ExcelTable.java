package vn.parindex.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The first sheet of an uploaded .xlsx as rows of text, keyed by column id. Checks first that the file is not
 * too large and really is a workbook ({@link XlsxFiles}); the header row locates the columns.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ExcelTable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One data row: its number as Excel shows it (the header is row 1) and its cells as trimmed text. */
    public record Line(int number, Map<String, String> values) {
        public String get(String columnId) {
            return values.getOrDefault(columnId, "");
        }

        /**
         * A phone number: one typed into a number cell loses its leading zero (Vietnamese numbers all start with 0
         * at home), which is put back.
         */
        public String phone(String columnId) {
            String digits = get(columnId).replaceAll("[\\s.]", "");
            return digits.matches("[1-9]\\d{8,9}") ? "0" + digits : digits;
        }
    }

    private final List<ExcelColumn> columns;
    private final Map<String, Integer> indexes;
    private final List<Line> lines;

    public List<Line> lines() {
        return lines;
    }

    /** The column's letter as Excel shows it (A, B …), for error messages. */
    public String letter(String columnId) {
        Integer index = indexes.get(columnId);
        return index == null ? "?" : CellReference.convertNumToColString(index);
    }

    /** What is wrong in one cell, the column named by its letter and label. */
    public ImportProblem problem(int row, String columnId, MessageSourceResolvable reason) {
        String labelKey = columns.stream().filter(c -> c.id().equals(columnId)).map(ExcelColumn::labelKey)
                .findFirst().orElse(null);
        return new ImportProblem(row, letter(columnId), labelKey, reason);
    }

    /** A form field that failed validation, its column named after the field and its message key kept. */
    public ImportProblem problem(int row, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        return problem(row, violation.getPropertyPath().toString(),
                new DefaultMessageSourceResolvable(new String[] {key}, violation.getMessage()));
    }

    /** The same, the reason a message key with its arguments. */
    public ImportProblem problem(int row, String columnId, String key, Object... args) {
        return problem(row, columnId, new DefaultMessageSourceResolvable(new String[] {key}, args));
    }

    public static ExcelTable read(MultipartFile file, long maxBytes, List<ExcelColumn> columns) throws ExcelRejected {
        if (file == null || file.isEmpty()) {
            throw new ExcelRejected("agency.excel.noFile");
        }
        if (file.getSize() > maxBytes) {
            throw new ExcelRejected("agency.excel.tooLarge", maxBytes / 1024);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new ExcelRejected("agency.excel.unreadable");
        }
        try (Workbook workbook = XlsxFiles.open(bytes)) {
            return parse(workbook.getSheetAt(0), columns);
        } catch (XlsxFiles.Refused e) {
            throw new ExcelRejected(e.refusal().messageKey());
        } catch (ExcelRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a workbook without sheets, or a part POI cannot parse
            throw new ExcelRejected(XlsxFiles.Refusal.NOT_XLSX.messageKey());
        }
    }

    private static ExcelTable parse(Sheet sheet, List<ExcelColumn> columns) throws ExcelRejected {
        DataFormatter formatter = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            throw new ExcelRejected("agency.excel.empty");
        }
        Map<String, Integer> indexes = new HashMap<>();
        for (Cell cell : header) {
            String text = formatter.formatCellValue(cell).trim();
            for (ExcelColumn column : columns) {
                if (!indexes.containsKey(column.id()) && column.matches(text)) {
                    indexes.put(column.id(), cell.getColumnIndex());
                }
            }
        }
        for (ExcelColumn column : columns) {
            if (column.required() && !indexes.containsKey(column.id())) {
                throw new ExcelRejected("agency.excel.missingColumn", column.header());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            boolean blank = true;
            for (Map.Entry<String, Integer> column : indexes.entrySet()) {
                String text = formatter.formatCellValue(row.getCell(column.getValue())).trim();
                values.put(column.getKey(), text);
                blank &= text.isEmpty();
            }
            if (!blank) {
                lines.add(new Line(r + 1, values));
            }
        }
        if (lines.isEmpty()) {
            throw new ExcelRejected("agency.excel.noRows");
        }
        return new ExcelTable(columns, indexes, lines);
    }

    /**
     * A workbook with a bold header row (text columns formatted as text so codes and phone numbers keep their
     * leading zeros), the given data rows — numbers and dates become number and date cells ({@link ExcelCells}) —
     * and an optional second sheet of help rows. Sheet names keep their diacritics.
     */
    public static byte[] workbook(String sheetName, List<String> headers, List<? extends List<?>> rows,
                                  String helpSheetName, List<? extends List<?>> helpRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setBorderBottom(BorderStyle.THIN);
            Sheet sheet = workbook.createSheet(ExcelCells.sheetName(sheetName));
            write(sheet, 0, headers, bold, cells);
            for (int c = 0; c < headers.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 22 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                write(sheet, r + 1, rows.get(r), text, cells);
            }
            if (helpSheetName != null) {
                Sheet help = workbook.createSheet(ExcelCells.sheetName(helpSheetName));
                for (int r = 0; r < helpRows.size(); r++) {
                    write(help, r, helpRows.get(r), r == 0 ? bold : text, cells);
                }
                help.setColumnWidth(0, 20 * 256);
                help.setColumnWidth(1, 50 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a workbook in memory", e);
        }
    }

    private static void write(Sheet sheet, int rowIndex, List<?> values, CellStyle style, ExcelCells cells) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof String string) {
                cell.setCellValue(string);
                cell.setCellStyle(style);
            } else {
                // a number or a date: its own format, not text
                cells.value(cell, value);
            }
        }
    }
}
