package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelCellsTest {

    @Test
    void sheetNamesKeepTheirDiacriticsAndLoseOnlyWhatExcelForbids() {
        assertThat(ExcelCells.sheetName("Tiến độ")).isEqualTo("Tiến độ");
        // typed on a Mac, the same name arrives decomposed: it is composed, so it fits as it should
        String decomposed = Normalizer.normalize("Danh sách người được khảo sát", Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(31);
        assertThat(ExcelCells.sheetName(decomposed)).isEqualTo("Danh sách người được khảo sát");
        assertThat(ExcelCells.sheetName("Kết quả [2026]: Sở/Ban?*\\")).isEqualTo("Kết quả -2026-- Sở-Ban---");
        assertThat(ExcelCells.sheetName("Chỉ số cải cách hành chính của các sở, ban, ngành năm 2026"))
                .isEqualTo("Chỉ số cải cách hành chính của").hasSize(30);
    }

    @Test
    void numbersAndDatesAreTypedCellsWithTheirFormat() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(workbook);
            Row row = workbook.createSheet(ExcelCells.sheetName("Thử")).createRow(0);
            Cell bold = row.createCell(1);
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setCellStyle(workbook.createCellStyle());
            bold.getCellStyle().setFont(font);
            cells.points(row.createCell(0), new BigDecimal("87.5"));
            cells.points(bold, new BigDecimal("60"));
            cells.whole(row.createCell(2), 3);
            cells.date(row.createCell(3), LocalDate.of(2026, 11, 16));
            cells.points(row.createCell(4), null);
            cells.value(row.createCell(5), "Xuất sắc");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = workbook.getSheet("Thử").getRow(0);
            DataFormatter shown = new DataFormatter();
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(shown.formatCellValue(row.getCell(0))).isEqualTo("87.50");
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(workbook.getFontAt(row.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(shown.formatCellValue(row.getCell(3))).isEqualTo("16/11/2026");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("—");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Xuất sắc");
        }
    }
}
