package vn.parindex.common;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as the answer to a request: saved under its name (an attachment) or shown in the browser. */
public final class Downloads {

    private static final MediaType XLSX = MediaType.parseMediaType(ExcelTable.XLSX);
    private static final MediaType DOCX = MediaType.parseMediaType(OfficialDocx.MEDIA_TYPE);

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return file(ContentDisposition.attachment(), filename, type).body(body);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return attachment(body, XLSX, filename);
    }

    /** A workbook no browser or proxy may keep, as it holds secrets (temporary passwords). */
    public static ResponseEntity<byte[]> uncachedXlsx(byte[] body, String filename) {
        return file(ContentDisposition.attachment(), filename, XLSX).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    public static ResponseEntity<byte[]> docx(byte[] body, String filename) {
        return attachment(body, DOCX, filename);
    }

    /** A PDF shown in the browser's viewer, saved under its name if the user wants. */
    public static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return file(ContentDisposition.inline(), filename, MediaType.APPLICATION_PDF).body(body);
    }

    private static ResponseEntity.BodyBuilder file(ContentDisposition.Builder disposition, String filename,
                                                   MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(filename).build().toString())
                .contentType(type);
    }
}
