package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.framework.FrameworkFixtures.Node;

@IntegrationTest
@Tag("postgres")
class FrameworkPagesTest {

    static final String PUBLISHED_REFUSAL = "Phiên bản đã công bố, không thể sửa; hãy tạo phiên bản mới";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkService service;
    @Autowired
    FrameworkVersionRepository versions;
    FrameworkFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FrameworkFixtures(context);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theOrganiserSeesItsFrameworksAndTheDemoTree() throws Exception {
        FrameworkVersion demo = fixtures.demoDepartments();
        mvc.perform(get("/frameworks").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bộ chỉ số CCHC các sở, ban, ngành"),
                        containsString("Sở, ban, ngành"), containsString("Đã công bố"), containsString("Tạo bộ tiêu chí"),
                        not(containsString("Bộ chỉ số CCHC UBND các huyện")))));
        mvc.perform(get("/frameworks/versions/{id}", demo.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cải cách thể chế"),
                        containsString("Xây dựng và ban hành văn bản quy phạm pháp luật"),
                        containsString("Sở Tư pháp (AH-STP)"), containsString("Bậc theo tỷ lệ %"),
                        containsString("Điều tra xã hội học"), containsString("Điểm thưởng"),
                        containsString("Các nhóm tiêu chí: 100,00 / 100,00 điểm"),
                        containsString("Năm " + demo.getFramework().getYear() + " · Sở, ban, ngành"),
                        containsString("Tạo phiên bản mới từ phiên bản này"),
                        // published: no edit, publish or import on the page
                        not(containsString("/frameworks/criteria/")), not(containsString("/publish")))));
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(get("/frameworks/versions/{id}", fixtures.demoDepartments().getId()).param("lang", "en")
                        .with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Criteria groups: 100.00 / 100.00 points"),
                        containsString("Tiers on a percentage"), containsString("Cải cách thể chế"))));
    }

    @Test
    void anotherProvincesOrganiserCannotOpenAnHoasFramework() throws Exception {
        FrameworkVersion demo = fixtures.demoDepartments();
        int before = versions.findByFrameworkIdOrderByNumberDesc(demo.getFramework().getId()).size();
        mvc.perform(get("/frameworks/versions/{id}", demo.getId()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/{id}", demo.getFramework().getId()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/versions/{id}/export", demo.getId()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/frameworks/versions/{id}/new-version", demo.getId()).with(csrf()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        Long criterion = criterionId(demo.getId(), "2.1");
        mvc.perform(get("/frameworks/criteria/{id}/edit", criterion).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        assertThat(versions.findByFrameworkIdOrderByNumberDesc(demo.getFramework().getId())).hasSize(before);
        mvc.perform(get("/frameworks").with(as("bs.organiser")))
                .andExpect(content().string(not(containsString("/frameworks/versions/" + demo.getId() + "\""))));
    }

    @Test
    void officersHaveNoFrameworkPagesAndViewersOnlyRead() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        mvc.perform(get("/frameworks").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/frameworks/versions/{id}", draft.getId()).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cải cách thể chế"),
                        containsString("Bạn chỉ có quyền xem bộ tiêu chí."), not(containsString("/frameworks/criteria/")))));
        mvc.perform(get("/frameworks/versions/{id}", draft.getId()).with(as("reviewer"))).andExpect(status().isOk());
        mvc.perform(post("/frameworks/versions/{id}/publish", draft.getId()).with(csrf()).with(as("viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/frameworks/new").with(as("reviewer"))).andExpect(status().isForbidden());
        assertThat(versions.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void publishingAnInvalidDraftShowsItsProblems() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "2.1.1");
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), leaf)));
        service.updateNode(fixtures.ah(), leaf, new CriterionData(data.code(), data.title(),
                data.maxPoints().add(BigDecimal.ONE), data.ruleType(), data.ruleParams(), data.measuredBy(),
                data.guidance(), data.evidence(), data.naAllowed(), data.reviewerAgency()));

        mvc.perform(post("/frameworks/versions/{id}/publish", draft.getId()).with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa công bố được: có 1 vấn đề cần sửa."),
                        containsString("id=\"publish-problems\""),
                        containsString("Tiêu chí 2.1, Điểm tối đa: tổng điểm tối đa của các tiêu chí con là"))));
        assertThat(versions.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aValidDraftIsPublished() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        mvc.perform(post("/frameworks/versions/{id}/publish", draft.getId()).with(csrf()).with(as("organiser")))
                .andExpect(redirectedUrl("/frameworks/versions/" + draft.getId()))
                .andExpect(flash().attribute("success", "Đã công bố phiên bản. Từ nay phiên bản này không thay đổi."));
        FrameworkVersion published = versions.findById(draft.getId()).orElseThrow();
        assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo("organiser");
    }

    @Test
    void editingAPublishedVersionIsRefused() throws Exception {
        FrameworkVersion demo = fixtures.demoDepartments();
        Long leaf = criterionId(demo.getId(), "1.1.1");
        List<Node> before = fixtures.nodes(demo.getId());
        mvc.perform(get("/frameworks/criteria/{id}/edit", leaf).with(as("organiser")))
                .andExpect(redirectedUrl("/frameworks/versions/" + demo.getId()))
                .andExpect(flash().attribute("error", PUBLISHED_REFUSAL));
        mvc.perform(post("/frameworks/criteria/{id}/edit", leaf).with(csrf()).with(as("organiser"))
                        .param("title", "Sửa trái phép").param("maxPoints", "1").param("ruleType", "YES_NO")
                        .param("measuredBy", "SELF_ASSESSMENT"))
                .andExpect(redirectedUrl("/frameworks/versions/" + demo.getId()))
                .andExpect(flash().attribute("error", PUBLISHED_REFUSAL));
        mvc.perform(post("/frameworks/criteria/{id}/delete", leaf).with(csrf()).with(as("organiser")))
                .andExpect(flash().attribute("error", PUBLISHED_REFUSAL));
        mvc.perform(get("/frameworks/versions/{id}/criteria/new", demo.getId()).with(as("organiser")))
                .andExpect(flash().attribute("error", PUBLISHED_REFUSAL));
        mvc.perform(multipart("/frameworks/versions/{id}/import", demo.getId())
                        .file(new MockMultipartFile("file", "x.xlsx", FrameworkExcel.XLSX, export(demo.getId())))
                        .with(csrf()).with(as("organiser")))
                .andExpect(flash().attribute("error", PUBLISHED_REFUSAL));
        assertThat(fixtures.nodes(demo.getId())).isEqualTo(before);
        // and the refusal is shown on the version's page
        mvc.perform(get("/frameworks/versions/{id}", demo.getId()).with(as("organiser")).flashAttr("error", PUBLISHED_REFUSAL))
                .andExpect(content().string(containsString(PUBLISHED_REFUSAL)));
    }

    @Test
    void aDraftNodeIsEditedThroughItsForm() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "1.1.1");
        mvc.perform(get("/frameworks/criteria/{id}/edit", leaf).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sửa tiêu chí 1.1.1"), containsString("Tham số cách chấm"))));
        List<Node> before = fixtures.nodes(draft.getId());

        mvc.perform(post("/frameworks/criteria/{id}/edit", leaf).with(csrf()).with(as("organiser"))
                        .param("title", "").param("maxPoints", "abc").param("ruleType", "LEVEL")
                        .param("ruleParams", "Tốt").param("measuredBy", "SELF_ASSESSMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa nhập"), containsString("Không phải là số"))));
        mvc.perform(post("/frameworks/criteria/{id}/edit", leaf).with(csrf()).with(as("organiser"))
                        .param("title", "Ban hành kế hoạch").param("maxPoints", "0,5").param("ruleType", "LEVEL")
                        .param("ruleParams", "Tốt=2;Kém=0").param("measuredBy", "SELF_ASSESSMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mức điểm 2 lớn hơn điểm tối đa 0.5")));
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);

        Long justice = fixtures.inTx(() -> context.getBean(vn.parindex.agency.AgencyRepository.class)
                .findByCode("AH-STP").orElseThrow().getId());
        mvc.perform(post("/frameworks/criteria/{id}/edit", leaf).with(csrf()).with(as("organiser"))
                        .param("title", "Ban hành kế hoạch CCHC năm").param("maxPoints", "0,5").param("ruleType", "LEVEL")
                        .param("ruleParams", "Đúng hạn=0.5;Trễ hạn=0.25;Không ban hành=0").param("measuredBy", "SELF_ASSESSMENT")
                        .param("guidance", "Chọn mức").param("evidence", "Kế hoạch").param("naAllowed", "true")
                        .param("reviewerAgencyId", justice.toString()))
                .andExpect(redirectedUrl("/frameworks/versions/" + draft.getId()))
                .andExpect(flash().attribute("success", "Đã lưu tiêu chí 1.1.1."));
        Node saved = fixtures.nodes(draft.getId()).stream().filter(n -> n.code().equals("1.1.1")).findFirst().orElseThrow();
        assertThat(saved).isEqualTo(new Node("1.1.1", "1.1", saved.position(), "Ban hành kế hoạch CCHC năm", "0.50",
                "LEVEL", "Đúng hạn=0.5;Trễ hạn=0.25;Không ban hành=0", MeasuredBy.SELF_ASSESSMENT, "Chọn mức",
                "Kế hoạch", true, "AH-STP"));
    }

    @Test
    void nodesAreAddedAndDeletedThroughThePages() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long group1 = criterionId(draft.getId(), "1");
        mvc.perform(get("/frameworks/versions/{v}/criteria/new", draft.getId()).param("parentId", group1.toString())
                        .with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"1.6\""), containsString("Thuộc tiêu chí 1."))));
        mvc.perform(post("/frameworks/versions/{v}/criteria", draft.getId()).with(csrf()).with(as("organiser"))
                        .param("parentId", group1.toString()).param("code", "2.6").param("title", "Sai chỗ")
                        .param("maxPoints", "1").param("ruleType", "YES_NO").param("measuredBy", "SELF_ASSESSMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mã 2.6 không khớp với tiêu chí cha 1 (phải có dạng 1.N)")));
        mvc.perform(post("/frameworks/versions/{v}/criteria", draft.getId()).with(csrf()).with(as("organiser"))
                        .param("parentId", group1.toString()).param("code", "1.6").param("title", "Tiêu chí mới")
                        .param("maxPoints", "1").param("ruleType", "YES_NO").param("measuredBy", "SELF_ASSESSMENT"))
                .andExpect(redirectedUrl("/frameworks/versions/" + draft.getId()))
                .andExpect(flash().attribute("success", "Đã thêm tiêu chí 1.6."));
        assertThat(fixtures.nodes(draft.getId())).filteredOn(n -> n.code().equals("1.6"))
                .extracting(Node::parentCode, Node::title).containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Tiêu chí mới"));

        mvc.perform(post("/frameworks/criteria/{id}/delete", criterionId(draft.getId(), "1.6")).with(csrf())
                        .with(as("organiser")))
                .andExpect(redirectedUrl("/frameworks/versions/" + draft.getId()));
        assertThat(fixtures.nodes(draft.getId())).extracting(Node::code).doesNotContain("1.6");
    }

    @Test
    void aFrameworkIsCreatedThroughItsForm() throws Exception {
        mvc.perform(get("/frameworks/new").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tạo bộ tiêu chí"), containsString("Sao chép từ phiên bản"))));
        mvc.perform(multipart("/frameworks").with(csrf()).with(as("organiser")).param("name", " ").param("year", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa nhập"), containsString("Năm phải là số"))));

        int year = FrameworkFixtures.nextYear();
        String created = mvc.perform(multipart("/frameworks").with(csrf()).with(as("organiser"))
                        .param("agencyTypeId", fixtures.departmentType().toString()).param("year", String.valueOf(year))
                        .param("name", "Bộ tiêu chí sở " + year)
                        .param("copyFromVersionId", fixtures.demoDepartments().getId().toString()))
                .andExpect(redirectedUrlPattern("/frameworks/versions/*"))
                .andExpect(flash().attribute("success", "Đã tạo bộ tiêu chí với phiên bản nháp 1."))
                .andReturn().getResponse().getRedirectedUrl();
        Long versionId = Long.valueOf(created.substring(created.lastIndexOf('/') + 1));
        assertThat(fixtures.nodes(versionId)).isEqualTo(fixtures.nodes(fixtures.demoDepartments().getId()));

        mvc.perform(multipart("/frameworks").with(csrf()).with(as("organiser"))
                        .param("agencyTypeId", fixtures.departmentType().toString()).param("year", String.valueOf(year))
                        .param("name", "Lần hai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã có bộ tiêu chí &quot;Bộ tiêu chí sở " + year)));
    }

    @Test
    void aFrameworkIsCreatedFromAnExcelFileOrNotAtAll() throws Exception {
        int year = FrameworkFixtures.nextYear();
        byte[] bad = FrameworkExcelTest.mutate(export(fixtures.demoDepartments().getId()),
                sheet -> FrameworkExcelTest.cell(sheet, 7, CriterionField.MAX_POINTS, "abc"));
        mvc.perform(multipart("/frameworks").file(new MockMultipartFile("file", "bo.xlsx", FrameworkExcel.XLSX, bad))
                        .with(csrf()).with(as("organiser")).param("agencyTypeId", fixtures.departmentType().toString())
                        .param("year", String.valueOf(year)).param("name", "Từ tệp " + year))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 7, cột Điểm tối đa: &quot;abc&quot; không phải là số")));
        assertThat(fixtures.frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(fixtures.ah(), fixtures.departmentType(), year))
                .isEmpty();
    }

    @Test
    void aVersionIsExportedAsXlsx() throws Exception {
        FrameworkVersion demo = fixtures.demoDepartments();
        byte[] bytes = mvc.perform(get("/frameworks/versions/{id}/export", demo.getId()).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", FrameworkExcel.XLSX))
                .andExpect(header().string("Content-Disposition", containsString("bo-tieu-chi-")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Điểm tối đa");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(fixtures.nodes(demo.getId()).size());
        }
    }

    @Test
    void importErrorsAreListedByRowAndColumn() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        List<Node> before = fixtures.nodes(draft.getId());
        mvc.perform(get("/frameworks/versions/{id}/import", draft.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập bộ tiêu chí từ Excel")));
        byte[] bad = FrameworkExcelTest.mutate(export(draft.getId()), sheet -> {
            FrameworkExcelTest.cell(sheet, 7, CriterionField.MAX_POINTS, "abc");
            FrameworkExcelTest.cell(sheet, 9, CriterionField.REVIEWER_AGENCY, "XYZ");
        });
        mvc.perform(multipart("/frameworks/versions/{id}/import", draft.getId())
                        .file(new MockMultipartFile("file", "bo.xlsx", FrameworkExcel.XLSX, bad)).with(csrf()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tệp không được nhập vì có 2 lỗi; chưa có dữ liệu nào được ghi."),
                        containsString("Dòng 7, cột Điểm tối đa: &quot;abc&quot; không phải là số"),
                        containsString("Dòng 9, cột Cơ quan thẩm định: không có cơ quan mã &quot;XYZ&quot; trong đơn vị tổ chức"))));
        mvc.perform(multipart("/frameworks/versions/{id}/import", draft.getId())
                        .file(new MockMultipartFile("file", "bo.xlsx", FrameworkExcel.XLSX, "không phải excel".getBytes()))
                        .with(csrf()).with(as("organiser")))
                .andExpect(content().string(containsString("Tệp không phải là tệp Excel (.xlsx) hợp lệ")));
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);

        mvc.perform(multipart("/frameworks/{id}/import", draft.getFramework().getId())
                        .file(new MockMultipartFile("file", "bo.xlsx", FrameworkExcel.XLSX, export(draft.getId())))
                        .with(csrf()).with(as("organiser")))
                .andExpect(redirectedUrlPattern("/frameworks/versions/*"))
                .andExpect(flash().attribute("success", "Đã nhập bộ tiêu chí từ tệp."));
        assertThat(versions.findByFrameworkIdOrderByNumberDesc(draft.getFramework().getId())).hasSize(2);
    }

    @Test
    void aNewVersionIsMadeFromAPublishedOne() throws Exception {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        service.publish(fixtures.ah(), draft.getId(), "organiser");
        String url = mvc.perform(post("/frameworks/versions/{id}/new-version", draft.getId()).with(csrf()).with(as("organiser")))
                .andExpect(redirectedUrlPattern("/frameworks/versions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Long v2 = Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
        mvc.perform(get(url).with(as("organiser")))
                .andExpect(content().string(allOf(containsString("Phiên bản 2"), containsString("Bản nháp"),
                        containsString("/frameworks/criteria/"), containsString("Công bố"))));
        assertThat(fixtures.nodes(v2)).isEqualTo(fixtures.nodes(draft.getId()));
        mvc.perform(get("/frameworks/{id}", draft.getFramework().getId()).with(as("organiser")))
                .andExpect(content().string(allOf(containsString("Phiên bản 1"), containsString("Phiên bản 2"),
                        containsString("Đã công bố"), containsString("Bản nháp"))));
    }

    private byte[] export(Long versionId) {
        return fixtures.inTx(() -> context.getBean(FrameworkExcel.class).export(versions.findById(versionId).orElseThrow()));
    }

    private Long criterionId(Long versionId, String code) {
        return fixtures.inTx(() -> versions.findById(versionId).orElseThrow().getCriteria().stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId());
    }
}
