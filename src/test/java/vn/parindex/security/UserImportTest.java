package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.common.ExcelTable;
import vn.parindex.agency.TestSheets;
import vn.parindex.agency.XlsxWriters;
import vn.parindex.engine.EngineIdentity;

@IntegrationTest
@Tag("postgres")
class UserImportTest {

    static final List<String> HEADERS = List.of("Tên đăng nhập", "Họ tên", "Email", "Điện thoại", "Mã cơ quan", "Vai trò");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EngineIdentity engineIdentity;

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
    void goodSheetCreatesAccountsAndShowsTheirPasswordsOnce() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        String officer = "t.imp.officer." + suffix;
        String head = "t.imp.head." + suffix;
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/users/import").file(TestSheets.upload(sheet(
                        List.of(officer, "Lý Thị Nhập", officer + "@demo.parindex.vn", 912345678, "AH-SCT", "OFFICER"),
                        List.of(head.toUpperCase(), "Phan Văn Trưởng", head + "@demo.parindex.vn", "", "ah-stp",
                                "Thủ trưởng cơ quan, cơ quan tham dinh")))).session(session)
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tạo 2 tài khoản.")))
                .andReturn().getResponse().getContentAsString();

        AppUser createdOfficer = users.findByUsername(officer).orElseThrow();
        AppUser createdHead = users.findByUsername(head).orElseThrow();
        assertThat(createdOfficer.isMustChangePassword()).isTrue();
        assertThat(createdOfficer.getPhone()).isEqualTo("0912345678");
        assertThat(createdHead.getRoles()).containsExactlyInAnyOrder(Role.HEAD, Role.REVIEWER);
        assertThat(engineIdentity.groupsOf(officer)).containsExactly("agency:AH-SCT:officer");
        assertThat(engineIdentity.groupsOf(head)).containsExactlyInAnyOrder("agency:AH-STP:head", "reviewer:AH-STP");

        byte[] download = mvc.perform(get("/users/import/passwords").session(session).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExcelTable.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> passwords = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    passwords.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(4)));
                }
            }
        }
        assertThat(passwords).containsOnlyKeys(officer, head);
        assertThat(accounts.passwordMatches(createdOfficer, passwords.get(officer))).isTrue();
        assertThat(accounts.passwordMatches(createdHead, passwords.get(head))).isTrue();
        assertThat(page).contains(passwords.get(officer), passwords.get(head));
        // once only
        mvc.perform(get("/users/import/passwords").session(session).with(as("organiser")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badSheetNamesRowColumnAndReasonAndCreatesNoAccount() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        long before = users.count();
        mvc.perform(multipart("/users/import").file(TestSheets.upload(sheet(
                        List.of("t.ok." + suffix, "Hợp Lệ", "ok@demo.parindex.vn", "", "AH-SCT", "OFFICER"),
                        List.of("t.bad1." + suffix, "Sai Cơ Quan", "a@demo.parindex.vn", "", "BS-SNV", "OFFICER"),
                        List.of("t.bad2." + suffix, "Sai Vai Trò", "b@demo.parindex.vn", "", "AH-SCT", "OFFICER, thủ quỹ"),
                        List.of("t.ok." + suffix, "Trùng", "c@demo.parindex.vn", "", "AH-SCT", "HEAD"),
                        List.of("officer", "Đã có", "d@demo.parindex.vn", "", "AH-SCT", "HEAD"),
                        List.of("t.bad3." + suffix, "", "khong-phai-email", "", "AH-SCT", "ADMIN"))))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa tạo được tài khoản nào")))
                .andExpect(content().string(containsString("Dòng 3, cột E (Mã cơ quan): không có cơ quan mã &quot;BS-SNV&quot;")))
                .andExpect(content().string(containsString("Dòng 4, cột F (Vai trò): không có vai trò &quot;thủ quỹ&quot;")))
                .andExpect(content().string(containsString("Dòng 5, cột A (Tên đăng nhập): tên đăng nhập &quot;t.ok." + suffix)))
                .andExpect(content().string(containsString("Dòng 6, cột A (Tên đăng nhập): Tên đăng nhập này đã có người dùng.")))
                .andExpect(content().string(containsString("Dòng 7, cột B (Họ tên): Vui lòng nhập họ tên.")))
                .andExpect(content().string(containsString("Dòng 7, cột C (Email): Địa chỉ email không hợp lệ.")))
                .andExpect(content().string(containsString("Dòng 7, cột F (Vai trò): Chỉ quản trị hệ thống")));
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByUsername("t.ok." + suffix)).isEmpty();
        assertThat(engineIdentity.groupsOf("t.ok." + suffix)).isEmpty();
    }

    @Test
    void aFileInOpenpyxlOrderIsReadAndAWordFileIsRefused() throws Exception {
        String username = "t.imp.openpyxl." + System.nanoTime();
        byte[] file = XlsxWriters.openpyxlOrder(TestSheets.xlsx(sheet(
                List.of(username, "Đỗ Văn Py", username + "@demo.parindex.vn", "", "AH-SCT", "OFFICER"))));
        mvc.perform(multipart("/users/import").file(XlsxWriters.upload("nguoi-dung.xlsx", file))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tạo 1 tài khoản.")));
        assertThat(users.findByUsername(username)).isPresent();

        long before = users.count();
        mvc.perform(multipart("/users/import").file(XlsxWriters.upload("nguoi-dung.xlsx", XlsxWriters.docx()))
                        .with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp là văn bản Word, PowerPoint hoặc tài liệu Office khác")));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void templateListsTheColumnsAndOnlyAnAdminImports() throws Exception {
        byte[] body = mvc.perform(get("/users/import/template").with(as("organiser")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).isEqualTo(HEADERS);
        }
        mvc.perform(get("/users/import").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/users/import").file(TestSheets.upload(sheet(
                        List.of("t.x." + System.nanoTime(), "X", "x@demo.parindex.vn", "", "AH-SCT", "OFFICER"))))
                        .with(csrf()).with(as("head")))
                .andExpect(status().isForbidden());
    }
}
