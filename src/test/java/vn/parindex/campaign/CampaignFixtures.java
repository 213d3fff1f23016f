package vn.parindex.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;

/**
 * Test data of its own for campaign tests: a fresh organiser (so nothing the demo data or other tests rely
 * on changes) with departments, communes, reviewing departments and small frameworks. Not a bean: the
 * tests build it from the shared context.
 */
class CampaignFixtures {

    private final OrganiserRepository organisers;
    private final AgencyTypeRepository agencyTypes;
    private final AgencyRepository agencies;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;

    CampaignFixtures(ApplicationContext context) {
        this.organisers = context.getBean(OrganiserRepository.class);
        this.agencyTypes = context.getBean(AgencyTypeRepository.class);
        this.agencies = context.getBean(AgencyRepository.class);
        this.frameworks = context.getBean(FrameworkRepository.class);
        this.versions = context.getBean(FrameworkVersionRepository.class);
        this.campaigns = context.getBean(CampaignRepository.class);
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** A tenant of its own: ids of what the tests need. */
    record Tenant(Long organiserId, AgencyType department, AgencyType commune, Map<String, Agency> agencies) {

        Agency agency(String shortCode) {
            return agencies.get(shortCode);
        }
    }

    Tenant tenant() {
        return tx.execute(status -> newTenant());
    }

    private Tenant newTenant() {
        String code = "T" + System.nanoTime();
        Organiser organiser = organisers.save(new Organiser(code, "Tỉnh thử nghiệm " + code, OrganiserLevel.PROVINCE, null));
        AgencyType department = agencyTypes.findByCode("DEPARTMENT").orElseThrow();
        AgencyType commune = agencyTypes.findByCode("COMMUNE").orElseThrow();
        Map<String, Agency> byCode = new HashMap<>();
        for (String[] a : List.of(new String[] {"SNV", "Sở Nội vụ"}, new String[] {"STP", "Sở Tư pháp"},
                new String[] {"STTTT", "Sở Thông tin và Truyền thông"}, new String[] {"SXD", "Sở Xây dựng"},
                new String[] {"SYT", "Sở Y tế"})) {
            Agency agency = new Agency(organiser, code + "-" + a[0], a[1], department);
            agency.setReviewer(List.of("SNV", "STP", "STTTT").contains(a[0]));
            byCode.put(a[0], agencies.save(agency));
        }
        for (String[] a : List.of(new String[] {"X01", "Xã Một"}, new String[] {"X02", "Xã Hai"})) {
            byCode.put(a[0], agencies.save(new Agency(organiser, code + "-" + a[0], a[1], commune)));
        }
        return new Tenant(organiser.getId(), department, commune, byCode);
    }

    /**
     * A framework version with groups 1, 2, 7, criteria 1.1, 2.1, 7.1, 7.2 and sub-criterion 7.1.1; group 2
     * defaults to the given reviewer of group 2, criterion 7.1 to the one of 7.1 (either may be null).
     */
    FrameworkVersion framework(Tenant tenant, AgencyType type, int year, int number, boolean publish,
                               Agency group2Reviewer, Agency criterion71Reviewer) {
        return tx.execute(status -> newFramework(tenant, type, year, number, publish, group2Reviewer, criterion71Reviewer));
    }

    private FrameworkVersion newFramework(Tenant tenant, AgencyType type, int year, int number, boolean publish,
                                          Agency group2Reviewer, Agency criterion71Reviewer) {
        Organiser organiser = organisers.findById(tenant.organiserId()).orElseThrow();
        Framework framework = frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(tenant.organiserId(), type.getId(), year)
                .orElseGet(() -> frameworks.save(new Framework(organiser, type, year, "Bộ chỉ số " + year)));
        FrameworkVersion version = new FrameworkVersion(framework, number, BigDecimal.valueOf(100), Instant.now());
        Criterion g1 = node(version, null, "1", 30);
        node(version, g1, "1.1", 30);
        Criterion g2 = node(version, null, "2", 30);
        g2.setReviewerAgency(group2Reviewer);
        node(version, g2, "2.1", 30);
        Criterion g7 = node(version, null, "7", 40);
        Criterion c71 = node(version, g7, "7.1", 20);
        c71.setReviewerAgency(criterion71Reviewer);
        node(version, c71, "7.1.1", 20);
        node(version, g7, "7.2", 20);
        if (publish) {
            version.publish("test", Instant.now());
        }
        return versions.save(version);
    }

    private static Criterion node(FrameworkVersion version, Criterion parent, String code, int max) {
        Criterion criterion = new Criterion(version, parent, code, "Tiêu chí " + code, BigDecimal.valueOf(max));
        criterion.setPosition(version.getCriteria().size());
        version.getCriteria().add(criterion);
        if (parent != null) {
            parent.getChildren().add(criterion);
        }
        return criterion;
    }

    /** A year in 2040–2098 in which this organiser has no campaign, nor in the year after. */
    int freeYear(Long organiserId) {
        while (true) {
            int year = ThreadLocalRandom.current().nextInt(2040, 2099);
            if (campaigns.findByOrganiserIdAndYear(organiserId, year).isEmpty()
                    && campaigns.findByOrganiserIdAndYear(organiserId, year + 1).isEmpty()) {
                return year;
            }
        }
    }

    void setStatus(Long campaignId, CampaignStatus status) {
        tx.executeWithoutResult(s -> campaigns.findById(campaignId).orElseThrow().setStatus(status));
    }

    void deactivate(Long agencyId) {
        tx.executeWithoutResult(s -> agencies.findById(agencyId).orElseThrow().setActive(false));
    }

    /** Runs the work in a transaction, so lazy collections of the campaign can be read. */
    <T> T inTransaction(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }
}
