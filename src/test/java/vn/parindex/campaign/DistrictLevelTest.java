package vn.parindex.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;
import vn.parindex.demo.DemoData;
import vn.parindex.engine.TaskCandidates;
import vn.parindex.framework.FrameworkVersion;

/** A district runs the commune-level index with its own offices, as a province does with its departments. */
@IntegrationTest
class DistrictLevelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    AgencyTypeRepository agencyTypes;
    @Autowired
    CampaignDrafts drafts;
    @Autowired
    AssessedAgencies assessedAgencies;
    @Autowired
    CampaignLaunch launch;
    @Autowired
    TaskCandidates candidates;
    @Autowired
    AppClock clock;
    @Autowired
    ApplicationContext context;

    CampaignFixtures fixtures;
    Long district;
    AgencyType commune;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(context);
        district = organisers.findByCode(DemoData.DISTRICT).orElseThrow().getId();
        commune = agencyTypes.findByCode("COMMUNE").orElseThrow();
    }

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    /** A draft of the district's own, in a far year, assessing the given communes with its commune framework. */
    Campaign districtCampaign(String... communeCodes) {
        int year = fixtures.freeYear(district);
        Campaign campaign = drafts.create(district, new CampaignDrafts.Details(year, "Cấp xã " + year, null, null));
        FrameworkVersion framework = fixtures.inTransaction(() -> campaigns
                .findByOrganiserIdAndYear(district, clock.today().getYear()).orElseThrow().getFrameworks().get(commune));
        Set<Long> ids = new java.util.HashSet<>();
        for (String code : communeCodes) {
            ids.add(agencies.findByCode(code).orElseThrow().getId());
        }
        assessedAgencies.choose(district, campaign.getId(), version(campaign.getId()),
                new AssessedAgencies.Choice(ids, Map.of(commune.getId(), framework.getId())));
        return campaign;
    }

    long version(Long id) {
        return campaigns.findById(id).orElseThrow().getVersion();
    }

    @Test
    void theDistrictOffersAndAssignsItsOwnOfficesNotTheProvincesDepartments() throws Exception {
        Campaign campaign = districtCampaign("BS-H01-X02");
        fixtures.inTransaction(() -> {
            assertThat(campaigns.findById(campaign.getId()).orElseThrow().reviewerFor(commune, "2"))
                    .map(Agency::getCode).contains("BS-H01-PTP");
            return null;
        });

        mvc.perform(get("/campaigns/{id}/reviewers", campaign.getId()).with(as("bs.district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Tư pháp")))
                .andExpect(content().string(containsString("Văn phòng HĐND và UBND")))
                .andExpect(content().string(containsString("(Phòng Nội vụ / đơn vị tổ chức)")))
                .andExpect(content().string(not(containsString("Sở Tư pháp"))))
                .andExpect(content().string(not(containsString("(Sở Nội vụ"))));

        Agency provinceJustice = agencies.findByCode("BS-STP").orElseThrow();
        mvc.perform(post("/campaigns/{id}/reviewers", campaign.getId()).with(as("bs.district")).with(csrf())
                        .param("reviewers['" + commune.getId() + "/2']", String.valueOf(provinceJustice.getId()))
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().isOk());
        Agency office = agencies.findByCode("BS-H01-VP").orElseThrow();
        mvc.perform(post("/campaigns/{id}/reviewers", campaign.getId()).with(as("bs.district")).with(csrf())
                        .param("reviewers['" + commune.getId() + "/2']", String.valueOf(office.getId()))
                        .param("reviewers['" + commune.getId() + "/7']", "")
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().is3xxRedirection());
        fixtures.inTransaction(() -> {
            assertThat(campaigns.findById(campaign.getId()).orElseThrow().reviewerFor(commune, "2.1"))
                    .map(Agency::getCode).contains("BS-H01-VP");
            return null;
        });
    }

    @Test
    void theDistrictOrganisersRoleReadsPhongNoiVu() throws Exception {
        mvc.perform(get("/").with(as("bs.district")))
                .andExpect(content().string(containsString("Cơ quan thường trực (Phòng Nội vụ)")))
                .andExpect(content().string(not(containsString("Cơ quan thường trực (Sở Nội vụ)"))));
        mvc.perform(get("/").param("lang", "en").with(as("bs.district")))
                .andExpect(content().string(containsString("Organiser (Phòng Nội vụ)")))
                .andExpect(content().string(not(containsString("Department of Home Affairs"))));
        mvc.perform(get("/").param("lang", "vi").with(as("bs.district"))); // the choice is kept: back to Vietnamese
        mvc.perform(get("/").with(as("organiser")))
                .andExpect(content().string(containsString("Cơ quan thường trực (Sở Nội vụ)")));
    }

    @Test
    void aCommuneWithAnOfficerAndNoHeadIsWarnedAboutAtLaunchAndItsSignOffGoesToTheOrganiser() throws Exception {
        Campaign campaign = districtCampaign("BS-H01-X01", "BS-H01-X02");
        assertThat(launch.warnings(campaign.getId(), district)).extracting(Problem::code)
                .containsExactly("launch.warning.noHead");

        mvc.perform(get("/campaigns/{id}/run", campaign.getId()).with(as("bs.district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "UBND Phường 1 có cán bộ đầu mối nhưng chưa có tài khoản Thủ trưởng")))
                .andExpect(content().string(not(containsString("UBND Phường 2 có cán bộ đầu mối"))));

        Agency x01 = agencies.findByCode("BS-H01-X01").orElseThrow();
        assertThat(candidates.head(x01.getId()).split(","))
                .containsExactly("agency:BS-H01-X01:head", "organiser:BS-H01");
        Agency withHead = agencies.findByCode("AH-SCT").orElseThrow();
        assertThat(candidates.head(withHead.getId())).isEqualTo("agency:AH-SCT:head");
    }
}
