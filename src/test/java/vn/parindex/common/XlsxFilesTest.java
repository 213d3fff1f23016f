package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.parindex.agency.TestSheets;
import vn.parindex.agency.XlsxWriters;

/** What the one detection every import uses says about files from different writers, and about wrong files. */
class XlsxFilesTest {

    static final byte[] POI = TestSheets.xlsx(List.of(List.of("Mã", "Tên"), List.of("AH-1", "Sở Một")));

    @Test
    void workbooksFromEveryWriterOpenWhateverTheOrderOfTheirZipEntries() throws Exception {
        for (byte[] file : List.of(POI, XlsxWriters.openpyxlOrder(POI), XlsxWriters.resource("agencies-libreoffice.xlsx"))) {
            try (XSSFWorkbook workbook = XlsxFiles.open(file)) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            }
        }
    }

    @Test
    void everyOtherFileIsRefusedWithItsReason() throws Exception {
        assertThat(refusal(new byte[0])).isEqualTo(XlsxFiles.Refusal.NOT_XLSX);
        assertThat(refusal("Mã;Tên\nAH-1;Sở Một".getBytes(StandardCharsets.UTF_8))).isEqualTo(XlsxFiles.Refusal.NOT_XLSX);
        assertThat(refusal(XlsxWriters.plainZip())).isEqualTo(XlsxFiles.Refusal.NOT_XLSX);
        assertThat(refusal(XlsxWriters.docx())).isEqualTo(XlsxFiles.Refusal.OTHER_OFFICE_DOCUMENT);
        assertThat(refusal(XlsxWriters.resource("agencies-libreoffice.xls"))).isEqualTo(XlsxFiles.Refusal.OLD_XLS);
        assertThat(refusal(encrypted(POI))).isEqualTo(XlsxFiles.Refusal.ENCRYPTED);
    }

    private static XlsxFiles.Refusal refusal(byte[] bytes) {
        XlsxFiles.Refused refused = catchThrowableOfType(XlsxFiles.Refused.class, () -> XlsxFiles.open(bytes).close());
        assertThat(refused).as("refused").isNotNull();
        return refused.refusal();
    }

    /** The workbook as Excel saves it with "Encrypt with password". */
    private static byte[] encrypted(byte[] xlsx) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(xlsx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
