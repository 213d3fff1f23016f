package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.framework.FrameworkFixtures.Node;
import vn.parindex.framework.FrameworkService.NewFramework;
import vn.parindex.framework.rule.RuleType;

@IntegrationTest
@Tag("postgres")
class FrameworkServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkService service;
    @Autowired
    FrameworkVersionRepository versions;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AgencyRepository agencies;
    FrameworkFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FrameworkFixtures(context);
    }

    @Test
    void aNewFrameworkStartsWithAnEmptyDraftVersionOne() {
        int year = FrameworkFixtures.nextYear();
        FrameworkVersion v1 = service.create(fixtures.ah(), new NewFramework(fixtures.departmentType(), year,
                "  Bộ chỉ số CCHC các sở " + year + " ", null));
        assertThat(v1.getNumber()).isEqualTo(1);
        assertThat(v1.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v1.getTotalPoints()).isEqualByComparingTo("100");
        assertThat(fixtures.nodes(v1.getId())).isEmpty();
        Framework framework = frameworks.findByIdAndOrganiserId(v1.getFramework().getId(), fixtures.ah()).orElseThrow();
        assertThat(framework.getYear()).isEqualTo(year);
        assertThat(framework.getName()).isEqualTo("Bộ chỉ số CCHC các sở " + year);
        assertThat(service.problems(fixtures.ah(), v1.getId())).extracting(Problem::key)
                .containsExactly("framework.problem.empty");
    }

    @Test
    void oneFrameworkPerAgencyTypeAndYear() {
        int year = FrameworkFixtures.nextYear();
        service.create(fixtures.ah(), new NewFramework(fixtures.departmentType(), year, "A", null));
        assertThatThrownBy(() -> service.create(fixtures.ah(), new NewFramework(fixtures.departmentType(), year, "B", null)))
                .isInstanceOfSatisfying(FrameworkException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.error.duplicate"));
    }

    @Test
    void theDemoFrameworksAreValid() {
        fixtures.inTx(() -> {
            for (FrameworkVersion version : versions.findAll()) {
                String organiser = version.getFramework().getOrganiser().getCode();
                boolean demo = organiser.equals(vn.parindex.demo.DemoData.PROVINCE)
                        || organiser.startsWith(vn.parindex.demo.DemoData.DISTRICT_PROVINCE);
                if (demo && version.getFramework().getYear() < 3000 && !version.getCriteria().isEmpty()) {
                    assertThat(FrameworkValidator.validate(version)).as("version %s", version.getId()).isEmpty();
                }
            }
            return null;
        });
    }

    @Test
    void aNewVersionIsADeepCopyInANewDraft() {
        FrameworkVersion published = publishedCopyOfDemo();
        FrameworkVersion v2 = service.newVersion(fixtures.ah(), published.getId());
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v2.getFramework().getId()).isEqualTo(published.getFramework().getId());
        assertThat(fixtures.inTx(() -> versions.findById(v2.getId()).orElseThrow().getBasedOn().getId()))
                .isEqualTo(published.getId());
        List<Node> original = fixtures.nodes(published.getId());
        assertThat(fixtures.nodes(v2.getId())).isEqualTo(original).hasSizeGreaterThan(60);

        // the copy is its own: changing it leaves the published version as it was
        Long leaf = criterionId(v2.getId(), "2.1.1");
        service.updateNode(fixtures.ah(), leaf, changed(leaf, "Tiêu chí đã sửa", "2.1.1"));
        assertThat(fixtures.nodes(published.getId())).isEqualTo(original);
        assertThat(fixtures.nodes(v2.getId())).filteredOn(n -> n.code().equals("2.1.1")).extracting(Node::title)
                .containsExactly("Tiêu chí đã sửa");
        FrameworkVersion v3 = service.newVersion(fixtures.ah(), v2.getId());
        assertThat(v3.getNumber()).isEqualTo(3);
    }

    @Test
    void publishingFreezesTheVersion() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        FrameworkVersion published = service.publish(fixtures.ah(), draft.getId(), "organiser");
        assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo("organiser");
        assertThat(published.getPublishedAt()).isNotNull();
        List<Node> before = fixtures.nodes(draft.getId());

        Long leaf = criterionId(draft.getId(), "1.1.1");
        Long group = criterionId(draft.getId(), "1");
        CriterionData change = changed(leaf, "Sửa sau khi công bố", "1.1.1");
        assertThatThrownBy(() -> service.updateNode(fixtures.ah(), leaf, change)).isInstanceOf(PublishedVersionException.class);
        assertThatThrownBy(() -> service.removeNode(fixtures.ah(), leaf)).isInstanceOf(PublishedVersionException.class);
        assertThatThrownBy(() -> service.addNode(fixtures.ah(), draft.getId(), group, newLeaf("1.9", "1")))
                .isInstanceOf(PublishedVersionException.class);
        assertThatThrownBy(() -> service.publish(fixtures.ah(), draft.getId(), "organiser"))
                .isInstanceOf(PublishedVersionException.class);
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void anInvalidDraftIsNotPublishedAndItsProblemsAreListed() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "2.1.1");
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), leaf)));
        service.updateNode(fixtures.ah(), leaf, withMax(data, data.maxPoints().add(BigDecimal.ONE)));
        BigDecimal max21 = new BigDecimal(fixtures.nodes(draft.getId()).stream().filter(n -> n.code().equals("2.1"))
                .findFirst().orElseThrow().max());

        assertThatThrownBy(() -> service.publish(fixtures.ah(), draft.getId(), "organiser"))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("2.1", CriterionField.MAX_POINTS, "framework.problem.childrenSum",
                                FrameworkValidator.show(max21), FrameworkValidator.show(max21.add(BigDecimal.ONE)))));
        assertThat(versions.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aNodeChangeWithProblemsChangesNothing() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "3.4.1");
        List<Node> before = fixtures.nodes(draft.getId());
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), leaf)));
        CriterionData bad = new CriterionData(data.code(), " ", data.maxPoints(), RuleType.LEVEL, "Tốt=99;Kém=0",
                data.measuredBy(), data.guidance(), data.evidence(), false, null);
        assertThatThrownBy(() -> service.updateNode(fixtures.ah(), leaf, bad))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field, Problem::key).containsExactly(
                                tuple("3.4.1", CriterionField.TITLE, "framework.problem.titleMissing"),
                                tuple("3.4.1", CriterionField.RULE_PARAMS, "framework.params.pointsAboveMax")));
        assertThat(fixtures.nodes(draft.getId())).isEqualTo(before);
    }

    @Test
    void everyFieldOfADraftNodeCanBeEdited() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "1.1.1");
        Agency justice = agencies.findByCode("AH-STP").orElseThrow();
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), leaf)));
        BigDecimal max = data.maxPoints();
        service.updateNode(fixtures.ah(), leaf, new CriterionData("ignored", "Tỷ lệ văn bản ban hành đúng hạn", max,
                RuleType.PERCENT_TIERS, "100:" + max.toPlainString() + ";80:0.25", MeasuredBy.SELF_ASSESSMENT,
                "Nhập tỷ lệ %", "Báo cáo", true, justice));
        Node node = fixtures.nodes(draft.getId()).stream().filter(n -> n.code().equals("1.1.1")).findFirst().orElseThrow();
        assertThat(node).isEqualTo(new Node("1.1.1", "1.1", node.position(), "Tỷ lệ văn bản ban hành đúng hạn",
                max.setScale(2).toPlainString(), "PERCENT_TIERS", "100:" + max.toPlainString() + ";80:0.25",
                MeasuredBy.SELF_ASSESSMENT, "Nhập tỷ lệ %", "Báo cáo", true, "AH-STP"));
    }

    @Test
    void aReviewerMustBeAReviewingAgencyOfTheOrganiser() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long leaf = criterionId(draft.getId(), "1.1.1");
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), leaf)));
        Agency foreign = agencies.findByCode("BS-STP").orElseThrow();
        Agency notReviewer = agencies.findByCode("AH-SCT").orElseThrow();
        assertThatThrownBy(() -> service.updateNode(fixtures.ah(), leaf, withReviewer(data, foreign)))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::key)
                        .containsExactly(tuple(CriterionField.REVIEWER_AGENCY, "framework.problem.reviewerUnknown")));
        assertThatThrownBy(() -> service.updateNode(fixtures.ah(), leaf, withReviewer(data, notReviewer)))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("framework.problem.reviewerNotReviewer"));
    }

    @Test
    void nodesAreAddedInTreeOrderAndRemovedWithTheirSubtree() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long group1 = criterionId(draft.getId(), "1");
        Long criterion11 = criterionId(draft.getId(), "1.1");
        service.addNode(fixtures.ah(), draft.getId(), group1, newLeaf("1.9", "1"));
        Criterion sub = service.addNode(fixtures.ah(), draft.getId(), criterion11, newLeaf("1.1.12", "0.5"));
        assertThat(sub.getId()).isNotNull();

        List<String> codes = fixtures.nodes(draft.getId()).stream().map(Node::code).toList();
        assertThat(codes.indexOf("1.1.12")).isEqualTo(codes.indexOf("1.2") - 1);
        assertThat(codes.indexOf("1.9")).isEqualTo(codes.indexOf("2") - 1);
        assertThat(fixtures.nodes(draft.getId())).extracting(Node::position)
                .isEqualTo(java.util.stream.IntStream.range(0, codes.size()).boxed().toList());

        int before = codes.size();
        Long group3 = criterionId(draft.getId(), "3");
        long inGroup3 = codes.stream().filter(c -> c.equals("3") || c.startsWith("3.")).count();
        service.removeNode(fixtures.ah(), group3);
        List<String> after = fixtures.nodes(draft.getId()).stream().map(Node::code).toList();
        assertThat(after).hasSize(before - (int) inGroup3).noneMatch(c -> c.equals("3") || c.startsWith("3."));
    }

    @Test
    void aNewNodeNeedsACodeUnderItsParent() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        Long group1 = criterionId(draft.getId(), "1");
        assertThatThrownBy(() -> service.addNode(fixtures.ah(), draft.getId(), group1, newLeaf("2.9", "1")))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("framework.problem.childCode"));
        assertThatThrownBy(() -> service.addNode(fixtures.ah(), draft.getId(), group1, newLeaf("1.1", "1")))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("framework.problem.duplicateCode"));
        assertThatThrownBy(() -> service.addNode(fixtures.ah(), draft.getId(), null, newLeaf("1.a", "1")))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("framework.problem.codeFormat"));
    }

    @Test
    void anotherOrganisersFrameworkIsNotFound() {
        FrameworkVersion ahVersion = fixtures.demoDepartments();
        assertThatThrownBy(() -> service.version(fixtures.bs(), ahVersion.getId()))
                .isInstanceOf(FrameworkNotFoundException.class);
        assertThatThrownBy(() -> service.newVersion(fixtures.bs(), ahVersion.getId()))
                .isInstanceOf(FrameworkNotFoundException.class);
        Long leaf = criterionId(ahVersion.getId(), "1.1.1");
        assertThatThrownBy(() -> service.removeNode(fixtures.bs(), leaf)).isInstanceOf(FrameworkNotFoundException.class);
        assertThatThrownBy(() -> service.create(fixtures.bs(), new NewFramework(fixtures.departmentType(),
                FrameworkFixtures.nextYear(), "copy", ahVersion.getId()))).isInstanceOf(FrameworkNotFoundException.class);
    }

    private FrameworkVersion publishedCopyOfDemo() {
        FrameworkVersion draft = fixtures.draftCopyOfDemo();
        return service.publish(fixtures.ah(), draft.getId(), "organiser");
    }

    private Long criterionId(Long versionId, String code) {
        return fixtures.inTx(() -> versions.findById(versionId).orElseThrow().getCriteria().stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId());
    }

    private CriterionData changed(Long criterionId, String title, String code) {
        CriterionData data = fixtures.inTx(() -> CriterionData.of(service.criterion(fixtures.ah(), criterionId)));
        return new CriterionData(code, title, data.maxPoints(), data.ruleType(), data.ruleParams(), data.measuredBy(),
                data.guidance(), data.evidence(), data.naAllowed(), data.reviewerAgency());
    }

    private static CriterionData withMax(CriterionData d, BigDecimal max) {
        String params = d.ruleType() == RuleType.LEVEL || d.ruleType() == RuleType.PERCENT_TIERS
                || d.ruleType() == RuleType.COUNT ? d.ruleParams() : null;
        return new CriterionData(d.code(), d.title(), max, d.ruleType(), params, d.measuredBy(), d.guidance(),
                d.evidence(), d.naAllowed(), d.reviewerAgency());
    }

    private static CriterionData withReviewer(CriterionData d, Agency reviewer) {
        return new CriterionData(d.code(), d.title(), d.maxPoints(), d.ruleType(), d.ruleParams(), d.measuredBy(),
                d.guidance(), d.evidence(), d.naAllowed(), reviewer);
    }

    private static CriterionData newLeaf(String code, String max) {
        return new CriterionData(code, "Tiêu chí mới " + code, new BigDecimal(max), RuleType.YES_NO, null,
                MeasuredBy.SELF_ASSESSMENT, null, null, false, null);
    }
}
