package vn.parindex.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.campaign.CampaignFixtures.Tenant;
import vn.parindex.framework.FrameworkVersion;

@IntegrationTest
@Tag("postgres")
class CampaignCopiesTest {

    @Autowired
    CampaignDrafts drafts;
    @Autowired
    AssessedAgencies assessedAgencies;
    @Autowired
    ReviewerChoices reviewerChoices;
    @Autowired
    CampaignCopies copies;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ApplicationContext context;

    long version(Long id) {
        return campaigns.findById(id).orElseThrow().getVersion();
    }

    @Test
    void nextYearsDraftKeepsTheTimelineSettingsAgenciesFrameworksAndReviewers() {
        CampaignFixtures fixtures = new CampaignFixtures(context);
        Tenant tenant = fixtures.tenant();
        Long organiser = tenant.organiserId();
        // 2024: a leap year, so a milestone on 29/02 must land on 28/02/2025
        Campaign source = drafts.create(organiser, new CampaignDrafts.Details(2024, "Chỉ số CCHC năm 2024",
                "215/KH-UBND", LocalDate.of(2024, 2, 1)));
        List<MilestoneDates> timeline = TimelineRulesTest.with(MilestoneDefaults.forYear(2024),
                MilestoneDates.used(MilestoneType.FRAMEWORK_REVISION, null, LocalDate.of(2024, 2, 29)));
        timeline = TimelineRulesTest.with(timeline, MilestoneDates.unused(MilestoneType.RESPONDENT_LIST));
        drafts.editMilestones(organiser, source.getId(), version(source.getId()), timeline);
        CampaignSettings settings = new CampaignSettings();
        settings.setClassBands("Tốt:90;Khá:80;Trung bình:65;Yếu:0");
        settings.setReminderOffsets("5,2,0");
        settings.setLatePenaltyPoints(new BigDecimal("1.5"));
        settings.setEscalationDays(4);
        drafts.editSettings(organiser, source.getId(), version(source.getId()), settings);

        FrameworkVersion departments2024 = fixtures.framework(tenant, tenant.department(), 2024, 1, true,
                tenant.agency("STP"), tenant.agency("STTTT"));
        FrameworkVersion communes2024 = fixtures.framework(tenant, tenant.commune(), 2024, 1, true, null, null);
        assessedAgencies.choose(organiser, source.getId(), version(source.getId()), new AssessedAgencies.Choice(
                Set.of(tenant.agency("SXD").getId(), tenant.agency("SYT").getId(), tenant.agency("X01").getId(),
                        tenant.agency("X02").getId()),
                Map.of(tenant.department().getId(), departments2024.getId(), tenant.commune().getId(), communes2024.getId())));
        // the organiser moved 7.1 from the framework's default (STTTT) to SNV, and gave communes' group 1 to STP
        reviewerChoices.assign(organiser, source.getId(), version(source.getId()), List.of(
                new ReviewerChoices.Choice(tenant.department().getId(), "7.1", tenant.agency("SNV").getId()),
                new ReviewerChoices.Choice(tenant.commune().getId(), "1", tenant.agency("STP").getId())));
        fixtures.setStatus(source.getId(), CampaignStatus.PUBLISHED);

        // 2025: a published department framework (and a later draft of it), only a draft for communes
        FrameworkVersion departments2025 = fixtures.framework(tenant, tenant.department(), 2025, 1, true,
                tenant.agency("STP"), null);
        fixtures.framework(tenant, tenant.department(), 2025, 2, false, null, null);
        fixtures.framework(tenant, tenant.commune(), 2025, 1, false, null, null);
        // Sở Y tế has closed since
        fixtures.deactivate(tenant.agency("SYT").getId());

        Campaign copy = copies.copyToNextYear(organiser, source.getId());

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(copy.getId()).orElseThrow();
            assertThat(saved.getYear()).isEqualTo(2025);
            assertThat(saved.getName()).isEqualTo("Chỉ số CCHC năm 2025");
            assertThat(saved.getStatus()).isEqualTo(CampaignStatus.DRAFT);
            assertThat(saved.getCopiedFrom().getId()).isEqualTo(source.getId());
            assertThat(saved.getPlanNumber()).isNull();

            assertThat(saved.timeline()).hasSize(MilestoneType.values().length);
            assertThat(saved.milestone(MilestoneType.FRAMEWORK_REVISION).orElseThrow().getDueDate())
                    .isEqualTo(LocalDate.of(2025, 2, 28));
            Milestone selfAssessment = saved.milestone(MilestoneType.SELF_ASSESSMENT).orElseThrow();
            assertThat(selfAssessment.getWindowStart()).isEqualTo(LocalDate.of(2025, 11, 5));
            assertThat(selfAssessment.getDueDate()).isEqualTo(LocalDate.of(2025, 11, 16));
            assertThat(saved.milestone(MilestoneType.RESPONDENT_LIST).orElseThrow().isUsed()).isFalse();
            assertThat(saved.milestone(MilestoneType.PUBLICATION).orElseThrow().getDueDate())
                    .isEqualTo(LocalDate.of(2025, 12, 31));

            assertThat(saved.getSettings().getClassBands()).isEqualTo("Tốt:90;Khá:80;Trung bình:65;Yếu:0");
            assertThat(saved.getSettings().getReminderOffsets()).isEqualTo("5,2,0");
            assertThat(saved.getSettings().getLatePenaltyPoints()).isEqualByComparingTo("1.5");
            assertThat(saved.getSettings().getEscalationDays()).isEqualTo(4);

            assertThat(saved.getAgencies()).extracting(Agency::getCode).containsExactlyInAnyOrder(
                    tenant.agency("SXD").getCode(), tenant.agency("X01").getCode(), tenant.agency("X02").getCode());

            assertThat(saved.getFrameworks().get(tenant.department()).getId()).isEqualTo(departments2025.getId());
            assertThat(saved.getFrameworks().get(tenant.commune()).getId()).isEqualTo(communes2024.getId());

            assertThat(saved.reviewerFor(tenant.department(), "7.1")).map(Agency::getId).contains(tenant.agency("SNV").getId());
            assertThat(saved.reviewerFor(tenant.department(), "2.1")).map(Agency::getId).contains(tenant.agency("STP").getId());
            assertThat(saved.reviewerFor(tenant.commune(), "1.1")).map(Agency::getId).contains(tenant.agency("STP").getId());
            assertThat(saved.getReviewerAssignments()).hasSize(3);
            return null;
        });

        // the source is untouched and a second copy to the same year is refused
        fixtures.inTransaction(() -> {
            Campaign unchanged = campaigns.findById(source.getId()).orElseThrow();
            assertThat(unchanged.getYear()).isEqualTo(2024);
            assertThat(unchanged.getAgencies()).hasSize(4);
            return null;
        });
        assertThatThrownBy(() -> copies.copyToNextYear(organiser, source.getId()))
                .isInstanceOfSatisfying(InvalidCampaignException.class,
                        e -> assertThat(e.getProblems()).extracting(Problem::code).containsExactly("campaign.error.yearTaken"));
    }

    @Test
    void aFeb29DueDateMovesTo28() {
        assertThat(CampaignCopies.nextYear(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(CampaignCopies.nextYear(null)).isNull();
    }
}
