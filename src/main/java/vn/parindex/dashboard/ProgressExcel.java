package vn.parindex.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.Milestone;
import vn.parindex.common.ExcelCells;

/**
 * The agency × milestone progress table as a workbook: one row per agency, one column per used milestone, and a
 * second sheet with each milestone's dates.
 */
@Component
@RequiredArgsConstructor
class ProgressExcel {

    private final MessageSource messages;

    byte[] write(CampaignDashboard.View view, Locale locale) {
        List<Milestone> used = view.timeline().stream().filter(Milestone::isUsed).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(ExcelCells.sheetName(text("dashboard.excel.sheet", locale)));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(text("dashboard.agency.code", locale));
            header.createCell(1).setCellValue(text("dashboard.agency.name", locale));
            header.createCell(2).setCellValue(text("dashboard.assessment", locale));
            for (int m = 0; m < used.size(); m++) {
                header.createCell(3 + m).setCellValue(text(used.get(m).getType().messageKey(), locale));
            }
            int r = 1;
            for (CampaignDashboard.Row row : view.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.agency().code());
                line.createCell(1).setCellValue(row.agency().name());
                line.createCell(2).setCellValue(DashboardGrid.statusText(messages, row, locale));
                for (int m = 0; m < used.size(); m++) {
                    line.createCell(3 + m).setCellValue(text(row.cells().get(used.get(m).getType()).messageKey(), locale));
                }
            }
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < 3 + used.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 22 * 256);
            }
            writeTimeline(workbook, view.milestones(), locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The campaign's dates, as date cells, and each milestone's counts of agencies as the dashboard shows them. */
    private void writeTimeline(XSSFWorkbook workbook, List<CampaignDashboard.MilestoneProgress> milestones,
                               Locale locale) {
        ExcelCells cells = new ExcelCells(workbook);
        Sheet sheet = workbook.createSheet(ExcelCells.sheetName(text("dashboard.milestones", locale)));
        Row header = sheet.createRow(0);
        String[] titles = {"dashboard.milestone", "dashboard.excel.windowStart", "dashboard.excel.dueDate",
                "dashboard.done", "dashboard.excel.total", "dashboard.overdue", "dashboard.closed"};
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(text(titles[c], locale));
        }
        for (int m = 0; m < milestones.size(); m++) {
            CampaignDashboard.MilestoneProgress progress = milestones.get(m);
            Row line = sheet.createRow(m + 1);
            line.createCell(0).setCellValue(text(progress.milestone().getType().messageKey(), locale));
            cells.date(line.createCell(1), progress.milestone().getWindowStart());
            cells.date(line.createCell(2), progress.milestone().getDueDate());
            cells.whole(line.createCell(3), progress.done());
            cells.whole(line.createCell(4), progress.total());
            cells.whole(line.createCell(5), progress.overdue());
            cells.whole(line.createCell(6), progress.closed());
        }
        sheet.setColumnWidth(0, 50 * 256);
        for (int c = 1; c < titles.length; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
