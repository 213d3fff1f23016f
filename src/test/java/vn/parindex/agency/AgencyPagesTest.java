package vn.parindex.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;

@IntegrationTest
@Tag("postgres")
class AgencyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    AgencyTypeRepository types;

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    Long idOf(String code) {
        return agencies.findByCode(code).orElseThrow().getId();
    }

    /** A valid agency form, with some fields replaced (key, value, key, value …). */
    MockHttpServletRequestBuilder validAgency(String code, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", "Sở Thử nghiệm " + code);
        fields.put("typeId", types.findByCode("DEPARTMENT").orElseThrow().getId().toString());
        fields.put("email", "thunghiem@demo.parindex.vn");
        fields.put("headName", "Nguyễn Văn A");
        fields.put("headEmail", "a@demo.parindex.vn");
        fields.put("focalName", "Trần Thị B");
        fields.put("focalEmail", "b@demo.parindex.vn");
        fields.put("focalPhone", "0912 345 678");
        fields.put("reviewer", "true");
        fields.put("active", "true");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/agencies").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void searchIgnoresVietnameseDiacritics() throws Exception {
        mvc.perform(get("/agencies").param("q", "so tu phap").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Tư pháp")))
                .andExpect(content().string(not(containsString("Sở Công Thương"))));
        mvc.perform(get("/agencies").param("q", "HOA BINH").with(as("organiser")))
                .andExpect(content().string(containsString("Phường Hòa Bình")));
    }

    @Test
    void filtersByAgencyTypeAndPages() throws Exception {
        String communes = types.findByCode("COMMUNE").orElseThrow().getId().toString();
        mvc.perform(get("/agencies").param("type", communes).param("size", "20").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Tân Lập")))
                .andExpect(content().string(not(containsString("Sở Tư pháp"))))
                // An Hòa has 32 communes: two pages of 20
                .andExpect(content().string(containsString("Trang 1/2")));
        mvc.perform(get("/agencies").param("type", communes).param("page", "1").param("size", "20").with(as("organiser")))
                .andExpect(content().string(containsString("Đặc khu Hòn Ngọc")))
                .andExpect(content().string(not(containsString("Phường An Hòa"))));
    }

    @Test
    void organiserCreatesAnAgency() throws Exception {
        String code = "AH-T" + System.nanoTime();
        mvc.perform(validAgency(code).with(as("organiser")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agencies/*"));
        Agency saved = agencies.findByCode(code).orElseThrow();
        assertThat(saved.getName()).isEqualTo("Sở Thử nghiệm " + code);
        assertThat(saved.getFocalPhone()).isEqualTo("0912345678");
        assertThat(saved.isReviewer()).isTrue();
        assertThat(agencies.findByIdAndOrganiserId(saved.getId(), agencies.findByCode("AH-SNV").orElseThrow()
                .getOrganiser().getId())).isPresent();
        mvc.perform(get("/agencies/{id}", saved.getId()).with(as("organiser")))
                .andExpect(content().string(containsString("Trần Thị B")));
    }

    @Test
    void invalidFormIsShownAgainWithMessagesAndNothingIsWritten() throws Exception {
        String code = "AH-T" + System.nanoTime();
        mvc.perform(validAgency(code, "name", "", "email", "not-an-email", "focalPhone", "09x")
                        .with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(view().name("agency/form"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "email", "focalPhone"))
                .andExpect(content().string(containsString("Vui lòng nhập tên cơ quan, đơn vị.")))
                .andExpect(content().string(containsString("Địa chỉ email không hợp lệ.")))
                .andExpect(content().string(containsString("Số điện thoại chỉ gồm chữ số")));
        assertThat(agencies.existsByCode(code)).isFalse();
        mvc.perform(validAgency("có dấu").with(as("organiser")))
                .andExpect(model().attributeHasFieldErrors("form", "code"));
        mvc.perform(validAgency(code, "typeId", "").with(as("organiser")))
                .andExpect(model().attributeHasFieldErrors("form", "typeId"));
        assertThat(agencies.existsByCode(code)).isFalse();
    }

    @Test
    void codesAreUniqueAcrossOrganisers() throws Exception {
        long before = agencies.count();
        mvc.perform(validAgency("BS-SNV").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "agency.validation.codeTaken"))
                .andExpect(content().string(containsString("Mã này đã được dùng")));
        assertThat(agencies.count()).isEqualTo(before);
    }

    @Test
    void organiserEditsDeactivatesAndReactivates() throws Exception {
        String code = "AH-T" + System.nanoTime();
        mvc.perform(validAgency(code).with(as("organiser"))).andExpect(status().is3xxRedirection());
        Agency agency = agencies.findByCode(code).orElseThrow();
        mvc.perform(post("/agencies/{id}", agency.getId()).with(csrf()).with(as("organiser"))
                        .param("code", "CHANGED").param("name", "Sở Đổi tên").param("email", "").param("focalPhone", "").param("typeId", agency.getType().getId().toString())
                        .param("version", String.valueOf(agency.getVersion())).param("active", "true"))
                .andExpect(status().is3xxRedirection());
        Agency edited = agencies.findById(agency.getId()).orElseThrow();
        assertThat(edited.getName()).isEqualTo("Sở Đổi tên");
        assertThat(edited.getCode()).as("the code is fixed once created").isEqualTo(code);
        assertThat(edited.isReviewer()).isFalse();

        // a stale form (someone saved in between) is refused, the input kept
        mvc.perform(post("/agencies/{id}", agency.getId()).with(csrf()).with(as("organiser"))
                        .param("name", "Sở Cũ").param("typeId", agency.getType().getId().toString())
                        .param("version", String.valueOf(agency.getVersion())).param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Cũ")))
                .andExpect(content().string(containsString("người khác thay đổi")));
        assertThat(agencies.findById(agency.getId()).orElseThrow().getName()).isEqualTo("Sở Đổi tên");

        mvc.perform(post("/agencies/{id}/deactivate", agency.getId()).with(as("organiser")))
                .andExpect(status().isForbidden());
        assertThat(agencies.findById(agency.getId()).orElseThrow().isActive()).isTrue();
        mvc.perform(post("/agencies/{id}/deactivate", agency.getId()).with(csrf()).with(as("organiser")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedKey", "agency.deactivated"));
        assertThat(agencies.findById(agency.getId()).orElseThrow().isActive()).isFalse();
        mvc.perform(post("/agencies/{id}/reactivate", agency.getId()).with(csrf()).with(as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.findById(agency.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void theStandingAgencyCannotBeDeactivated() throws Exception {
        Long snv = idOf("AH-SNV");
        try {
            mvc.perform(post("/agencies/{id}/deactivate", snv).with(csrf()).with(as("organiser")))
                    .andExpect(flash().attribute("errorKey", "agency.deactivate.standing"));
            assertThat(agencies.findById(snv).orElseThrow().isActive()).isTrue();
        } finally {
            Agency agency = agencies.findById(snv).orElseThrow();
            if (!agency.isActive()) {
                agency.setActive(true);
                agencies.save(agency);
            }
        }
    }

    @Test
    void anotherOrganisersAgencyIsNotFound() throws Exception {
        Long ahJustice = idOf("AH-STP");
        mvc.perform(get("/agencies/{id}", ahJustice).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/{id}/edit", ahJustice).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(post("/agencies/{id}/deactivate", ahJustice).with(csrf()).with(as("bs.organiser")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agencies/{id}", ahJustice).with(csrf()).with(as("bs.organiser"))
                        .param("name", "Hacked").param("typeId", "1").param("active", "true"))
                .andExpect(status().isNotFound());
        assertThat(agencies.findById(ahJustice).orElseThrow().getName()).isEqualTo("Sở Tư pháp");
        assertThat(agencies.findById(ahJustice).orElseThrow().isActive()).isTrue();
        mvc.perform(get("/agencies").param("q", "tu phap").with(as("bs.organiser")))
                .andExpect(content().string(containsString("BS-STP")))
                .andExpect(content().string(not(containsString("AH-STP"))));
    }

    @Test
    void theEditFormSendsEveryFieldWithItsValueAndNothingElse() throws Exception {
        mvc.perform(get("/agencies/{id}/edit", idOf("AH-STP")).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code\" name=\"code\" value=\"AH-STP\"")))
                .andExpect(content().string(containsString("id=\"name\" name=\"name\" value=\"S")))
                .andExpect(content().string(containsString("id=\"headName\" name=\"headName\"")))
                .andExpect(content().string(containsString("id=\"focalPhone\" name=\"focalPhone\"")))
                .andExpect(content().string(not(containsString("type=\"radio\""))))
                .andExpect(content().string(not(containsString("type=\"search\""))))
                .andExpect(content().string(not(containsString("type=\"date\""))));
    }

    @Test
    void agencyStaffWithoutOrganiserRoleAreRefused() throws Exception {
        mvc.perform(get("/agencies").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies").with(as("head"))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{id}", idOf("AH-SCT")).with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/new").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(validAgency("AH-T" + System.nanoTime()).with(as("head"))).andExpect(status().isForbidden());
    }

    @Test
    void officerSeesOnlyTheirOwnAgency() throws Exception {
        mvc.perform(get("/agencies/mine").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Công Thương")))
                .andExpect(content().string(not(containsString("Sở Tư pháp"))))
                .andExpect(content().string(not(containsString("Sở Nội vụ"))));
    }

    @Test
    void viewerReadsButDoesNotChange() throws Exception {
        mvc.perform(get("/agencies").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Tư pháp")))
                .andExpect(content().string(not(containsString("/agencies/new"))));
        mvc.perform(get("/agencies/{id}", idOf("AH-STP")).with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/agencies/new").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/agencies/{id}/deactivate", idOf("AH-STP")).with(csrf()).with(as("viewer")))
                .andExpect(status().isForbidden());
    }
}
