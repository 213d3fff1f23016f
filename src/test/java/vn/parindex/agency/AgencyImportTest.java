package vn.parindex.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;

import vn.parindex.common.ExcelTable;

@IntegrationTest
@Tag("postgres")
class AgencyImportTest {

    static final List<String> HEADERS = List.of("Mã", "Tên", "Loại", "Email", "Thủ trưởng", "Email thủ trưởng",
            "Đầu mối CCHC", "Email đầu mối", "Điện thoại", "Cơ quan thẩm định");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AgencyRepository agencies;

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    static List<List<?>> sheet(List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(List.of(rows));
        return all;
    }

    @Test
    void goodSheetCreatesAndUpdatesByCode() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        String existing = "AH-I1" + suffix;
        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(sheet(
                        List.of(existing, "Sở Cũ", "DEPARTMENT"))))
                .with(csrf()).with(as("organiser"))).andExpect(status().is3xxRedirection());
        assertThat(agencies.findByCode(existing).orElseThrow().getName()).isEqualTo("Sở Cũ");

        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(sheet(
                        List.of(existing, "Sở Mới", "Sở, ban, ngành", "so@demo.parindex.vn", "Nguyễn Văn Thủ",
                                "thu@demo.parindex.vn", "Lê Thị Mối", "moi@demo.parindex.vn", "0987654321", "Có"),
                        // a phone typed as a number loses its 0: it comes back
                        List.of("AH-I2" + suffix, "Xã Nhập Khẩu", "ubnd cap xa", "", "", "", "", "", 912345678, "Không"),
                        List.of("AH-I3" + suffix, "Phường Mới", "COMMUNE"))))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agencies"))
                .andExpect(flash().attribute("savedKey", "agency.import.done"));

        Agency updated = agencies.findByCode(existing).orElseThrow();
        assertThat(updated.getName()).isEqualTo("Sở Mới");
        assertThat(updated.getHeadName()).isEqualTo("Nguyễn Văn Thủ");
        assertThat(updated.getFocalEmail()).isEqualTo("moi@demo.parindex.vn");
        assertThat(updated.isReviewer()).isTrue();
        Agency commune = agencies.findByCode("AH-I2" + suffix).orElseThrow();
        assertThat(commune.getType().getCode()).isEqualTo("COMMUNE");
        assertThat(commune.getFocalPhone()).isEqualTo("0912345678");
        assertThat(commune.isReviewer()).isFalse();
        assertThat(agencies.findByIdAndOrganiserId(commune.getId(), updated.getOrganiser().getId())).isPresent();
        assertThat(agencies.findByCode("AH-I3" + suffix)).isPresent();
        mvc.perform(get("/agencies").param("q", "xa nhap khau").with(as("organiser")))
                .andExpect(content().string(containsString("Xã Nhập Khẩu")));
    }

    @Test
    void badSheetNamesRowColumnAndReasonAndWritesNothing() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        long before = agencies.count();
        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(sheet(
                        List.of("AH-B1" + suffix, "Sở Hợp lệ", "DEPARTMENT"),
                        List.of("AH-B2" + suffix, "Sở Sai loại", "Bộ"),
                        List.of("AH-B3" + suffix, "", "DEPARTMENT", "khong-phai-email"),
                        List.of("AH-B1" + suffix, "Trùng mã", "DEPARTMENT"),
                        List.of("BS-SNV", "Của tỉnh khác", "DEPARTMENT"),
                        List.of("AH-B4" + suffix, "Sở Thẩm định?", "DEPARTMENT", "", "", "", "", "", "09ab", "Có lẽ"))))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(view().name("agency/import"))
                .andExpect(content().string(containsString("Không dữ liệu nào được ghi")))
                .andExpect(content().string(containsString("Dòng 3, cột C (Loại cơ quan): không có loại cơ quan &quot;Bộ&quot;")))
                .andExpect(content().string(containsString("Dòng 4, cột B (Tên cơ quan, đơn vị): Vui lòng nhập tên")))
                .andExpect(content().string(containsString("Dòng 4, cột D (Email cơ quan): Địa chỉ email không hợp lệ.")))
                .andExpect(content().string(containsString("Dòng 5, cột A (Mã): mã &quot;AH-B1" + suffix)))
                .andExpect(content().string(containsString("Dòng 6, cột A (Mã): Mã này đã được dùng")))
                .andExpect(content().string(containsString("Dòng 7, cột I (Điện thoại): Số điện thoại chỉ gồm chữ số")))
                .andExpect(content().string(containsString("Dòng 7, cột J (Cơ quan thẩm định)")));
        assertThat(agencies.count()).isEqualTo(before);
        assertThat(agencies.findByCode("AH-B1" + suffix)).isEmpty();
        assertThat(agencies.findByCode("BS-SNV").orElseThrow().getName()).isEqualTo("Sở Nội vụ");
    }

    @Test
    void columnsAreFoundByTheirHeadersInAnyOrder() throws Exception {
        String code = "AH-O" + System.nanoTime();
        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(List.of(
                        List.of("loai", "TEN", "Ma"), List.of("PUBLIC_UNIT", "Trung tâm Thử", code))))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.findByCode(code).orElseThrow().getType().getCode()).isEqualTo("PUBLIC_UNIT");
        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(List.of(
                        List.of("Mã", "Tên"), List.of("AH-X" + System.nanoTime(), "Không có loại"))))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 1 (tiêu đề) thiếu cột &quot;Loại&quot;")));
    }

    @Test
    void onlyRealXlsxFilesWithinTheLimitAreRead() throws Exception {
        long before = agencies.count();
        mvc.perform(multipart("/agencies/import")
                        .file(new MockMultipartFile("file", "co-quan.xlsx", ExcelTable.XLSX, "Mã,Tên,Loại\nX,Y,Z".getBytes()))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là tệp Excel (.xlsx) hợp lệ")));
        mvc.perform(multipart("/agencies/import")
                        .file(new MockMultipartFile("file", "big.xlsx", ExcelTable.XLSX, new byte[6 * 1024 * 1024]))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp quá lớn")));
        mvc.perform(multipart("/agencies/import").with(csrf()).with(as("organiser")))
                .andExpect(content().string(containsString("Vui lòng chọn tệp Excel")));
        assertThat(agencies.count()).isEqualTo(before);
    }

    @Test
    void filesWrittenByPoiOpenpyxlAndLibreOfficeAreReadAlike() throws Exception {
        mvc.perform(multipart("/agencies/import")
                        .file(XlsxWriters.upload("co-quan.xlsx", XlsxWriters.resource("agencies-libreoffice.xlsx")))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/agencies"));
        Agency fromCalc = agencies.findByCode("AH-LO1").orElseThrow();
        assertThat(fromCalc.getName()).isEqualTo("Sở Thử nghiệm LibreOffice");
        assertThat(fromCalc.getFocalPhone()).isEqualTo("0912345678"); // a number cell in Calc
        assertThat(agencies.findByCode("AH-LO2").orElseThrow().getType().getCode()).isEqualTo("COMMUNE");

        String suffix = String.valueOf(System.nanoTime());
        byte[] poi = TestSheets.xlsx(sheet(List.of("AH-P" + suffix, "Sở Viết bằng POI", "DEPARTMENT")));
        byte[] openpyxl = XlsxWriters.openpyxlOrder(
                TestSheets.xlsx(sheet(List.of("AH-Y" + suffix, "Sở Viết như openpyxl", "DEPARTMENT"))));
        for (byte[] file : List.of(poi, openpyxl)) {
            mvc.perform(multipart("/agencies/import").file(XlsxWriters.upload("co-quan.xlsx", file))
                            .with(csrf()).with(as("organiser")))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/agencies"));
        }
        assertThat(agencies.findByCode("AH-P" + suffix).orElseThrow().getName()).isEqualTo("Sở Viết bằng POI");
        assertThat(agencies.findByCode("AH-Y" + suffix).orElseThrow().getName()).isEqualTo("Sở Viết như openpyxl");
    }

    @Test
    void aZipAWordFileAndAnOldXlsAreRefusedEachWithItsReason() throws Exception {
        long before = agencies.count();
        List<List<String>> cases = List.of(
                List.of("plain zip", "không phải là tệp Excel (.xlsx) hợp lệ"),
                List.of("docx", "Tệp là văn bản Word, PowerPoint hoặc tài liệu Office khác"),
                List.of("xls", "Tệp là tệp Excel cũ (.xls)"));
        for (List<String> c : cases) {
            byte[] file = switch (c.get(0)) {
                case "plain zip" -> XlsxWriters.plainZip();
                case "docx" -> XlsxWriters.docx();
                default -> XlsxWriters.resource("agencies-libreoffice.xls");
            };
            mvc.perform(multipart("/agencies/import").file(XlsxWriters.upload("co-quan.xlsx", file))
                            .with(csrf()).with(as("organiser")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.get(1))));
        }
        assertThat(agencies.count()).isEqualTo(before);
    }

    @Test
    void templateHasTheColumnsAndTheTypes() throws Exception {
        byte[] body = mvc.perform(get("/agencies/import/template").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExcelTable.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell cell : workbook.getSheetAt(0).getRow(0)) {
                headers.add(formatter.formatCellValue(cell));
            }
            assertThat(headers).isEqualTo(HEADERS);
            List<String> typeCodes = new ArrayList<>();
            for (Row row : workbook.getSheetAt(1)) {
                typeCodes.add(formatter.formatCellValue(row.getCell(0)));
            }
            assertThat(typeCodes).contains("DEPARTMENT", "COMMUNE");
        }
    }

    @Test
    void onlyOrganiserStaffImport() throws Exception {
        mvc.perform(get("/agencies/import").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/agencies/import").file(TestSheets.upload(sheet(
                        List.of("AH-V" + System.nanoTime(), "Sở Viewer", "DEPARTMENT"))))
                        .with(csrf()).with(as("officer")))
                .andExpect(status().isForbidden());
    }
}
