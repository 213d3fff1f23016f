package vn.parindex.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.common.VietnamTime;

/**
 * The published results as a PDF report, in the reader's language. Liberation Sans (from openpdf-fonts-extra, it
 * covers Vietnamese) is embedded as Identity-H, so the diacritics show on any reader.
 */
@Component
@RequiredArgsConstructor
class ResultsPdf {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    /** Rank, agency, points, applicable maximum, index, class; then one column per group. */
    private static final int FIXED_COLUMNS = 6;

    private final MessageSource messages;

    byte[] render(PublicResults.Published p, Locale locale) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font text = new Font(font(REGULAR), 9);
            Font bold = new Font(font(BOLD), 9);
            Font title = new Font(font(BOLD), 14);
            Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph heading = new Paragraph(msg("results.public.campaignTitle", locale, String.valueOf(p.year()),
                    p.organiserName()), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            if (p.revision().getPublishedAt() == null) {
                document.add(new Paragraph(msg("results.draft.notPublished", locale), bold));
            } else {
                document.add(new Paragraph(msg("results.public.revision", locale, p.revision().getRevision(),
                        DateTimeFormatter.ofPattern("dd/MM/yyyy").format(p.revision().getPublishedAt().atZone(VietnamTime.ZONE)),
                        p.revision().getDecision() == null ? "" : p.revision().getDecision()), text));
            }
            if (p.revision().getReason() != null) {
                document.add(new Paragraph(msg("results.public.correction", locale, p.revision().getReason()), text));
            }
            for (List<PublishedRow> rows : p.byType().values()) {
                Paragraph type = new Paragraph(rows.get(0).typeName(locale), bold);
                type.setSpacingBefore(10);
                type.setSpacingAfter(4);
                document.add(type);
                List<PublishedGroup> groups = rows.get(0).getGroups();
                PdfPTable table = new PdfPTable(FIXED_COLUMNS + groups.size());
                table.setWidthPercentage(100);
                float[] widths = new float[FIXED_COLUMNS + groups.size()];
                widths[0] = 1;
                widths[1] = 6;
                widths[2] = 1.4f;
                widths[3] = 1.4f;
                widths[4] = 1.4f;
                widths[5] = 1.2f;
                for (int i = 0; i < groups.size(); i++) {
                    widths[FIXED_COLUMNS + i] = 1.4f;
                }
                table.setWidths(widths);
                table.setHeaderRows(1);
                header(table, msg("results.column.rank", locale), bold);
                header(table, msg("results.column.agency", locale), bold);
                header(table, msg("results.column.total", locale), bold);
                header(table, msg("results.column.applicableMax", locale), bold);
                header(table, msg("results.column.index", locale), bold);
                header(table, msg("results.column.class", locale), bold);
                groups.forEach(g -> header(table, msg("results.column.group", locale, g.getCode(), g.getTitle()), bold));
                for (PublishedRow row : rows) {
                    cell(table, row.getRank() == null ? "" : row.getRank().toString(), text, Element.ALIGN_CENTER);
                    cell(table, row.getAgencyName(), text, Element.ALIGN_LEFT);
                    cell(table, number(row.getTotalPoints(), locale), text, Element.ALIGN_RIGHT);
                    cell(table, number(row.getApplicableMax(), locale), text, Element.ALIGN_RIGHT);
                    cell(table, number(row.getIndexValue(), locale), text, Element.ALIGN_RIGHT);
                    cell(table, row.getClassLabel(), text, Element.ALIGN_CENTER);
                    for (PublishedGroup group : row.getGroups()) {
                        cell(table, group.getSubIndex() == null ? msg("results.na", locale)
                                : number(group.getSubIndex(), locale), text, Element.ALIGN_RIGHT);
                    }
                }
                document.add(table);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot render the results PDF", e);
        }
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = ResultsPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }

    private static void header(PdfPTable table, String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setGrayFill(0.9f);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    private static String number(java.math.BigDecimal value, Locale locale) {
        return String.format(locale, "%.2f", value);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
