package vn.parindex.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.springframework.context.MessageSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * An official document (Nghị định 30/2020 layout) as .docx, from the template {@code docx/official.docx}: the
 * issuing body with the number on the left, the national motto with place and date on the right, then the body
 * written here in Times New Roman 14 (13 in tables) at the template's {@code ${body}} mark.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class OfficialDocx {

    /** The template's placeholders in the header block. */
    public record Header(String issuerParent, String issuer, String number, String motto, String mottoSub,
                         String placeDate) {
    }

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String TEMPLATE = "docx/official.docx";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";
    private static final int BODY_SIZE = 14;
    private static final int TABLE_SIZE = 13;
    /** The width between the margins of an A4 page with 30 and 15 mm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9354;

    private final XWPFDocument document;
    private final XWPFParagraph mark;

    public static OfficialDocx open(Header header, String title) {
        try (InputStream in = OfficialDocx.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Template not on the classpath: " + TEMPLATE);
            }
            XWPFDocument document = new XWPFDocument(in);
            Map<String, String> values = Map.of("${issuerParent}", header.issuerParent(), "${issuer}", header.issuer(),
                    "${number}", header.number(), "${motto}", header.motto(), "${mottoSub}", header.mottoSub(),
                    "${placeDate}", header.placeDate());
            document.getTables().get(0).getRows().forEach(row -> row.getTableCells()
                    .forEach(cell -> cell.getParagraphs().forEach(p -> fill(p, values))));
            document.getProperties().getCoreProperties().setTitle(title);
            XWPFParagraph mark = document.getParagraphs().stream().filter(p -> "${body}".equals(p.getText()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No ${body} mark in " + TEMPLATE));
            return new OfficialDocx(document, mark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFParagraph paragraph, Map<String, String> values) {
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.getText(0);
            if (text == null) {
                continue;
            }
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            run.setText(text, 0);
        }
    }

    /** The document's title lines, centred and bold (the first one in capitals as it is given). */
    public OfficialDocx title(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
            if (i == 0) {
                p.setSpacingBefore(240);
            }
            run(p, lines[i], true, false, BODY_SIZE);
        }
        paragraph(ParagraphAlignment.CENTER);
        return this;
    }

    /** A justified paragraph; each line of the text is a paragraph of its own. */
    public OfficialDocx text(String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(567);
            run(p, line, false, false, BODY_SIZE);
        }
        return this;
    }

    public OfficialDocx heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setSpacingBefore(120);
        p.setIndentationFirstLine(567);
        run(p, text, true, false, BODY_SIZE);
        return this;
    }

    public OfficialDocx centred(String text, boolean bold, boolean italic) {
        run(paragraph(ParagraphAlignment.CENTER), text, bold, italic, BODY_SIZE);
        return this;
    }

    /**
     * A bordered table: a bold header row, then the rows; the columns' relative widths; the columns whose cells are
     * numbers (right-aligned); rows listed in {@code boldRows} (by index in {@code rows}) in bold.
     */
    public OfficialDocx table(List<String> headers, List<List<String>> rows, int[] widths, Set<Integer> numeric,
                              Set<Integer> boldRows) {
        XmlCursor cursor = mark.getCTP().newCursor();
        XWPFTable table = document.insertNewTbl(cursor);
        cursor.dispose();
        table.setStyleID("TableGrid");
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        int total = java.util.Arrays.stream(widths).sum();
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = c == 0 ? header.getCell(0) : header.addNewTableCell();
            cell.setWidth(String.valueOf(TEXT_WIDTH * widths[c] / total));
            write(cell, headers.get(c), ParagraphAlignment.CENTER, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.createRow();
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(TEXT_WIDTH * widths[c] / total));
                String value = rows.get(r).get(c);
                write(cell, value == null ? "" : value,
                        numeric.contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, boldRows.contains(r));
            }
        }
        paragraph(ParagraphAlignment.LEFT);
        return this;
    }

    private static void write(XWPFTableCell cell, String value, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        run(p, value, bold, false, TABLE_SIZE);
    }

    /** Who signs: the title in capitals, the note under it, the name below the room for the signature. */
    public record Signer(String title, String note, String name) {
    }

    /** The closing block without borders: "Nơi nhận" on the left (its first line bold and italic), the signer right. */
    public OfficialDocx signatures(String recipients, Signer signer) {
        XWPFTableRow row = closing();
        String[] lines = recipients.split("\n");
        XWPFTableCell left = row.getCell(0);
        run(left.getParagraphs().get(0), lines[0], true, true, 12);
        for (int i = 1; i < lines.length; i++) {
            run(left.addParagraph(), lines[i], false, false, 11);
        }
        sign(row.getCell(1), signer);
        return this;
    }

    /** The closing block of minutes: a signer on each side. */
    public OfficialDocx signatures(Signer left, Signer right) {
        XWPFTableRow row = closing();
        sign(row.getCell(0), left);
        sign(row.getCell(1), right);
        return this;
    }

    private XWPFTableRow closing() {
        XmlCursor cursor = mark.getCTP().newCursor();
        XWPFTable table = document.insertNewTbl(cursor);
        cursor.dispose();
        table.removeBorders();
        XWPFTableRow row = table.getRow(0);
        row.getCell(0).setWidth(String.valueOf(TEXT_WIDTH * 45 / 100));
        row.addNewTableCell().setWidth(String.valueOf(TEXT_WIDTH * 55 / 100));
        paragraph(ParagraphAlignment.LEFT);
        return row;
    }

    private static void sign(XWPFTableCell cell, Signer signer) {
        XWPFParagraph title = cell.getParagraphs().get(0);
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, signer.title(), true, false, BODY_SIZE);
        XWPFParagraph note = cell.addParagraph();
        note.setAlignment(ParagraphAlignment.CENTER);
        run(note, signer.note(), false, true, BODY_SIZE);
        for (int i = 0; i < 3; i++) {
            cell.addParagraph();
        }
        XWPFParagraph name = cell.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, signer.name() == null ? "" : signer.name(), true, false, BODY_SIZE);
    }

    /**
     * The header block in the reader's language: the issuing body (under its parent) in capitals, the number, the
     * national motto, and the place (the organiser's name without "Tỉnh", "Thành phố" ...) with the date to fill in.
     */
    public static Header header(MessageSource messages, Locale locale, String issuerParent, String issuer,
                                String number, String organiserName) {
        return new Header(upper(issuerParent), upper(issuer), number,
                messages.getMessage("docx.motto", null, locale), messages.getMessage("docx.mottoSub", null, locale),
                messages.getMessage("docx.placeDate", new Object[] {place(organiserName)}, locale));
    }

    /** "UBND Tỉnh An Hòa": the People's Committee of an organiser, as the parent of its agencies. */
    public static String committee(MessageSource messages, Locale locale, String organiserName) {
        return messages.getMessage("docx.committee", new Object[] {organiserName}, locale);
    }

    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    static String place(String organiserName) {
        for (String prefix : List.of("Tỉnh ", "Thành phố ", "Huyện ", "Thị xã ", "Quận ")) {
            if (organiserName.startsWith(prefix)) {
                return organiserName.substring(prefix.length());
            }
        }
        return organiserName;
    }

    public OfficialDocx pageBreak() {
        paragraph(ParagraphAlignment.LEFT).setPageBreak(true);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.removeBodyElement(document.getPosOfParagraph(mark));
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XmlCursor cursor = mark.getCTP().newCursor();
        XWPFParagraph p = document.insertNewParagraph(cursor);
        cursor.dispose();
        p.setAlignment(alignment);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
