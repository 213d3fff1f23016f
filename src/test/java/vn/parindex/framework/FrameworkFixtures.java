package vn.parindex.framework;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;
import vn.parindex.demo.DemoData;

/**
 * Test helpers on the shared demo database: each test makes its own framework (a unique year) so demo
 * records are never changed.
 */
final class FrameworkFixtures {

    /** Years no demo framework uses, unique within the run. */
    private static final AtomicInteger YEARS = new AtomicInteger(3000 + (int) (System.currentTimeMillis() / 1000 % 5000));

    /** A node as a user sees it: every field, and its place in the tree. */
    record Node(String code, String parentCode, int position, String title, String max, String ruleType,
                String ruleParams, MeasuredBy measuredBy, String guidance, String evidence, boolean naAllowed,
                String reviewerCode) {

        static Node of(Criterion c) {
            return new Node(c.getCode(), c.getParent() == null ? null : c.getParent().getCode(), c.getPosition(),
                    c.getTitle(), c.getMaxPoints().setScale(2).toPlainString(),
                    c.getRuleType() == null ? null : c.getRuleType().name(), c.getRuleParams(), c.getMeasuredBy(),
                    c.getGuidance(), c.getEvidence(), c.isNaAllowed(),
                    c.getReviewerAgency() == null ? null : c.getReviewerAgency().getCode());
        }
    }

    final OrganiserRepository organisers;
    final AgencyTypeRepository agencyTypes;
    final FrameworkRepository frameworks;
    final FrameworkVersionRepository versions;
    final FrameworkService service;
    final TransactionTemplate tx;
    final AppClock clock;

    FrameworkFixtures(ApplicationContext context) {
        this.organisers = context.getBean(OrganiserRepository.class);
        this.agencyTypes = context.getBean(AgencyTypeRepository.class);
        this.frameworks = context.getBean(FrameworkRepository.class);
        this.versions = context.getBean(FrameworkVersionRepository.class);
        this.service = context.getBean(FrameworkService.class);
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.clock = context.getBean(AppClock.class);
    }

    static int nextYear() {
        return YEARS.incrementAndGet();
    }

    Long ah() {
        return organisers.findByCode(DemoData.PROVINCE).orElseThrow().getId();
    }

    Long bs() {
        return organisers.findByCode(DemoData.DISTRICT_PROVINCE).orElseThrow().getId();
    }

    Long departmentType() {
        return agencyTypes.findByCode("DEPARTMENT").orElseThrow().getId();
    }

    /** The demo's published framework version of An Hòa's departments for this year (8 groups, bonus, penalty). */
    FrameworkVersion demoDepartments() {
        Framework framework = frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(ah(), departmentType(),
                clock.today().getYear()).orElseThrow();
        return versions.findByFrameworkIdOrderByNumberDesc(framework.getId()).get(0);
    }

    /** A new An Hòa department framework of a fresh year, its draft v1 a copy of the demo's tree. */
    FrameworkVersion draftCopyOfDemo() {
        return service.create(ah(), new FrameworkService.NewFramework(departmentType(), nextYear(),
                "Bộ tiêu chí thử " + System.nanoTime(), demoDepartments().getId()));
    }

    List<Node> nodes(Long versionId) {
        return inTx(() -> versions.findById(versionId).orElseThrow().getCriteria().stream().map(Node::of).toList());
    }

    <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
