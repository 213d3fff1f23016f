package vn.parindex.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignFixtures.Tenant;
import vn.parindex.framework.FrameworkVersion;

@IntegrationTest
@Tag("postgres")
class CampaignDraftsTest {

    @Autowired
    CampaignDrafts drafts;
    @Autowired
    AssessedAgencies assessedAgencies;
    @Autowired
    ReviewerChoices reviewerChoices;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    MessageSource messageSource;
    @Autowired
    ApplicationContext context;

    CampaignFixtures fixtures;
    Tenant tenant;

    @BeforeEach
    void newTenant() {
        fixtures = new CampaignFixtures(context);
        tenant = fixtures.tenant();
    }

    Campaign create(int year) {
        return drafts.create(tenant.organiserId(), new CampaignDrafts.Details(year, "Chỉ số CCHC năm " + year,
                "282/KH-UBND", LocalDate.of(year, 10, 28)));
    }

    long version(Long id) {
        return campaigns.findById(id).orElseThrow().getVersion();
    }

    @Test
    void aNewCampaignIsADraftWithEveryMilestoneOfItsYear() {
        Campaign campaign = create(2027);

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.getStatus()).isEqualTo(CampaignStatus.DRAFT);
            assertThat(saved.timeline()).extracting(Milestone::getType).containsExactly(MilestoneType.values());
            assertThat(saved.timeline()).allSatisfy(m -> {
                assertThat(m.getDueDate()).isNotNull();
                assertThat(m.getDueDate().getYear()).isEqualTo(2027);
            });
            assertThat(saved.milestone(MilestoneType.SELF_ASSESSMENT).orElseThrow().getWindowStart())
                    .isEqualTo(LocalDate.of(2027, 11, 5));
            assertThat(saved.milestone(MilestoneType.SUPPLEMENTARY).orElseThrow().getWindowStart()).isNotNull();
            assertThat(saved.getSettings().getClassBands()).isEqualTo(CampaignSettings.DEFAULT_CLASS_BANDS);
            assertThat(saved.getPlanNumber()).isEqualTo("282/KH-UBND");
            return null;
        });
    }

    @Test
    void theYearIsFrom2000To2100AndOncePerOrganiser() {
        create(2027);

        assertThatThrownBy(() -> create(1999)).isInstanceOfSatisfying(InvalidCampaignException.class,
                e -> assertThat(e.getProblems()).extracting(Problem::field, Problem::code)
                        .containsExactly(tuple("year", "campaign.error.yearRange")));
        assertThatThrownBy(() -> create(2101)).isInstanceOf(InvalidCampaignException.class);
        assertThatThrownBy(() -> create(2027)).isInstanceOfSatisfying(InvalidCampaignException.class,
                e -> assertThat(e.getProblems()).extracting(Problem::code).containsExactly("campaign.error.yearTaken"));
        assertThatThrownBy(() -> drafts.create(tenant.organiserId(), new CampaignDrafts.Details(2028, " ", null, null)))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("name"));
        // another organiser may have its own 2027
        Tenant other = fixtures.tenant();
        assertThat(drafts.create(other.organiserId(), new CampaignDrafts.Details(2027, "2027", null, null)).getId())
                .isNotNull();
    }

    @Test
    void theVinhPhuc2018TimelineIsSaved() {
        Campaign campaign = create(2018);

        drafts.editMilestones(tenant.organiserId(), campaign.getId(), version(campaign.getId()),
                TimelineRulesTest.vinhPhuc2018());

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.milestone(MilestoneType.RESPONDENT_LIST).orElseThrow().getDueDate())
                    .isEqualTo(LocalDate.of(2018, 10, 30));
            assertThat(saved.milestone(MilestoneType.SELF_ASSESSMENT).orElseThrow().getWindowStart())
                    .isEqualTo(LocalDate.of(2018, 11, 5));
            Milestone training = saved.milestone(MilestoneType.TRAINING).orElseThrow();
            assertThat(training.isUsed()).isFalse();
            // left without a date, an unused milestone keeps the one it had
            assertThat(training.getDueDate()).isEqualTo(LocalDate.of(2018, 10, 31));
            return null;
        });
    }

    @Test
    void milestonesOutOfOrderAreRefusedAndNothingIsWritten() {
        Campaign campaign = create(2018);
        List<MilestoneDates> rows = TimelineRulesTest.with(TimelineRulesTest.vinhPhuc2018(),
                MilestoneDates.used(MilestoneType.APPRAISAL, null, LocalDate.of(2018, 11, 10)));

        assertThatThrownBy(() -> drafts.editMilestones(tenant.organiserId(), campaign.getId(), version(campaign.getId()), rows))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                    Problem problem = e.getProblems().get(0);
                    String text = messageSource.getMessage(new DefaultMessageSourceResolvable(
                            new String[] {problem.code()}, problem.args()), Locale.forLanguageTag("vi"));
                    assertThat(text).isEqualTo("Mốc «Thẩm định kết quả tự đánh giá»: hạn chót 10/11/2018 trước hạn của "
                            + "mốc đứng trước «Tự đánh giá, chấm điểm và gửi tài liệu kiểm chứng» (16/11/2018).");
                });

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.milestone(MilestoneType.APPRAISAL).orElseThrow().getDueDate())
                    .isEqualTo(LocalDate.of(2018, 12, 15));
            assertThat(saved.milestone(MilestoneType.RESPONDENT_LIST).orElseThrow().getDueDate())
                    .isEqualTo(LocalDate.of(2018, 10, 30));
            assertThat(saved.milestone(MilestoneType.FRAMEWORK_REVISION).orElseThrow().isUsed()).isTrue();
            return null;
        });
    }

    @Test
    void settingsAreCheckedAndSaved() {
        Campaign campaign = create(2027);
        CampaignSettings settings = new CampaignSettings();
        settings.setClassBands("Tốt:90;Khá:80;Trung bình:65;Yếu:0");
        settings.setReminderOffsets("1, 7,3");
        settings.setLatePenaltyPoints(new BigDecimal("1.5"));
        settings.setEscalationDays(5);

        drafts.editSettings(tenant.organiserId(), campaign.getId(), version(campaign.getId()), settings);

        CampaignSettings saved = campaigns.findById(campaign.getId()).orElseThrow().getSettings();
        assertThat(saved.getClassBands()).isEqualTo("Tốt:90;Khá:80;Trung bình:65;Yếu:0");
        assertThat(saved.getReminderOffsets()).isEqualTo("7,3,1");
        assertThat(saved.getLatePenaltyPoints()).isEqualByComparingTo("1.5");
        assertThat(saved.getEscalationDays()).isEqualTo(5);

        CampaignSettings bad = saved.copy();
        bad.setClassBands("A:90;B:80");
        bad.setEscalationDays(0);
        long version = version(campaign.getId());
        assertThatThrownBy(() -> drafts.editSettings(tenant.organiserId(), campaign.getId(), version, bad))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("classBands", "escalationDays"));
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSettings().getEscalationDays()).isEqualTo(5);
    }

    @Test
    void aCampaignPastItsDraftIsNotEdited() {
        Campaign campaign = create(2027);
        fixtures.setStatus(campaign.getId(), CampaignStatus.RUNNING);
        long version = version(campaign.getId());

        assertThatThrownBy(() -> drafts.editSettings(tenant.organiserId(), campaign.getId(), version, new CampaignSettings()))
                .isInstanceOfSatisfying(CampaignNotDraftException.class,
                        e -> assertThat(e.getCode()).isEqualTo("campaign.error.notDraft"));
        assertThatThrownBy(() -> drafts.editMilestones(tenant.organiserId(), campaign.getId(), version,
                MilestoneDefaults.forYear(2027)))
                .isInstanceOfSatisfying(CampaignNotDraftException.class,
                        e -> assertThat(e.getCode()).isEqualTo("campaign.error.milestonesNotDraft"));
        assertThatThrownBy(() -> drafts.editDetails(tenant.organiserId(), campaign.getId(), version,
                new CampaignDrafts.Details(2027, "x", null, null))).isInstanceOf(CampaignNotDraftException.class);
        assertThatThrownBy(() -> assessedAgencies.choose(tenant.organiserId(), campaign.getId(), version,
                new AssessedAgencies.Choice(Set.of(), Map.of()))).isInstanceOf(CampaignNotDraftException.class);
        assertThatThrownBy(() -> reviewerChoices.assign(tenant.organiserId(), campaign.getId(), version, List.of()))
                .isInstanceOf(CampaignNotDraftException.class);
    }

    @Test
    void aFormBasedOnAnOlderStateIsRefused() {
        Campaign campaign = create(2027);
        long shown = version(campaign.getId());
        drafts.editMilestones(tenant.organiserId(), campaign.getId(), shown, MilestoneDefaults.forYear(2027));

        assertThatThrownBy(() -> drafts.editSettings(tenant.organiserId(), campaign.getId(), shown, new CampaignSettings()))
                .isInstanceOfSatisfying(InvalidCampaignException.class,
                        e -> assertThat(e.getProblems()).extracting(Problem::code).containsExactly("error.conflict"));
    }

    @Test
    void anotherOrganisersCampaignIsNotFound() {
        Campaign campaign = create(2027);
        Tenant other = fixtures.tenant();

        assertThatThrownBy(() -> drafts.editSettings(other.organiserId(), campaign.getId(), version(campaign.getId()),
                new CampaignSettings())).isInstanceOf(CampaignNotFoundException.class);
    }

    @Test
    void choosingAFrameworkCopiesItsReviewersAndChangingItCopiesThemAgain() {
        Campaign campaign = create(2027);
        FrameworkVersion first = fixtures.framework(tenant, tenant.department(), 2027, 1, true,
                tenant.agency("STP"), tenant.agency("STTTT"));
        FrameworkVersion second = fixtures.framework(tenant, tenant.department(), 2027, 2, false,
                tenant.agency("STTTT"), null);
        Set<Long> departments = Set.of(tenant.agency("SXD").getId(), tenant.agency("SYT").getId());

        assessedAgencies.choose(tenant.organiserId(), campaign.getId(), version(campaign.getId()),
                new AssessedAgencies.Choice(departments, Map.of(tenant.department().getId(), first.getId())));
        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.getAgencies()).extracting(a -> a.getCode())
                    .containsExactlyInAnyOrder(tenant.agency("SXD").getCode(), tenant.agency("SYT").getCode());
            assertThat(saved.getFrameworks().get(tenant.department()).getId()).isEqualTo(first.getId());
            assertThat(saved.reviewerFor(tenant.department(), "2.1")).map(a -> a.getId()).contains(tenant.agency("STP").getId());
            assertThat(saved.reviewerFor(tenant.department(), "7.1.1")).map(a -> a.getId()).contains(tenant.agency("STTTT").getId());
            assertThat(saved.reviewerFor(tenant.department(), "7.2")).isEmpty();
            return null;
        });

        assessedAgencies.choose(tenant.organiserId(), campaign.getId(), version(campaign.getId()),
                new AssessedAgencies.Choice(departments, Map.of(tenant.department().getId(), second.getId())));
        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.getFrameworks().get(tenant.department()).getId()).isEqualTo(second.getId());
            assertThat(saved.reviewerFor(tenant.department(), "2.1")).map(a -> a.getId()).contains(tenant.agency("STTTT").getId());
            assertThat(saved.reviewerFor(tenant.department(), "7.1")).isEmpty();
            return null;
        });
    }

    @Test
    void aFrameworkOfAnotherTypeOrOrganiserIsRefused() {
        Campaign campaign = create(2027);
        FrameworkVersion communes = fixtures.framework(tenant, tenant.commune(), 2027, 1, true, null, null);
        Tenant other = fixtures.tenant();
        FrameworkVersion foreign = fixtures.framework(other, other.department(), 2027, 1, true, null, null);
        long version = version(campaign.getId());

        assertThatThrownBy(() -> assessedAgencies.choose(tenant.organiserId(), campaign.getId(), version,
                new AssessedAgencies.Choice(Set.of(tenant.agency("SXD").getId(), other.agency("SXD").getId()),
                        Map.of(tenant.department().getId(), communes.getId(), tenant.commune().getId(), foreign.getId()))))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("agencyIds",
                                "frameworks['" + tenant.department().getId() + "']",
                                "frameworks['" + tenant.commune().getId() + "']"));
        fixtures.inTransaction(() -> {
            assertThat(campaigns.findById(campaign.getId()).orElseThrow().getAgencies()).isEmpty();
            return null;
        });
    }

    @Test
    void aCriterionAssignedToAnotherReviewerOverridesItsGroup() {
        Campaign campaign = create(2027);
        FrameworkVersion framework = fixtures.framework(tenant, tenant.department(), 2027, 1, true,
                tenant.agency("STP"), null);
        assessedAgencies.choose(tenant.organiserId(), campaign.getId(), version(campaign.getId()),
                new AssessedAgencies.Choice(Set.of(tenant.agency("SXD").getId()),
                        Map.of(tenant.department().getId(), framework.getId())));
        Long type = tenant.department().getId();

        reviewerChoices.assign(tenant.organiserId(), campaign.getId(), version(campaign.getId()), List.of(
                new ReviewerChoices.Choice(type, "7", tenant.agency("STTTT").getId()),
                new ReviewerChoices.Choice(type, "7.1", tenant.agency("SNV").getId()),
                new ReviewerChoices.Choice(type, "2", null)));

        fixtures.inTransaction(() -> {
            Campaign saved = campaigns.findById(campaign.getId()).orElseThrow();
            assertThat(saved.reviewerFor(tenant.department(), "7.2")).map(a -> a.getId()).contains(tenant.agency("STTTT").getId());
            assertThat(saved.reviewerFor(tenant.department(), "7.1.1")).map(a -> a.getId()).contains(tenant.agency("SNV").getId());
            assertThat(saved.reviewerFor(tenant.department(), "2.1")).isEmpty();
            return null;
        });
        // SXD is no reviewing department; 9.9 is no criterion
        long version = version(campaign.getId());
        assertThatThrownBy(() -> reviewerChoices.assign(tenant.organiserId(), campaign.getId(), version, List.of(
                new ReviewerChoices.Choice(type, "1", tenant.agency("SXD").getId()),
                new ReviewerChoices.Choice(type, "9.9", tenant.agency("STP").getId()))))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::code).containsExactly("campaign.error.reviewerUnknown",
                                "campaign.error.criterionUnknown"));
    }
}
