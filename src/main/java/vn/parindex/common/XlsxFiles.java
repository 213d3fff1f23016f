package vn.parindex.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx the one way every import does: by its content, not by the order of its zip entries
 * (openpyxl and others put [Content_Types].xml last, so a detector reading the first entry sees a plain zip).
 * The package's main part says what the file is: a workbook is opened, anything else is refused with the reason.
 */
public final class XlsxFiles {

    /** Why a file is not a readable workbook; each reason has its message under {@link #messageKey()}. */
    public enum Refusal {
        /** Not an Office file at all: text, a PDF, a plain zip … */
        NOT_XLSX,
        /** An Excel 97-2003 .xls. */
        OLD_XLS,
        /** A password-protected workbook (stored in an OLE2 container). */
        ENCRYPTED,
        /** A Word, PowerPoint or other Office Open XML document that is not a workbook. */
        OTHER_OFFICE_DOCUMENT;

        public String messageKey() {
            return switch (this) {
                case NOT_XLSX -> "common.excel.notXlsx";
                case OLD_XLS -> "common.excel.oldXls";
                case ENCRYPTED -> "common.excel.encrypted";
                case OTHER_OFFICE_DOCUMENT -> "common.excel.otherDocument";
            };
        }
    }

    /** The file is not a workbook POI can read. */
    public static final class Refused extends Exception {
        private final Refusal refusal;

        Refused(Refusal refusal, Throwable cause) {
            super(refusal.name(), cause);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private XlsxFiles() {
    }

    /** The workbook in these bytes; the caller closes it. */
    public static XSSFWorkbook open(byte[] bytes) throws Refused {
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OLE2) {
            throw new Refused(encrypted(bytes) ? Refusal.ENCRYPTED : Refusal.OLD_XLS, null);
        }
        if (magic != FileMagic.OOXML) {
            throw new Refused(Refusal.NOT_XLSX, null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            // a zip without [Content_Types].xml, or a broken one
            throw new Refused(Refusal.NOT_XLSX, e);
        }
        String mainType = mainPartType(pkg);
        if (!WORKBOOK_TYPES.contains(mainType)) {
            pkg.revert();
            throw new Refused(mainType == null ? Refusal.NOT_XLSX : Refusal.OTHER_OFFICE_DOCUMENT, null);
        }
        try {
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw new Refused(Refusal.NOT_XLSX, e);
        }
    }

    private static FileMagic magic(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return FileMagic.UNKNOWN;
        }
        try {
            return FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The content type of the part the package's office-document relationship points to, or null. */
    private static String mainPartType(OPCPackage pkg) {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            for (PackageRelationship relationship : pkg.getRelationshipsByType(type)) {
                PackagePart part = pkg.getPart(relationship);
                if (part != null) {
                    return part.getContentType();
                }
            }
        }
        return null;
    }
}
