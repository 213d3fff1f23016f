package vn.parindex.assessment;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.common.Decimals;
import vn.parindex.common.ExcelCells;
import vn.parindex.common.VietnamTime;

/**
 * The self-assessment report the head signs: a summary per group, the explanations and a signature block, as a
 * PDF (Liberation Serif embedded, so Vietnamese prints right anywhere) and as an Excel workbook of every leaf.
 */
@Component
@RequiredArgsConstructor
class SelfAssessmentReport {

    private static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSerif-Bold.ttf";

    private final MessageSource messages;
    private final Answers answers;

    byte[] pdf(Scorecard sc, Locale locale) {
        com.lowagie.text.Font normal = font(REGULAR, 11);
        com.lowagie.text.Font bold = font(BOLD, 11);
        com.lowagie.text.Font title = font(BOLD, 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.open();
        document.addTitle(text("report.title", locale, String.valueOf(sc.year())));
        document.add(new Paragraph(sc.agencyName().toUpperCase(Locale.forLanguageTag("vi")), bold));
        Paragraph heading = new Paragraph(text("report.title", locale, String.valueOf(sc.year())).toUpperCase(Locale.forLanguageTag("vi")),
                title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(12);
        document.add(heading);
        Paragraph campaign = new Paragraph(sc.campaignName(), normal);
        campaign.setAlignment(Element.ALIGN_CENTER);
        campaign.setSpacingAfter(12);
        document.add(campaign);

        document.add(new Paragraph(text("report.summary", locale), bold));
        PdfPTable table = new PdfPTable(new float[]{1f, 6f, 1.6f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String key : List.of("report.col.code", "report.col.group", "report.col.max", "report.col.points",
                "report.col.index")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), bold));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
        for (Scorecard.Row group : sc.groups()) {
            table.addCell(new Phrase(group.criterion().getCode(), normal));
            table.addCell(new Phrase(group.criterion().getTitle(), normal));
            table.addCell(number(group.total().applicableMax(), normal, locale));
            table.addCell(number(group.total().points(), normal, locale));
            table.addCell(number(group.total().subIndex(), normal, locale));
        }
        table.addCell(new Phrase("", bold));
        table.addCell(new Phrase(text("report.total", locale), bold));
        table.addCell(number(sc.totals().applicableMax(), bold, locale));
        table.addCell(number(sc.totals().total(), bold, locale));
        table.addCell(number(sc.totals().index(), bold, locale));
        document.add(table);

        Paragraph explanations = new Paragraph(text("report.explanations", locale), bold);
        explanations.setSpacingBefore(12);
        document.add(explanations);
        List<String> lines = explanations(sc, locale);
        for (String line : lines) {
            document.add(new Paragraph(line, normal));
        }
        if (lines.isEmpty()) {
            document.add(new Paragraph(text("report.noExplanations", locale), normal));
        }

        Paragraph cited = new Paragraph(text("report.references", locale), bold);
        cited.setSpacingBefore(12);
        document.add(cited);
        List<String> references = references(sc, locale);
        for (String reference : references) {
            document.add(new Paragraph(reference, normal));
        }
        if (references.isEmpty()) {
            document.add(new Paragraph(text("report.noReferences", locale), normal));
        }

        PdfPTable signature = new PdfPTable(2);
        signature.setWidthPercentage(100);
        signature.setSpacingBefore(24);
        signature.addCell(borderless(new Phrase(text("report.recipients", locale), normal), Element.ALIGN_LEFT));
        PdfPCell head = borderless(new Phrase(text("report.head", locale) + "\n", bold), Element.ALIGN_CENTER);
        head.addElement(centered(text("report.signStamp", locale), normal));
        head.addElement(centered("\n\n\n", normal));
        head.addElement(centered(sc.headName() == null ? "" : sc.headName(), bold));
        signature.addCell(head);
        document.add(signature);
        document.close();
        return out.toByteArray();
    }

    /** The explanations of missing evidence and the reasons for "not applicable", one line per leaf and kind. */
    List<String> explanations(Scorecard sc, Locale locale) {
        List<String> lines = new java.util.ArrayList<>();
        for (Scorecard.Row row : sc.rows()) {
            Scorecard.Leaf leaf = row.leaf();
            if (leaf == null) {
                continue;
            }
            if (leaf.explanation() != null) {
                lines.add(row.criterion().getCode() + " " + row.criterion().getTitle() + ": " + leaf.explanation());
            }
            if (leaf.na()) {
                lines.add(row.criterion().getCode() + " " + row.criterion().getTitle() + " ("
                        + text("scorecard.na", locale) + "): " + (leaf.naReason() == null ? "" : leaf.naReason()));
            }
        }
        return lines;
    }

    byte[] xlsx(Scorecard sc, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(workbook);
            Sheet sheet = workbook.createSheet(ExcelCells.sheetName(text("report.sheet", locale)));
            CellStyle header = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header.setFont(boldFont);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text("report.title", locale, String.valueOf(sc.year())) + " — " + sc.agencyName());
            title.getCell(0).setCellStyle(header);
            Row columns = sheet.createRow(2);
            List<String> keys = List.of("report.col.code", "report.col.criterion", "report.col.max", "report.col.answer",
                    "report.col.points", "report.col.index", "scorecard.note", "scorecard.explanation",
                    "report.col.files");
            for (int i = 0; i < keys.size(); i++) {
                Cell cell = columns.createCell(i);
                cell.setCellValue(text(keys.get(i), locale));
                cell.setCellStyle(header);
            }
            int r = 3;
            for (Scorecard.Row row : sc.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.criterion().getCode());
                line.createCell(1).setCellValue(row.criterion().getTitle());
                cells.points(line.createCell(2), row.total().applicableMax());
                Scorecard.Leaf leaf = row.leaf();
                if (leaf != null) {
                    line.createCell(3).setCellValue(leaf.na() ? text("scorecard.na", locale)
                            : leaf.answer() == null ? "" : answers.label(row.criterion(), leaf.answer(), locale));
                    line.createCell(6).setCellValue(leaf.note() == null ? "" : leaf.note());
                    line.createCell(7).setCellValue(leaf.explanation() == null ? "" : leaf.explanation());
                    cells.whole(line.createCell(8), leaf.files().size());
                } else {
                    line.getCell(0).setCellStyle(header);
                    line.getCell(1).setCellStyle(header);
                }
                cells.points(line.createCell(4), row.total().points());
                cells.points(line.createCell(5), row.total().subIndex());
            }
            Row total = sheet.createRow(r + 1);
            total.createCell(1).setCellValue(text("report.total", locale));
            total.getCell(1).setCellStyle(header);
            for (Cell cell : List.of(total.createCell(2), total.createCell(4), total.createCell(5))) {
                cell.setCellStyle(header);
            }
            cells.points(total.getCell(2), sc.totals().applicableMax());
            cells.points(total.getCell(4), sc.totals().total());
            cells.points(total.getCell(5), sc.totals().index());
            Row cited = sheet.createRow(r + 3);
            cited.createCell(1).setCellValue(text("report.references", locale));
            cited.getCell(1).setCellStyle(header);
            int line = r + 4;
            for (String reference : references(sc, locale)) {
                sheet.createRow(line++).createCell(1).setCellValue(reference);
            }
            sheet.setColumnWidth(1, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each document reference once: "1.1, 2.1: Số 12/KH-UBND, ngày 05/01/2026, UBND tỉnh: Kế hoạch CCHC (link)". */
    private List<String> references(Scorecard sc, Locale locale) {
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        Map<Long, EvidenceFile> pieces = new LinkedHashMap<>();
        for (Scorecard.Row row : sc.rows()) {
            if (row.leaf() == null) {
                continue;
            }
            for (EvidenceFile f : row.leaf().files()) {
                if (f.isReference()) {
                    pieces.putIfAbsent(f.pieceKey(), f);
                    codes.computeIfAbsent(f.pieceKey(), k -> new ArrayList<>()).add(row.criterion().getCode());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        pieces.forEach((key, f) -> lines.add(String.join(", ", codes.get(key)) + ": "
                + text("evidence.ref.describe", locale, f.getDocNumber(), VietnamTime.DATE.format(f.getDocIssuedOn()),
                f.getDocIssuer(), f.getDocSummary()) + (f.getDocLink() == null ? "" : " (" + f.getDocLink() + ")")));
        return lines;
    }

    private static PdfPCell number(BigDecimal value, com.lowagie.text.Font font, Locale locale) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "—" : Decimals.format(value, locale), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell borderless(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(alignment);
        cell.addElement(paragraph);
        return cell;
    }

    private static Paragraph centered(String text, com.lowagie.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static com.lowagie.text.Font font(String resource, float size) {
        try (InputStream in = SelfAssessmentReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath");
            }
            BaseFont base = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
            return new com.lowagie.text.Font(base, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
