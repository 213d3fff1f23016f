package vn.parindex.agency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.mock.web.MockMultipartFile;

import vn.parindex.common.ExcelTable;

/**
 * Upload files as other programs write them, for the import tests: the LibreOffice files kept in
 * src/test/resources/xlsx-writers (see its README), POI files rewritten in openpyxl's zip entry order, and
 * files that are no workbook at all.
 */
public final class XlsxWriters {

    /** The order openpyxl writes a workbook's parts in: [Content_Types].xml comes last. */
    private static final List<String> OPENPYXL_ORDER = List.of("docProps/app.xml", "docProps/core.xml",
            "xl/theme/", "xl/worksheets/", "xl/sharedStrings.xml", "xl/styles.xml", "_rels/.rels",
            "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml");

    private XlsxWriters() {
    }

    /** A file from src/test/resources/xlsx-writers. */
    public static byte[] resource(String name) {
        try (InputStream in = XlsxWriters.class.getResourceAsStream("/xlsx-writers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockMultipartFile upload(String fileName, byte[] bytes) {
        return new MockMultipartFile("file", fileName, ExcelTable.XLSX, bytes);
    }

    /** The same workbook with its zip entries in the order openpyxl writes them. */
    public static byte[] openpyxlOrder(byte[] xlsx) {
        Map<String, byte[]> entries = entries(xlsx);
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(Comparator.comparingInt(XlsxWriters::openpyxlRank));
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        names.forEach(name -> reordered.put(name, entries.get(name)));
        return zip(reordered);
    }

    /** The entry names of a zip file, in their order. */
    public static List<String> entryNames(byte[] zip) {
        return List.copyOf(entries(zip).keySet());
    }

    /** A zip of a CSV file, named .xlsx by its sender. */
    public static byte[] plainZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("co-quan.csv", "Mã,Tên,Loại\nAH-Z,Zip,DEPARTMENT\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** A Word document, named .xlsx by its sender. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Mã, Tên, Loại");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int openpyxlRank(String name) {
        for (int i = 0; i < OPENPYXL_ORDER.size(); i++) {
            if (name.startsWith(OPENPYXL_ORDER.get(i))) {
                return i;
            }
        }
        // anything else (a sheet's relationships, printer settings) goes with the worksheets
        return OPENPYXL_ORDER.indexOf("xl/worksheets/");
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
