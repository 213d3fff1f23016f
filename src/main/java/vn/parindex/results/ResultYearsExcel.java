package vn.parindex.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.common.ExcelCells;

/** The years side by side as workbooks: the figures of the years pages, numbers as numbers. */
@Component
@RequiredArgsConstructor
class ResultYearsExcel {

    private final MessageSource messages;

    /** Sheets: classes per year, the criteria most points were lost on, every agency's index and class per year. */
    byte[] province(ResultYears.ProvinceView view, String organiserName, Locale locale) {
        return workbook((workbook, cells, bold) -> {
            List<String> years = view.years().stream().map(String::valueOf).toList();
            Sheet classes = sheet(workbook, "results.years.classes", locale);
            header(classes, bold, join(msg("results.column.class", locale), years));
            int r = 1;
            for (ResultYears.ClassCount count : view.classes()) {
                Row row = classes.createRow(r++);
                row.createCell(0).setCellValue(count.label());
                for (int y = 0; y < years.size(); y++) {
                    cells.whole(row.createCell(y + 1), count.perYear().get(y));
                }
            }
            Row assessed = classes.createRow(r);
            assessed.createCell(0).setCellValue(msg("results.years.assessed", locale));
            for (int y = 0; y < years.size(); y++) {
                cells.whole(assessed.createCell(y + 1), view.assessed().get(y));
            }

            Sheet lost = sheet(workbook, "results.years.lost", locale);
            List<String> lostHeader = new ArrayList<>(List.of(msg("results.column.type", locale),
                    msg("results.weak.code", locale), msg("results.weak.criterion", locale)));
            lostHeader.addAll(years);
            lostHeader.add(msg("results.years.lostTotal", locale));
            header(lost, bold, lostHeader);
            r = 1;
            for (ResultYears.Lost line : view.mostLost()) {
                Row row = lost.createRow(r++);
                row.createCell(0).setCellValue(line.typeName(locale));
                row.createCell(1).setCellValue(line.code());
                row.createCell(2).setCellValue(line.title());
                for (int y = 0; y < years.size(); y++) {
                    cells.points(row.createCell(y + 3), line.perYear().get(y));
                }
                cells.points(row.createCell(years.size() + 3), line.total());
            }

            Sheet agencies = sheet(workbook, "results.years.agencies", locale);
            List<String> agencyHeader = new ArrayList<>(List.of(msg("results.column.agency", locale)));
            for (String year : years) {
                agencyHeader.add(msg("results.years.indexOf", locale, year));
                agencyHeader.add(msg("results.years.classOf", locale, year));
            }
            header(agencies, bold, agencyHeader);
            r = 1;
            for (ResultYears.AgencyLine line : view.agencies()) {
                Row row = agencies.createRow(r++);
                row.createCell(0).setCellValue(line.agencyName());
                for (int y = 0; y < years.size(); y++) {
                    cells.points(row.createCell(2 * y + 1), line.indices().get(y));
                    cells.value(row.createCell(2 * y + 2), line.classes().get(y));
                }
            }
            agencies.setColumnWidth(0, 40 * 256);
            lost.setColumnWidth(2, 50 * 256);
        }, organiserName);
    }

    /** One sheet: a row per published year with the index, rank, class and every group's sub-index. */
    byte[] agency(ResultYears.AgencyView view, Locale locale) {
        return workbook((workbook, cells, bold) -> {
            Sheet sheet = sheet(workbook, "results.years.sheet", locale);
            List<String> headers = new ArrayList<>(List.of(msg("results.years.year", locale),
                    msg("results.column.index", locale), msg("results.column.rank", locale),
                    msg("results.years.rankedOf", locale), msg("results.column.class", locale)));
            view.groupTitles().forEach((code, title) -> headers.add(msg("results.column.group", locale, code, title)));
            header(sheet, bold, headers);
            int r = 1;
            for (ResultYears.AgencyYear year : view.years()) {
                Row row = sheet.createRow(r++);
                cells.whole(row.createCell(0), year.year());
                cells.points(row.createCell(1), year.index());
                cells.whole(row.createCell(2), year.rank());
                cells.whole(row.createCell(3), year.rankedOf());
                cells.value(row.createCell(4), year.classLabel());
                int c = 5;
                for (String code : view.groupTitles().keySet()) {
                    cells.points(row.createCell(c++), year.groups().get(code));
                }
            }
        }, view.agencyName());
    }

    private interface Sheets {
        void write(XSSFWorkbook workbook, ExcelCells cells, CellStyle bold);
    }

    private static byte[] workbook(Sheets sheets, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            sheets.write(workbook, new ExcelCells(workbook), bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(XSSFWorkbook workbook, String key, Locale locale) {
        return workbook.createSheet(ExcelCells.sheetName(msg(key, locale)));
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(bold);
            if (sheet.getColumnWidth(c) < 14 * 256) {
                sheet.setColumnWidth(c, 14 * 256);
            }
        }
    }

    private static List<String> join(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
