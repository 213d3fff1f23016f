package vn.parindex.campaign;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.demo.DemoData;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.timeline.ReminderSchedule;

@IntegrationTest
@Tag("postgres")
class CampaignPagesTest {

    @Autowired
    ReminderSchedule reminders;
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
    AppClock clock;
    @Autowired
    ApplicationContext context;

    CampaignFixtures fixtures;
    Long anHoa;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(context);
        anHoa = organisers.findByCode(DemoData.PROVINCE).orElseThrow().getId();
    }

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    Campaign currentAnHoaCampaign() {
        return campaigns.findByOrganiserIdAndYear(anHoa, clock.today().getYear()).orElseThrow();
    }

    /** A draft of An Hòa's of its own, in a far year, so the demo campaigns stay as they are. */
    Campaign ownAnHoaCampaign() {
        int year = fixtures.freeYear(anHoa);
        return drafts.create(anHoa, new CampaignDrafts.Details(year, "Thử nghiệm " + year, null, null));
    }

    long version(Long id) {
        return campaigns.findById(id).orElseThrow().getVersion();
    }

    static MockHttpServletRequestBuilder milestoneForm(Long id, long version, List<MilestoneDates> rows) {
        MockHttpServletRequestBuilder request = post("/campaigns/{id}/milestones", id).param("version", String.valueOf(version));
        for (int i = 0; i < rows.size(); i++) {
            MilestoneDates row = rows.get(i);
            request.param("milestones[" + i + "].type", row.type().name());
            if (row.used()) {
                request.param("milestones[" + i + "].used", "true");
            }
            request.param("_milestones[" + i + "].used", "on");
            request.param("milestones[" + i + "].windowStart", row.windowStart() == null ? "" : row.windowStart().toString());
            request.param("milestones[" + i + "].dueDate", row.dueDate() == null ? "" : row.dueDate().toString());
        }
        return request;
    }

    @Test
    void theOrganiserSeesTheCurrentCampaignWithItsMilestoneDates() throws Exception {
        Campaign current = currentAnHoaCampaign();
        List<Milestone> timeline = fixtures.inTransaction(() ->
                campaigns.findById(current.getId()).orElseThrow().timeline());

        mvc.perform(get("/campaigns").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(current.getName())))
                .andExpect(content().string(containsString("248/KH-UBND")));

        var detail = mvc.perform(get("/campaigns/{id}", current.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch số 248/KH-UBND ngày "
                        + VietnamTime.format(current.getPlanDate()))))
                .andExpect(content().string(containsString("Tự đánh giá, chấm điểm và gửi tài liệu kiểm chứng")))
                .andExpect(content().string(containsString("Sở, ban, ngành")))
                .andExpect(content().string(containsString("Khởi động đợt đánh giá")));
        for (Milestone milestone : timeline) {
            detail.andExpect(content().string(containsString(VietnamTime.format(milestone.getDueDate()))));
        }
    }

    @Test
    void readersSeeTheCampaignButOnlyTheOrganiserEditsIt() throws Exception {
        Campaign current = currentAnHoaCampaign();

        for (String reader : List.of("viewer", "council", "chairman")) {
            mvc.perform(get("/campaigns/{id}", current.getId()).with(as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Khởi động đợt đánh giá"))));
        }
        mvc.perform(get("/campaigns/{id}/milestones", current.getId()).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")))
                .andExpect(content().string(containsString("Bạn chỉ có quyền xem trang này.")));
        mvc.perform(post("/campaigns/{id}/settings", current.getId()).with(as("viewer")).with(csrf())
                        .param("classBands", "A:50;D:0"))
                .andExpect(status().isForbidden());
    }

    /** The reminder offsets' help names the one reminder hour (parindex.reminders.hour), in both languages. */
    @Test
    void theSettingsNameTheReminderHour() throws Exception {
        Campaign current = currentAnHoaCampaign();
        String hour = reminders.getShown();

        mvc.perform(get("/campaigns/{id}/settings", current.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sẽ gửi nhắc việc (lúc " + hour + ")")));
        mvc.perform(get("/campaigns/{id}/settings", current.getId()).param("lang", "en").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reminders go out (at " + hour + ")")));
    }

    @Test
    void anOfficerMayNotOpenTheSettings() throws Exception {
        Campaign current = currentAnHoaCampaign();

        mvc.perform(get("/campaigns/{id}/settings", current.getId()).with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/{id}/settings", current.getId()).with(as("officer")).with(csrf())
                .param("classBands", "A:50;D:0")).andExpect(status().isForbidden());
    }

    @Test
    void anotherProvincesOrganiserCannotOpenAnHoasCampaign() throws Exception {
        Campaign current = currentAnHoaCampaign();
        String bands = current.getSettings().getClassBands();

        mvc.perform(get("/campaigns/{id}", current.getId()).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/reviewers", current.getId()).with(as("bs.organiser"))).andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/{id}/settings", current.getId()).with(as("bs.organiser")).with(csrf())
                        .param("classBands", "A:50;D:0").param("answerWeights", "A:100;D:0")
                        .param("latePenaltyPoints", "0").param("escalationDays", "3")
                        .param("version", String.valueOf(current.getVersion())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/{id}/copy", current.getId()).with(as("bs.organiser")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns").with(as("bs.organiser")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("248/KH-UBND"))));
        assertThat(campaigns.findById(current.getId()).orElseThrow().getSettings().getClassBands()).isEqualTo(bands);
    }

    @Test
    void anInvalidTimelineIsShownAgainWithItsMessageAndNothingIsSaved() throws Exception {
        Campaign campaign = ownAnHoaCampaign();
        int year = campaign.getYear();
        List<MilestoneDates> rows = TimelineRulesTest.with(MilestoneDefaults.forYear(year),
                MilestoneDates.used(MilestoneType.APPRAISAL, null, LocalDate.of(year, 11, 10)));

        mvc.perform(milestoneForm(campaign.getId(), version(campaign.getId()), rows).with(as("organiser")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("campaign/milestones"))
                .andExpect(model().attributeHasFieldErrors("milestoneForm", "milestones[4].dueDate"))
                .andExpect(content().string(containsString("Mốc «Thẩm định kết quả tự đánh giá»: hạn chót 10/11/" + year
                        + " trước hạn của mốc đứng trước «Tự đánh giá, chấm điểm và gửi tài liệu kiểm chứng» (16/11/" + year + ").")))
                .andExpect(content().string(containsString("value=\"" + year + "-11-10\"")));

        fixtures.inTransaction(() -> {
            assertThat(campaigns.findById(campaign.getId()).orElseThrow().milestone(MilestoneType.APPRAISAL)
                    .orElseThrow().getDueDate()).isEqualTo(LocalDate.of(year, 12, 15));
            return null;
        });
    }

    @Test
    void aValidTimelineIsSaved() throws Exception {
        Campaign campaign = ownAnHoaCampaign();
        int year = campaign.getYear();
        List<MilestoneDates> rows = TimelineRulesTest.with(MilestoneDefaults.forYear(year),
                MilestoneDates.unused(MilestoneType.RESPONDENT_LIST));
        rows = TimelineRulesTest.with(rows, MilestoneDates.used(MilestoneType.APPRAISAL, null, LocalDate.of(year, 12, 12)));

        mvc.perform(milestoneForm(campaign.getId(), version(campaign.getId()), rows).with(as("organiser")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()));

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.milestone(MilestoneType.APPRAISAL).orElseThrow().getDueDate()).isEqualTo(LocalDate.of(year, 12, 12));
            assertThat(saved.milestone(MilestoneType.RESPONDENT_LIST).orElseThrow().isUsed()).isFalse();
            return null;
        });
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(as("organiser")))
                .andExpect(content().string(containsString("12/12/" + year)))
                .andExpect(content().string(containsString("Không áp dụng")));
    }

    @Test
    void invalidSettingsAreShownAgainWithMessagesNamingTheField() throws Exception {
        Campaign campaign = ownAnHoaCampaign();

        mvc.perform(post("/campaigns/{id}/settings", campaign.getId()).with(as("organiser")).with(csrf())
                        .param("classBands", "A:90;B:95;D:0").param("answerWeights", "A:100;B:60;C:20;D:0")
                        .param("reminderOffsets", "7,3,3").param("latePenaltyPoints", "0").param("escalationDays", "3")
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("settingsForm", "classBands", "reminderOffsets"))
                .andExpect(content().string(containsString(
                        "Ngưỡng xếp loại: ngưỡng của loại «B» (95) phải nhỏ hơn ngưỡng của loại đứng trước «A» (90).")))
                .andExpect(content().string(containsString("Nhắc việc trước hạn (số ngày): «3» bị lặp lại.")));
        mvc.perform(post("/campaigns/{id}/settings", campaign.getId()).with(as("organiser")).with(csrf())
                        .param("classBands", "A:90;D:0").param("answerWeights", "A:100;D:0")
                        .param("latePenaltyPoints", "-1").param("escalationDays", "0")
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("settingsForm", "latePenaltyPoints", "escalationDays"));

        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSettings().getClassBands())
                .isEqualTo(CampaignSettings.DEFAULT_CLASS_BANDS);

        mvc.perform(post("/campaigns/{id}/settings", campaign.getId()).with(as("organiser")).with(csrf())
                        .param("classBands", "Tốt:90;Khá:80;Trung bình:65;Yếu:0").param("answerWeights", "A:100;B:60;C:20;D:0")
                        .param("reminderOffsets", "3,1").param("latePenaltyPoints", "0.5").param("escalationDays", "2")
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().is3xxRedirection());
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSettings().getClassBands())
                .isEqualTo("Tốt:90;Khá:80;Trung bình:65;Yếu:0");
    }

    @Test
    void aReviewerChosenOnThePageIsTheOneThatAppraises() throws Exception {
        Campaign campaign = ownAnHoaCampaign();
        AgencyType department = agencyTypes.findByCode("DEPARTMENT").orElseThrow();
        FrameworkVersion framework = fixtures.inTransaction(() ->
                campaigns.findById(currentAnHoaCampaign().getId()).orElseThrow().getFrameworks().get(department));
        Agency construction = agencies.findByCode("AH-SXD").orElseThrow();
        Agency justice = agencies.findByCode("AH-STP").orElseThrow();
        assessedAgencies.choose(anHoa, campaign.getId(), version(campaign.getId()), new AssessedAgencies.Choice(
                Set.of(construction.getId()), Map.of(department.getId(), framework.getId())));
        // the demo framework gives 7.1 to Science and Technology
        fixtures.inTransaction(() -> {
            assertThat(campaigns.findById(campaign.getId()).orElseThrow().reviewerFor(department, "7.1"))
                    .map(Agency::getCode).contains("AH-SKHCN");
            return null;
        });

        mvc.perform(get("/campaigns/{id}/reviewers", campaign.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(Sở Nội vụ / đơn vị tổ chức)")))
                .andExpect(content().string(containsString("Sở Khoa học và Công nghệ")));

        mvc.perform(post("/campaigns/{id}/reviewers", campaign.getId()).with(as("organiser")).with(csrf())
                        .param("reviewers['" + department.getId() + "/7.1']", String.valueOf(justice.getId()))
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().is3xxRedirection());

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.reviewerFor(department, "7.1")).map(Agency::getId).contains(justice.getId());
            assertThat(saved.reviewerFor(department, "7.1.2")).map(Agency::getId).contains(justice.getId());
            return null;
        });
    }

    @Test
    void theAgenciesPageGroupsByTypeAndSavesTheChoice() throws Exception {
        Campaign campaign = ownAnHoaCampaign();
        AgencyType commune = agencyTypes.findByCode("COMMUNE").orElseThrow();
        FrameworkVersion framework = fixtures.inTransaction(() ->
                campaigns.findById(currentAnHoaCampaign().getId()).orElseThrow().getFrameworks().get(commune));
        Agency x01 = agencies.findByCode("AH-X01").orElseThrow();
        Agency x02 = agencies.findByCode("AH-X02").orElseThrow();

        mvc.perform(get("/campaigns/{id}/agencies", campaign.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UBND cấp xã")))
                .andExpect(content().string(containsString("data-select-all=\"type-" + commune.getId() + "\"")))
                .andExpect(content().string(containsString("Đã ban hành")));

        mvc.perform(post("/campaigns/{id}/agencies", campaign.getId()).with(as("organiser")).with(csrf())
                        .param("agencyIds", String.valueOf(x01.getId()), String.valueOf(x02.getId()))
                        .param("frameworks['" + commune.getId() + "']", String.valueOf(framework.getId()))
                        .param("version", String.valueOf(version(campaign.getId()))))
                .andExpect(status().is3xxRedirection());

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.getAgencies()).extracting(Agency::getCode).containsExactlyInAnyOrder("AH-X01", "AH-X02");
            assertThat(saved.getFrameworks().get(commune).getId()).isEqualTo(framework.getId());
            return null;
        });
    }

    @Test
    void aNewCampaignAndACopyToTheNextYear() throws Exception {
        int year = fixtures.freeYear(anHoa);

        mvc.perform(get("/campaigns/new").with(as("organiser"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạo đợt đánh giá mới")));
        mvc.perform(post("/campaigns").with(as("organiser")).with(csrf())
                        .param("year", String.valueOf(year)).param("name", "Chỉ số CCHC năm " + year)
                        .param("planNumber", "9/KH-UBND").param("planDate", year + "-10-01"))
                .andExpect(status().is3xxRedirection());
        Campaign created = campaigns.findByOrganiserIdAndYear(anHoa, year).orElseThrow();
        assertThat(created.getPlanDate()).isEqualTo(LocalDate.of(year, 10, 1));

        mvc.perform(post("/campaigns").with(as("organiser")).with(csrf())
                        .param("year", String.valueOf(year)).param("name", "Lần hai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm đánh giá: đơn vị đã có đợt đánh giá năm " + year + ".")));
        mvc.perform(post("/campaigns").with(as("organiser")).with(csrf()).param("year", "1999").param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("detailsForm", "year"));

        mvc.perform(post("/campaigns/{id}/copy", created.getId()).with(as("organiser")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/campaigns/*"));
        Campaign copy = campaigns.findByOrganiserIdAndYear(anHoa, year + 1).orElseThrow();
        assertThat(copy.getName()).isEqualTo("Chỉ số CCHC năm " + (year + 1));
        assertThat(copy.getStatus()).isEqualTo(CampaignStatus.DRAFT);

        mvc.perform(post("/campaigns/{id}/copy", created.getId()).with(as("viewer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void editingACampaignPastItsDraftGoesBackToItWithAMessage() throws Exception {
        Campaign campaign = ownAnHoaCampaign();
        fixtures.setStatus(campaign.getId(), CampaignStatus.RUNNING);

        mvc.perform(milestoneForm(campaign.getId(), version(campaign.getId()), MilestoneDefaults.forYear(campaign.getYear()))
                        .with(as("organiser")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()))
                .andExpect(flash().attribute("error",
                        containsString("không sửa mốc thời gian tại đây")));
        mvc.perform(get("/campaigns/{id}/edit", campaign.getId()).with(as("organiser")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns/{id}/settings", campaign.getId()).with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đợt đánh giá không còn là bản nháp")));
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        Campaign current = currentAnHoaCampaign();

        mvc.perform(get("/campaigns/{id}/milestones", current.getId()).param("lang", "en").with(as("organiser")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Self-assessment, self-scoring and evidence")));
    }
}
