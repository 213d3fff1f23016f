package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.XlsxWriters;
import vn.parindex.framework.FrameworkFixtures.Node;
import vn.parindex.framework.FrameworkService.NewFramework;

@IntegrationTest
@Tag("postgres")
class FrameworkExcelTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkExcel excel;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkService service;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    FrameworkVersionRepository versions;
    @Autowired
    MessageSource messages;
    FrameworkFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FrameworkFixtures(context);
    }

    @Test
    void exportThenImportGivesAnEqualFramework() {
        FrameworkVersion demo = fixtures.demoDepartments();
        byte[] file = export(demo.getId());
        List<Node> original = fixtures.nodes(demo.getId());

        int year = FrameworkFixtures.nextYear();
        FrameworkVersion imported = imports.asNewFramework(fixtures.ah(),
                new NewFramework(fixtures.departmentType(), year, "Nhập từ Excel " + year, null), file);
        assertThat(imported.getNumber()).isEqualTo(1);
        assertThat(imported.getStatus()).isEqualTo(VersionStatus.DRAFT);
        List<Node> copy = fixtures.nodes(imported.getId());
        assertThat(copy).hasSize(original.size()).isEqualTo(original);
        // every rule type, survey leaves, N/A, reviewers and bonus/penalty made the trip
        assertThat(copy).extracting(Node::ruleType).contains("YES_NO", "LEVEL", "PERCENT_TIERS", "RATIO", "COUNT",
                "BONUS", "PENALTY");
        assertThat(copy).extracting(Node::measuredBy).contains(MeasuredBy.SURVEY);
        assertThat(copy).extracting(Node::naAllowed).contains(true);
        assertThat(copy).extracting(Node::reviewerCode).contains("AH-STP", "AH-SKHCN");
        assertThat(service.problems(fixtures.ah(), imported.getId())).isEmpty();

        // and once more: as a new version of that framework, then into a draft replacing its tree
        FrameworkVersion v2 = imports.asNewVersion(fixtures.ah(), imported.getFramework().getId(), file);
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(fixtures.nodes(v2.getId())).isEqualTo(original);
        FrameworkVersion empty = service.create(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "Trống", null));
        imports.intoDraft(fixtures.ah(), empty.getId(), file);
        assertThat(fixtures.nodes(empty.getId())).isEqualTo(original);
    }

    @Test
    void importingIntoADraftReplacesItsTree() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        byte[] file = mutate(export(fixtures.demoDepartments().getId()), sheet -> {
            // drop the bonus and penalty rows (9 and 10, the last two)
            int last = sheet.getLastRowNum();
            sheet.removeRow(sheet.getRow(last));
            sheet.removeRow(sheet.getRow(last - 1));
        });
        imports.intoDraft(fixtures.ah(), draft.getId(), file);
        assertThat(fixtures.nodes(draft.getId())).extracting(Node::code).doesNotContain("9", "10").contains("8.4");
        assertThat(service.problems(fixtures.ah(), draft.getId())).isEmpty();
    }

    @Test
    void wrongTypesAreReportedByRowAndColumn() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        byte[] file = mutate(export(draft.getId()), sheet -> {
            cell(sheet, 7, CriterionField.MAX_POINTS, "abc");
            cell(sheet, 8, CriterionField.RULE_TYPE, "HỎI Ý KIẾN");
            cell(sheet, 9, CriterionField.MEASURED_BY, "điện thoại");
            cell(sheet, 10, CriterionField.NA_ALLOWED, "có lẽ");
            cell(sheet, 11, CriterionField.CODE, "1.x");
            cell(sheet, 12, CriterionField.TITLE, "");
        });
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), file))).containsExactly(
                "Dòng 7, cột Điểm tối đa: \"abc\" không phải là số",
                "Dòng 8, cột Cách chấm: \"HỎI Ý KIẾN\" không phải là cách chấm (dùng một trong: YES_NO, LEVEL, "
                        + "PERCENT_TIERS, RATIO, COUNT, BONUS, PENALTY)",
                "Dòng 9, cột Đo bằng: \"điện thoại\" không phải là SELF_ASSESSMENT (Tự đánh giá) hoặc SURVEY "
                        + "(Điều tra xã hội học)",
                "Dòng 10, cột Cho phép không áp dụng: \"có lẽ\" không phải là Có hoặc Không",
                "Dòng 11, cột Mã: mã \"1.x\" không đúng dạng (ví dụ 7, 7.1, 7.1.2)",
                "Dòng 12, cột Tên tiêu chí: chưa nhập");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void duplicateCodesAreRefused() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        byte[] file = mutate(export(draft.getId()), sheet -> cell(sheet, 5, CriterionField.CODE, code(sheet, 4)));
        String duplicated = code(readSheet(export(draft.getId())), 4);
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), file)))
                .contains("Dòng 5, cột Mã: mã " + duplicated + " đã có ở dòng 4");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void sumsThatDoNotAddUpAreRefused() {
        int year = FrameworkFixtures.nextYear();
        byte[] file = workbook(
                row("1", "Nhóm 1", 60, null),
                row("1.1", "Tiêu chí 1.1", 30, "YES_NO"),
                row("1.2", "Tiêu chí 1.2", 20, "RATIO"),
                row("2", "Nhóm 2", 30, null),
                row("2.1", "Tiêu chí 2.1", 30, "YES_NO"));
        assertThat(errorsOf(() -> imports.asNewFramework(fixtures.ah(),
                new NewFramework(fixtures.departmentType(), year, "Tổng sai", null), file))).containsExactly(
                "Dòng 2, cột Điểm tối đa: tổng điểm tối đa của các tiêu chí con là 50, khác điểm tối đa 60",
                "Bộ tiêu chí, Tổng điểm: tổng điểm tối đa các nhóm tiêu chí là 90, khác tổng điểm 100 (không tính điểm thưởng, điểm trừ)");
        assertThat(frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(fixtures.ah(), fixtures.departmentType(), year))
                .isEmpty();
    }

    @Test
    void aValidHandWrittenFileWithVietnameseLabelsIsImported() {
        byte[] file = workbook(
                row("1", "Nhóm 1", 60, null),
                row("1.1", "Tiêu chí 1.1", 30, "yes_no"),
                row("1.2", "Tiêu chí 1.2", "30", "Tỷ lệ", null, "Tự đánh giá", null, null, "có", "ah-stp"),
                row("2", "Nhóm 2", "40,0", null),
                row("2.1", "Tiêu chí 2.1", 40, null, null, "Điều tra xã hội học"),
                row("9", "Điểm thưởng", 2, "BONUS"));
        FrameworkVersion imported = imports.asNewFramework(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "Viết tay", null), file);
        List<Node> nodes = fixtures.nodes(imported.getId());
        assertThat(nodes).extracting(Node::code).containsExactly("1", "1.1", "1.2", "2", "2.1", "9");
        Node ratio = nodes.get(2);
        assertThat(ratio.ruleType()).isEqualTo("RATIO");
        assertThat(ratio.naAllowed()).isTrue();
        assertThat(ratio.reviewerCode()).isEqualTo("AH-STP");
        assertThat(nodes.get(3).max()).isEqualTo("40.00");
        assertThat(nodes.get(4).measuredBy()).isEqualTo(MeasuredBy.SURVEY);
        assertThat(nodes.get(4).ruleType()).isNull();
    }

    @Test
    void rowsMayComeInAnyOrderButParentsMustExist() {
        byte[] file = workbook(
                row("2", "Nhóm 2", 40, "YES_NO"),
                row("1.1", "Tiêu chí 1.1", 60, "YES_NO"),
                row("1", "Nhóm 1", 60, null),
                row("3.1", "Mồ côi", 1, "YES_NO"));
        assertThat(errorsOf(() -> imports.asNewFramework(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "Thiếu cha", null), file)))
                .containsExactly("Dòng 5, cột Mã: mã 3.1 không có tiêu chí cha 3 trong tệp");
    }

    @Test
    void theExportShowsMaximumPointsAsNumbersWithTwoDecimals() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(fixtures.demoDepartments().getId())))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Bộ tiêu chí");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            org.apache.poi.ss.usermodel.Cell max = workbook.getSheetAt(0).getRow(1)
                    .getCell(FrameworkExcel.COLUMNS.indexOf(CriterionField.MAX_POINTS));
            assertThat(max.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(max.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(max)).matches("\\d+\\.\\d{2}");
        }
    }

    /** The rows of src/test/resources/xlsx-writers/framework-libreoffice.xlsx, written here by POI. */
    static byte[] writersSample() {
        return workbook(
                row("1", "Công tác chỉ đạo, điều hành CCHC", 60, null),
                row("1.1", "Ban hành kế hoạch CCHC năm đúng hạn", 30, "YES_NO", null, null, "Kế hoạch CCHC năm"),
                row("1.2", "Tỷ lệ nhiệm vụ hoàn thành", 30, "RATIO", null, "Tự đánh giá", null, null, "Có"),
                row("2", "Mức độ hài lòng của người dân", 40, null),
                row("2.1", "Hài lòng về thủ tục hành chính", 40, null, null, "Điều tra xã hội học"),
                row("9", "Điểm thưởng", 2, "BONUS"));
    }

    @Test
    void filesWrittenByPoiOpenpyxlAndLibreOfficeAreReadAlike() {
        byte[] poi = writersSample();
        byte[] openpyxl = XlsxWriters.openpyxlOrder(poi);
        byte[] libreOffice = XlsxWriters.resource("framework-libreoffice.xlsx");
        // both put [Content_Types].xml last; openpyxl starts with docProps/, so a detector reading the first
        // entry sees a plain zip (Calc starts with _rels/.rels, which Tika still knows)
        assertThat(XlsxWriters.entryNames(openpyxl)).first().isEqualTo("docProps/app.xml");
        assertThat(XlsxWriters.entryNames(openpyxl)).last().isEqualTo("[Content_Types].xml");
        assertThat(XlsxWriters.entryNames(libreOffice)).first().isEqualTo("_rels/.rels");
        assertThat(XlsxWriters.entryNames(libreOffice)).last().isEqualTo("[Content_Types].xml");
        assertThat(new Tika().detect(openpyxl)).isEqualTo("application/zip");

        List<List<Node>> trees = new java.util.ArrayList<>();
        for (byte[] file : List.of(poi, openpyxl, libreOffice)) {
            FrameworkVersion imported = imports.asNewFramework(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                    FrameworkFixtures.nextYear(), "Ba chương trình " + trees.size(), null), file);
            assertThat(service.problems(fixtures.ah(), imported.getId())).isEmpty();
            trees.add(fixtures.nodes(imported.getId()));
        }
        assertThat(trees.get(0)).extracting(Node::code).containsExactly("1", "1.1", "1.2", "2", "2.1", "9");
        assertThat(trees.get(0).get(2).naAllowed()).isTrue();
        assertThat(trees.get(0).get(4).measuredBy()).isEqualTo(MeasuredBy.SURVEY);
        assertThat(trees.get(1)).isEqualTo(trees.get(0));
        assertThat(trees.get(2)).isEqualTo(trees.get(0));
    }

    @Test
    void aZipOrAWordFileNamedXlsxOrAnOldXlsGetsItsOwnMessage() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), XlsxWriters.plainZip())))
                .containsExactly("Tệp không phải là tệp Excel (.xlsx) hợp lệ: hãy mở tệp bằng Excel hoặc LibreOffice và lưu dưới dạng .xlsx.");
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), XlsxWriters.docx())))
                .containsExactly("Tệp là văn bản Word, PowerPoint hoặc tài liệu Office khác, không phải bảng tính Excel (.xlsx).");
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(),
                XlsxWriters.resource("agencies-libreoffice.xls"))))
                .containsExactly("Tệp là tệp Excel cũ (.xls): hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsRefused() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), new byte[0])))
                .containsExactly("Tệp rỗng");
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), workbook())))
                .containsExactly("Tệp không có dòng tiêu chí nào dưới dòng tiêu đề");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void aTextFileRenamedXlsxIsRefused() throws IOException {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        byte[] csv = "Mã;Tên tiêu chí;Điểm tối đa\n1;Nhóm 1;100\n".getBytes(StandardCharsets.UTF_8);
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), csv)))
                .containsExactly("Tệp không phải là tệp Excel (.xlsx) hợp lệ: hãy mở tệp bằng Excel hoặc LibreOffice và lưu dưới dạng .xlsx.");
        // a Word file is a zip of XML too: opening it tells it apart
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Bộ tiêu chí");
            document.write(docx);
        }
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), docx.toByteArray())))
                .containsExactly("Tệp là văn bản Word, PowerPoint hoặc tài liệu Office khác, không phải bảng tính Excel (.xlsx).");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        assertThat(excel.maxBytes()).isEqualTo(5L * 1024 * 1024);
        byte[] big = new byte[(int) excel.maxBytes() + 1];
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), big)))
                .containsExactly("Tệp quá lớn (5 MB); tối đa 5 MB");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void anUnknownReviewerAgencyIsRefused() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        byte[] file = mutate(export(draft.getId()), sheet -> {
            cell(sheet, 2, CriterionField.REVIEWER_AGENCY, "AH-KHONGCO");
            // another province's department is unknown here too
            cell(sheet, 3, CriterionField.REVIEWER_AGENCY, "BS-STP");
            // an agency that does not review
            cell(sheet, 4, CriterionField.REVIEWER_AGENCY, "AH-SCT");
        });
        assertThat(errorsOf(() -> imports.intoDraft(fixtures.ah(), draft.getId(), file))).containsExactly(
                "Dòng 2, cột Cơ quan thẩm định: không có cơ quan mã \"AH-KHONGCO\" trong đơn vị tổ chức",
                "Dòng 3, cột Cơ quan thẩm định: không có cơ quan mã \"BS-STP\" trong đơn vị tổ chức",
                "Dòng 4, cột Cơ quan thẩm định: Sở Công Thương không phải là cơ quan thẩm định");
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void ruleParametersAreCheckedAgainstTheMaximum() {
        byte[] file = workbook(
                row("1", "Nhóm 1", 100, null),
                row("1.1", "Tiêu chí 1.1", 50, "LEVEL", "Tốt=60;Kém=0"),
                row("1.2", "Tiêu chí 1.2", 50, "PERCENT_TIERS", "100:50;tám mươi:25"));
        assertThat(errorsOf(() -> imports.asNewFramework(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "Tham số sai", null), file))).containsExactly(
                "Dòng 3, cột Tham số: mức điểm 60 lớn hơn điểm tối đa 50",
                "Dòng 4, cột Tham số: \"tám mươi\" trong phần \"tám mươi:25\" không phải là số");
    }

    @Test
    void aMissingColumnIsNamed() {
        byte[] file = mutate(export(fixtures.demoDepartments().getId()), sheet ->
                sheet.getRow(0).getCell(FrameworkExcel.COLUMNS.indexOf(CriterionField.MAX_POINTS)).setCellValue("Điểm"));
        assertThat(errorsOf(() -> imports.asNewFramework(fixtures.ah(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "Thiếu cột", null), file)))
                .containsExactly("Dòng 1: thiếu cột \"Điểm tối đa\"");
    }

    @Test
    void aPublishedVersionIsNotImportedInto() {
        FrameworkVersion demo = fixtures.demoDepartments();
        List<Node> before = fixtures.nodes(demo.getId());
        byte[] file = export(demo.getId());
        assertThatThrownBy(() -> imports.intoDraft(fixtures.ah(), demo.getId(), file))
                .isInstanceOf(PublishedVersionException.class);
        assertThat(fixtures.nodes(demo.getId())).isEqualTo(before);
    }

    // --- helpers

    private byte[] export(Long versionId) {
        return fixtures.inTx(() -> excel.export(versions.findById(versionId).orElseThrow()));
    }

    private List<String> errorsOf(Runnable importing) {
        try {
            importing.run();
        } catch (ExcelImportException e) {
            return e.errors().stream().map(error -> messages.getMessage(error, VI)).toList();
        }
        throw new AssertionError("the import was not refused");
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** A file with the standard header and the given rows (cells in column order; null leaves a cell blank). */
    static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Bộ tiêu chí");
            Row header = sheet.createRow(0);
            for (int i = 0; i < FrameworkExcel.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(FrameworkExcel.COLUMNS.get(i).column());
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] mutate(byte[] file, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sheet readSheet(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell by its Excel row number (the header is row 1). */
    static void cell(Sheet sheet, int excelRow, CriterionField field, String value) {
        Row row = sheet.getRow(excelRow - 1);
        int column = FrameworkExcel.COLUMNS.indexOf(field);
        (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(value);
    }

    static String code(Sheet sheet, int excelRow) {
        return sheet.getRow(excelRow - 1).getCell(0).getStringCellValue();
    }
}
