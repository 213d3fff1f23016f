package vn.parindex.assessment;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.assessment.evidence.EvidencePurpose;
import vn.parindex.assessment.evidence.StoredFileRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.process.ProcessFixture;

/** Evidence as a reference to an issued document, one piece on two criteria, last year's evidence reused. */
@IntegrationTest
@Tag("postgres")
class EvidenceReferenceTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AssessmentWorld worlds;
    @Autowired EvidenceFileRepository evidence;
    @Autowired StoredFileRepository storedFiles;
    @Autowired CampaignRepository campaigns;
    @Autowired TransactionTemplate tx;

    AssessmentWorld.Launched launched;
    ProcessFixture.World world;

    @BeforeEach
    void launch() {
        launched = worlds.launched();
        world = launched.world();
    }

    @Test
    void aReferenceWithoutNumberOrDatedInTheFutureIsRefusedWithTheFieldAndNothingSaved() throws Exception {
        mvc.perform(reference("1.1", " ", LocalDate.now().minusDays(3).toString()).with(user(as(world.officer()))))
                .andExpect(flash().attribute("error", "Tiêu chí 1.1: văn bản dẫn chiếu phải có số ký hiệu."));
        mvc.perform(reference("1.1", "12/KH-UBND", LocalDate.now().plusDays(5).toString()).with(user(as(world.officer()))))
                .andExpect(flash().attribute("error", containsString("là ngày trong tương lai")));
        mvc.perform(reference("1.1", "12/KH-UBND", "31/02/2026").with(user(as(world.officer()))))
                .andExpect(flash().attribute("error", containsString("không phải là ngày hợp lệ")));
        assertThat(pieces()).isEmpty();
        // nobody else adds one: the organiser reads, another agency's officer is refused
        mvc.perform(reference("1.1", "12/KH-UBND", "2026-01-05").with(user(as(world.organiser()))))
                .andExpect(status().isForbidden());
        assertThat(pieces()).isEmpty();
    }

    @Test
    void oneReferenceSupportsTwoCriteriaIsShownOnceToOverseersAndListedInTheReport() throws Exception {
        mvc.perform(reference("1.1", "12/KH-UBND", "2026-01-05").with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", containsString("12/KH-UBND")));
        EvidenceFile first = pieces().get(0);
        assertThat(first.isReference()).isTrue();
        assertThat(first.getStoredFile()).isNull();
        mvc.perform(post(leaf("2.1") + "/attach").param("evidenceId", first.getId().toString()).with(csrf())
                        .with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", containsString("12/KH-UBND")));
        // twice on the same leaf: refused
        mvc.perform(post(leaf("2.1") + "/attach").param("evidenceId", first.getId().toString()).with(csrf())
                        .with(user(as(world.officer()))))
                .andExpect(flash().attribute("error", containsString("Tiêu chí 2.1 đã có tài liệu")));
        assertThat(pieces()).hasSize(2).allSatisfy(f -> assertThat(f.pieceKey()).isEqualTo(first.getId()));

        mvc.perform(get(page()).with(user(as(world.organiser()))))
                .andExpect(content().string(allOf(containsString("Tài liệu kiểm chứng (mỗi tài liệu một dòng)"),
                        containsString("Số 12/KH-UBND, ngày 05/01/2026, UBND tỉnh: Kế hoạch CCHC năm 2026"),
                        containsString("1.1, 2.1"))));
        byte[] xlsx = mvc.perform(get(page() + "/report.xlsx").with(user(as(world.officer()))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(xlsx)).contains("Văn bản dẫn chiếu làm tài liệu kiểm chứng",
                "1.1, 2.1: Số 12/KH-UBND, ngày 05/01/2026, UBND tỉnh: Kế hoạch CCHC năm 2026 (https://vanban.example.vn/12)");
        mvc.perform(get(page() + "/report.pdf").with(user(as(world.officer())))).andExpect(status().isOk());
    }

    @Test
    void lastYearsEvidenceIsAttachedAgainSharingItsFileAndAnAgencyNewThisYearIsToldWhy() throws Exception {
        mvc.perform(multipart(leaf("1.1") + "/evidence")
                .file(new MockMultipartFile("file", "ke-hoach-2025.pdf", "application/pdf", EvidenceTest.unique(EvidenceTest.PDF)))
                .with(csrf()).with(user(as(world.officer()))));
        EvidenceFile upload = pieces().get(0);
        Long lastYearsId = tx.execute(s -> {
            Campaign now = campaigns.findById(world.campaignId()).orElseThrow();
            Campaign before = new Campaign(now.getOrganiser(), now.getYear() - 1, "Đợt năm trước");
            now.getAgencies().stream().filter(a -> a.getId().equals(world.agencyAId())).forEach(before.getAgencies()::add);
            campaigns.save(before);
            return evidence.save(new EvidenceFile(before.getId(), world.agencyAId(), launched.leaf("1.1"),
                    upload.getStoredFile(), "ke-hoach-2025.pdf", EvidencePurpose.SELF_ASSESSMENT, world.officer(),
                    upload.getUploadedAt())).getId();
        });
        long storedBefore = storedFiles.count();
        mvc.perform(get(page()).with(user(as(world.officer()))))
                .andExpect(content().string(containsString("Dùng lại tài liệu năm trước")));

        mvc.perform(post(leaf("2.1") + "/reuse").param("evidenceId", lastYearsId.toString()).with(csrf())
                        .with(user(as(world.officer()))))
                .andExpect(flash().attribute("success", containsString("ke-hoach-2025.pdf")));

        EvidenceFile reused = pieces().stream().filter(f -> f.getCriterionId().equals(launched.leaf("2.1")))
                .findFirst().orElseThrow();
        assertThat(reused.getReusedFromId()).isEqualTo(lastYearsId);
        assertThat(reused.getStoredFile().getId()).isEqualTo(upload.getStoredFile().getId());
        assertThat(storedFiles.count()).isEqualTo(storedBefore);

        // agency B was not assessed last year
        String officerOfB = worlds.officerOfB(world);
        String leafOfB = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyBId() + "/criteria/"
                + launched.leaf("2.1");
        mvc.perform(post(leafOfB + "/reuse").param("evidenceId", lastYearsId.toString()).with(csrf())
                        .with(user(as(officerOfB))))
                .andExpect(flash().attribute("error", "Đơn vị không tham gia đợt đánh giá năm "
                        + (LocalDate.now().getYear() - 1) + ": không có tài liệu năm trước để dùng lại."));
        assertThat(evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(world.campaignId(),
                world.agencyBId())).isEmpty();
        mvc.perform(get("/assessments/" + world.campaignId() + "/agencies/" + world.agencyBId())
                        .with(user(as(officerOfB))))
                .andExpect(content().string(not(containsString("Dùng lại tài liệu năm trước"))));
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> texts.add(cell.toString()));
            }
        }
        return texts;
    }

    private List<EvidenceFile> pieces() {
        return evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(world.campaignId(), world.agencyAId());
    }

    private MockHttpServletRequestBuilder reference(String code, String number, String date) {
        return post(leaf(code) + "/references").param("number", number).param("issuedOn", date)
                .param("issuer", "UBND tỉnh").param("summary", "Kế hoạch CCHC năm 2026")
                .param("link", "https://vanban.example.vn/12").with(csrf());
    }

    private String leaf(String code) {
        return page() + "/criteria/" + launched.leaf(code);
    }

    private String page() {
        return "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
