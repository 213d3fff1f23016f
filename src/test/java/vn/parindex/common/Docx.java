package vn.parindex.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** A downloaded Word document as a reader sees it: its paragraphs, its tables' cells, its title and fonts. */
public record Docx(String title, List<String> paragraphs, List<List<List<String>>> tables, List<String> fonts,
                   List<Double> sizes) {

    public static Docx read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<List<List<String>>> tables = document.getTables().stream().map(Docx::cells).toList();
            List<XWPFRun> runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            return new Docx(document.getProperties().getCoreProperties().getTitle(), paragraphs, tables,
                    runs.stream().map(XWPFRun::getFontFamily).filter(Objects::nonNull).distinct().toList(),
                    runs.stream().map(XWPFRun::getFontSizeAsDouble).filter(Objects::nonNull).distinct().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();
    }

    /** The header block: the issuing body and number on the left, the motto and the date line on the right. */
    public List<List<String>> header() {
        return tables.get(0);
    }

    /** All the text, paragraphs and tables, one line each, for "contains" checks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p).append('\n'));
        tables.forEach(t -> t.forEach(r -> text.append(String.join(" | ", r)).append('\n')));
        return text.toString();
    }
}
