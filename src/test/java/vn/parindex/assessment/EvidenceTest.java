package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;
import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.assessment.evidence.StoredFileRepository;

/** Evidence upload, download and preview: allowed types only, checked bytes, stored once, audited, guarded. */
@IntegrationTest
@Tag("postgres")
class EvidenceTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentWorld worlds;
    @Autowired
    EvidenceFileRepository evidence;
    @Autowired
    StoredFileRepository storedFiles;
    @Autowired
    ScoreAuditRepository audits;

    AssessmentWorld.Launched launched;
    Long leaf;

    @BeforeEach
    void launch() {
        launched = worlds.launched();
        leaf = launched.leaf("1.1");
    }

    @Test
    void officerUploadsAPdfWhichIsAuditedAndDownloadableByTheAgencyAndOrganiserButNotByAReviewerOfADraft()
            throws Exception {
        byte[] unique = unique(PDF);
        mvc.perform(upload(leaf, "Kế hoạch CCHC.pdf", unique).with(user(as(world().officer()))))
                .andExpect(status().is3xxRedirection());
        List<EvidenceFile> files = files(leaf);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getOriginalName()).isEqualTo("Kế hoạch CCHC.pdf");
            assertThat(f.getStoredFile().getContentType()).isEqualTo("application/pdf");
            assertThat(f.getStoredFile().getSha256()).hasSize(64);
        });
        assertThat(audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(world().campaignId(),
                world().agencyAId(), leaf)).anySatisfy(a -> {
                    assertThat(a.getField()).isEqualTo("evidence");
                    assertThat(a.getNewValue()).contains("Kế hoạch CCHC.pdf");
                    assertThat(a.getChangedBy()).isEqualTo(world().officer());
                });
        Long id = files.get(0).getId();
        for (String who : List.of(world().officer(), world().head(), world().organiser())) {
            mvc.perform(get("/evidence/" + id).with(user(as(who))))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andExpect(content().bytes(unique));
        }
        mvc.perform(get("/evidence/" + id).with(user(as(world().reviewer())))).andExpect(status().isForbidden());
        mvc.perform(get("/evidence/" + id + "/preview").with(user(as(world().organiser()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void identicalBytesAreStoredOnce() throws Exception {
        byte[] unique = unique(PDF);
        mvc.perform(upload(leaf, "a.pdf", unique).with(user(as(world().officer()))));
        mvc.perform(upload(launched.leaf("2.1"), "b.pdf", unique).with(user(as(world().officer()))));
        assertThat(files(leaf).get(0).getStoredFile().getId())
                .isEqualTo(files(launched.leaf("2.1")).get(0).getStoredFile().getId());
    }

    @Test
    void officerOfAnotherAgencyGets403ByUrlAndCannotUpload() throws Exception {
        mvc.perform(upload(leaf, "a.pdf", unique(PDF)).with(user(as(world().officer()))));
        Long id = files(leaf).get(0).getId();
        String other = worlds.officerOfB(world());
        mvc.perform(get("/evidence/" + id).with(user(as(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/evidence/" + id + "/preview").with(user(as(other)))).andExpect(status().isForbidden());
        mvc.perform(upload(leaf, "x.pdf", unique(PDF)).with(user(as(other)))).andExpect(status().isForbidden());
        assertThat(files(leaf)).hasSize(1);
    }

    @Test
    void tooBigFileIsRefusedAndNothingStored() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(upload(leaf, "big.pdf", big).with(user(as(world().officer()))).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quá lớn")));
        assertThat(files(leaf)).isEmpty();
    }

    @Test
    void forbiddenTypeIsRefused() throws Exception {
        mvc.perform(upload(leaf, "script.exe", unique(PDF)).with(user(as(world().officer()))).header("HX-Request", "true"))
                .andExpect(content().string(containsString("không thuộc loại được phép")));
        assertThat(files(leaf)).isEmpty();
    }

    @Test
    void bytesNotMatchingTheExtensionAreRefused() throws Exception {
        long before = storedFiles.count();
        mvc.perform(upload(leaf, "photo.png", unique(PDF)).with(user(as(world().officer()))).header("HX-Request", "true"))
                .andExpect(content().string(containsString("không phải là tệp .png")));
        mvc.perform(upload(leaf, "report.docx", unique(PDF)).with(user(as(world().officer()))).header("HX-Request", "true"))
                .andExpect(content().string(containsString("không phải là tệp .docx")));
        assertThat(files(leaf)).isEmpty();
        assertThat(storedFiles.count()).isEqualTo(before);
    }

    @Test
    void pngIsAcceptedAndPreviewOnlyForReviewersAndOrganiser() throws Exception {
        mvc.perform(upload(leaf, "anh.png", unique(PNG)).with(user(as(world().officer()))));
        Long id = files(leaf).get(0).getId();
        mvc.perform(get("/evidence/" + id + "/preview").with(user(as(world().organiser()))))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(get("/evidence/" + id + "/preview").with(user(as(world().officer()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void removalIsAuditedAndHidesTheFile() throws Exception {
        mvc.perform(upload(leaf, "a.pdf", unique(PDF)).with(user(as(world().officer()))));
        Long id = files(leaf).get(0).getId();
        mvc.perform(post("/evidence/" + id + "/remove").param("reason", "Nhầm tệp")
                        .with(user(as(world().officer()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(files(leaf)).isEmpty();
        assertThat(audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(world().campaignId(),
                world().agencyAId(), leaf)).anySatisfy(a -> {
                    assertThat(a.getOldValue()).contains("a.pdf");
                    assertThat(a.getNewValue()).isNull();
                    assertThat(a.getReason()).isEqualTo("Nhầm tệp");
                });
        mvc.perform(get("/evidence/" + id).with(user(as(world().officer())))).andExpect(status().isNotFound());
    }

    private MockMultipartHttpServletRequestBuilder upload(Long criterionId, String name, byte[] bytes) {
        MockMultipartHttpServletRequestBuilder request = multipart("/assessments/{c}/agencies/{a}/criteria/{l}/evidence",
                world().campaignId(), world().agencyAId(), criterionId);
        request.file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        request.with(csrf());
        return request;
    }

    private List<EvidenceFile> files(Long criterionId) {
        return evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(world().campaignId(),
                world().agencyAId(), criterionId);
    }

    /** The bytes with a unique comment, so that tests do not share stored files. */
    static byte[] unique(byte[] bytes) {
        byte[] tail = ("\n%" + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[bytes.length + tail.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(tail, 0, all, bytes.length, tail.length);
        return all;
    }

    private vn.parindex.process.ProcessFixture.World world() {
        return launched.world();
    }

    private org.springframework.security.core.userdetails.UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }
}
