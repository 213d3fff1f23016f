package vn.parindex.common;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload step every Excel import page shares: read the file (not too large, really a workbook, the columns
 * found by their headers), hand the rows to the feature's import, and turn whatever was refused into the lines
 * the page lists.
 */
@Component
public class ExcelUploads {

    private final MessageSource messages;
    private final long maxBytes;

    ExcelUploads(MessageSource messages, @Value("${parindex.agency.import-max-bytes:5242880}") long maxBytes) {
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    /** What an import's rows go to; it throws {@link SheetRejected} when it saved nothing. */
    @FunctionalInterface
    public interface SheetImport {
        void accept(ExcelTable table);
    }

    /** The largest upload, in KB, as the import pages show it. */
    public long maxKb() {
        return maxBytes / 1024;
    }

    /** Runs the import on the uploaded sheet; the problems to show, none when the sheet was saved. */
    public List<String> importSheet(MultipartFile file, List<ExcelColumn> columns, Locale locale, SheetImport sheetImport) {
        try {
            sheetImport.accept(ExcelTable.read(file, maxBytes, columns));
            return List.of();
        } catch (ExcelRejected e) {
            return List.of(messages.getMessage(e.key(), e.args(), locale));
        } catch (SheetRejected e) {
            return e.describe(messages, locale);
        }
    }
}
