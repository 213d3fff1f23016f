package vn.parindex.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.common.ExcelCells;
import vn.parindex.common.VietnamTime;

/**
 * A published revision as a workbook: one row per agency (rank, total points with the applicable maximum, index,
 * class and every group's sub-index, as numbers), and a sheet saying which revision it is and when it was published.
 */
@Component
@RequiredArgsConstructor
class ResultsExcel {

    private final MessageSource messages;

    byte[] write(PublicResults.Published p, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(workbook);
            CellStyle bold = bold(workbook);
            // the year as text: MessageFormat would print 2026 as "2.026"
            String rowsSheet = msg("results.excel.sheet", locale, String.valueOf(p.year()));
            writeRows(workbook.createSheet(ExcelCells.sheetName(rowsSheet)), p, locale, cells, bold);
            writeAbout(workbook.createSheet(ExcelCells.sheetName(msg("results.excel.about", locale))), p, locale,
                    cells, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRows(Sheet sheet, PublicResults.Published p, Locale locale, ExcelCells cells, CellStyle bold) {
        Map<String, String> groupTitles = new LinkedHashMap<>();
        p.byType().values().stream().flatMap(List::stream).flatMap(r -> r.getGroups().stream())
                .forEach(g -> groupTitles.putIfAbsent(g.getCode(), g.getTitle()));
        List<String> headers = new ArrayList<>();
        for (String key : List.of("results.column.type", "results.column.rank", "results.column.code",
                "results.column.agency", "results.column.total", "results.column.applicableMax",
                "results.column.index", "results.column.class")) {
            headers.add(msg(key, locale));
        }
        groupTitles.forEach((code, title) -> headers.add(msg("results.column.group", locale, code, title)));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 3 ? 40 : 14) * 256);
        }
        int r = 1;
        for (List<PublishedRow> typeRows : p.byType().values()) {
            for (PublishedRow row : typeRows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.typeName(locale));
                if (row.getRank() == null) {
                    line.createCell(1).setCellValue(msg("results.public.notRanked", locale));
                } else {
                    cells.whole(line.createCell(1), row.getRank());
                }
                line.createCell(2).setCellValue(row.getAgencyCode());
                line.createCell(3).setCellValue(row.getAgencyName());
                cells.points(line.createCell(4), row.getTotalPoints());
                cells.points(line.createCell(5), row.getApplicableMax());
                cells.points(line.createCell(6), row.getIndexValue());
                cells.value(line.createCell(7), row.getClassLabel());
                int c = 8;
                for (String code : groupTitles.keySet()) {
                    BigDecimal subIndex = row.getGroups().stream().filter(g -> g.getCode().equals(code)).findFirst()
                            .map(PublishedGroup::getSubIndex).orElse(null);
                    cells.points(line.createCell(c++), subIndex);
                }
            }
        }
        sheet.createFreezePane(4, 1);
    }

    private void writeAbout(Sheet sheet, PublicResults.Published p, Locale locale, ExcelCells cells, CellStyle bold) {
        PublishedRevision revision = p.revision();
        List<Object[]> lines = List.of(
                new Object[] {"results.excel.organiser", p.organiserName()},
                new Object[] {"results.excel.campaign", p.campaignName()},
                new Object[] {"results.excel.year", p.year()},
                new Object[] {"results.excel.revision", revision.getRevision()},
                new Object[] {"results.excel.publishedOn", revision.getPublishedAt() == null ? null
                        : revision.getPublishedAt().atZone(VietnamTime.ZONE).toLocalDate()},
                new Object[] {"results.excel.decision", revision.getDecision()},
                new Object[] {"results.excel.correction", revision.getReason()});
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            Cell label = row.createCell(0);
            label.setCellValue(msg((String) lines.get(r)[0], locale));
            label.setCellStyle(bold);
            cells.value(row.createCell(1), lines.get(r)[1]);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setWrapText(true);
        return style;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
