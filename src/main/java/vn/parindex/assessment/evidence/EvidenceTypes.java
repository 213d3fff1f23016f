package vn.parindex.assessment.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * The evidence file types allowed, and whether a file's bytes are what its extension says. Tika's core detector
 * only names the container of Office files (x-tika-msoffice for doc/xls, x-tika-ooxml or zip for docx/xlsx), so
 * those are checked by family.
 */
final class EvidenceTypes {

    private static final Tika TIKA = new Tika();
    private static final Set<String> OLE2 = Set.of("application/x-tika-msoffice", "application/msword",
            "application/vnd.ms-excel");
    private static final Set<String> OOXML = Set.of("application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Extension → the content type we serve it as, and the types the detector may report for it. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", Set.of("application/pdf")),
            "jpg", new Kind("image/jpeg", Set.of("image/jpeg")),
            "jpeg", new Kind("image/jpeg", Set.of("image/jpeg")),
            "png", new Kind("image/png", Set.of("image/png")),
            "doc", new Kind("application/msword", OLE2),
            "xls", new Kind("application/vnd.ms-excel", OLE2),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML));

    static final String ALLOWED = "pdf, doc, docx, xls, xlsx, jpg, png";

    private record Kind(String contentType, Set<String> detected) {
    }

    private EvidenceTypes() {
    }

    static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The content type to store for a file of this name and these bytes.
     *
     * @throws EvidenceRejectedException if the extension is not allowed or the bytes are something else
     */
    static String check(String name, byte[] bytes) {
        String extension = extension(name);
        Kind kind = KINDS.get(extension);
        if (kind == null) {
            throw new EvidenceRejectedException("evidence.error.type", "Type ." + extension + " is not allowed",
                    name, ALLOWED);
        }
        String detected = TIKA.detect(bytes);
        if (!kind.detected().contains(detected)) {
            throw new EvidenceRejectedException("evidence.error.mismatch",
                    name + " is " + detected + ", not ." + extension, name, extension);
        }
        return kind.contentType();
    }

    static boolean previewable(String contentType) {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
    }
}
