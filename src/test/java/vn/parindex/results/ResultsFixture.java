package vn.parindex.results;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;

/**
 * A province of its own with a department framework, a campaign and its agencies; scores and assessment standings
 * are written in bulk through JDBC (the benchmark seeds 30,000 of them).
 */
@Component
public class ResultsFixture {

    private final OrganiserRepository organisers;
    private final AgencyTypeRepository agencyTypes;
    private final AgencyRepository agencies;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final AppClock clock;
    private final vn.parindex.security.UserAccounts users;

    ResultsFixture(vn.parindex.security.UserAccounts users, OrganiserRepository organisers, AgencyTypeRepository agencyTypes, AgencyRepository agencies,
                   FrameworkRepository frameworks, FrameworkVersionRepository versions, CampaignRepository campaigns,
                   TransactionTemplate tx, JdbcTemplate jdbc, AppClock clock) {
        this.organisers = organisers;
        this.agencyTypes = agencyTypes;
        this.agencies = agencies;
        this.frameworks = frameworks;
        this.versions = versions;
        this.campaigns = campaigns;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
    }

    /** A node to create: code (parent follows from it), max, rule, measured by. */
    public record Node(String code, String max, RuleType rule, MeasuredBy measuredBy) {
        public static Node of(String code, String max) {
            return new Node(code, max, RuleType.YES_NO, MeasuredBy.SELF_ASSESSMENT);
        }
    }

    public record Seeded(String code, Long organiserId, Long campaignId, Long versionId, List<Long> agencyIds,
                         List<String> agencyCodes, Long standingId, Map<String, Long> criterionIds) {
        public Long criterion(String code) {
            return criterionIds.get(code);
        }
    }

    /** Another campaign of the same organiser, agencies and framework, for another year. */
    public Seeded anotherCampaign(Seeded seeded, int year) {
        return tx.execute(status -> {
            Campaign first = campaigns.findById(seeded.campaignId()).orElseThrow();
            Campaign campaign = new Campaign(first.getOrganiser(), year, "Đợt kết quả " + seeded.code() + " " + year);
            campaign.getFrameworks().putAll(first.getFrameworks());
            campaign.getAgencies().addAll(first.getAgencies());
            campaigns.save(campaign);
            return new Seeded(seeded.code(), seeded.organiserId(), campaign.getId(), seeded.versionId(),
                    seeded.agencyIds(), seeded.agencyCodes(), seeded.standingId(), seeded.criterionIds());
        });
    }

    /** One score row to write: agency index (into Seeded.agencyIds), leaf code and the stored values. */
    public record Score(int agency, String leaf, BigDecimal selfPoints, boolean selfNa, BigDecimal appraisedPoints,
                        BigDecimal surveyPoints) {
    }

    public Seeded seed(List<Node> tree, int agencyCount, int year) {
        String code = "R" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return tx.execute(status -> {
            AgencyType department = agencyTypes.findByCode("DEPARTMENT").orElseThrow();
            Organiser organiser = organisers.save(new Organiser(code, "Tỉnh kết quả " + code, OrganiserLevel.PROVINCE, null));
            Agency standing = agencies.save(new Agency(organiser, code + "-SNV", "Sở Nội vụ " + code, department));
            organiser.setStandingAgency(standing);
            Framework framework = frameworks.save(new Framework(organiser, department, year, "Bộ tiêu chí " + code));
            FrameworkVersion version = new FrameworkVersion(framework, 1, BigDecimal.valueOf(100), clock.instant());
            Map<String, Criterion> byCode = new LinkedHashMap<>();
            int position = 0;
            for (Node node : tree) {
                int dot = node.code().lastIndexOf('.');
                Criterion parent = dot < 0 ? null : byCode.get(node.code().substring(0, dot));
                Criterion criterion = new Criterion(version, parent, node.code(), "Tiêu chí " + node.code(),
                        new BigDecimal(node.max()));
                criterion.setPosition(position++);
                criterion.setRuleType(node.rule());
                criterion.setMeasuredBy(node.measuredBy());
                version.getCriteria().add(criterion);
                if (parent != null) {
                    parent.getChildren().add(criterion);
                    parent.setRuleType(null);
                }
                byCode.put(node.code(), criterion);
            }
            version.publish("test", clock.instant());
            versions.save(version);

            Campaign campaign = new Campaign(organiser, year, "Đợt kết quả " + code);
            campaign.getFrameworks().put(department, version);
            List<Long> agencyIds = new ArrayList<>();
            List<String> agencyCodes = new ArrayList<>();
            for (int i = 0; i < agencyCount; i++) {
                Agency agency = agencies.save(new Agency(organiser, code + "-" + i, "Sở số " + i + " " + code, department));
                campaign.getAgencies().add(agency);
                agencyIds.add(agency.getId());
                agencyCodes.add(agency.getCode());
            }
            campaigns.save(campaign);
            Map<String, Long> ids = new LinkedHashMap<>();
            byCode.forEach((c, criterion) -> ids.put(c, criterion.getId()));
            return new Seeded(code, organiser.getId(), campaign.getId(), version.getId(), agencyIds, agencyCodes,
                    standing.getId(), ids);
        });
    }

    public void scores(Seeded seeded, List<Score> scores) {
        jdbc.batchUpdate("""
                insert into criterion_score (campaign_id, agency_id, criterion_id, self_na, self_points, appraised,
                    appraised_na, appraised_points, survey_points, version)
                values (?, ?, ?, ?, ?, ?, false, ?, ?, 0)""", scores, 1000, (ps, s) -> {
            ps.setLong(1, seeded.campaignId());
            ps.setLong(2, seeded.agencyIds().get(s.agency()));
            ps.setLong(3, seeded.criterion(s.leaf()));
            ps.setBoolean(4, s.selfNa());
            ps.setBigDecimal(5, s.selfPoints());
            ps.setBoolean(6, s.appraisedPoints() != null);
            if (s.appraisedPoints() == null) {
                ps.setNull(7, Types.NUMERIC);
            } else {
                ps.setBigDecimal(7, s.appraisedPoints());
            }
            if (s.surveyPoints() == null) {
                ps.setNull(8, Types.NUMERIC);
            } else {
                ps.setBigDecimal(8, s.surveyPoints());
            }
        });
    }

    public void standing(Seeded seeded, int agency, String status, Integer lateDays) {
        jdbc.update("""
                insert into agency_assessment (campaign_id, agency_id, status, late_days, version)
                values (?, ?, ?, ?, 0)""", seeded.campaignId(), seeded.agencyIds().get(agency), status, lateDays);
    }

    /** A user of the standing body (agency index -1) or of an assessed agency, with one role; returns the username. */
    public String user(Seeded seeded, int agency, vn.parindex.security.Role role) {
        String username = role.name().toLowerCase() + "." + seeded.code().toLowerCase() + "." + (agency < 0 ? "snv" : agency)
                + "." + Long.toString(System.nanoTime() % 100_000L, 36);
        tx.executeWithoutResult(status -> {
            Organiser organiser = organisers.findById(seeded.organiserId()).orElseThrow();
            Agency at = agencies.findById(agency < 0 ? seeded.standingId() : seeded.agencyIds().get(agency)).orElseThrow();
            users.create(username, "Người dùng " + username, username + "@test.parindex.vn", organiser, at,
                    java.util.EnumSet.of(role), "Test@2026x", false);
        });
        return username;
    }

    /** Launched twenty days ago: the respondent lists and self-assessment are past, the appraisal ahead. */
    public void running(Seeded seeded) {
        java.time.LocalDate today = clock.today();
        tx.executeWithoutResult(status -> {
            Campaign campaign = campaigns.findById(seeded.campaignId()).orElseThrow();
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.FRAMEWORK_REVISION, null, today.minusDays(20), false);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.TRAINING, null, today.minusDays(15), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.RESPONDENT_LIST, null, today.minusDays(10), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.SELF_ASSESSMENT, today.minusDays(9), today.minusDays(1), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.SUPPLEMENTARY, today.plusDays(2), today.plusDays(8), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.APPRAISAL, null, today.plusDays(10), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.SURVEY_RESULTS, null, today.plusDays(10), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.AGGREGATION, null, today.plusDays(15), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.APPROVAL, null, today.plusDays(18), true);
            campaign.setMilestone(vn.parindex.campaign.MilestoneType.PUBLICATION, null, today.plusDays(20), true);
            campaign.setStatus(vn.parindex.campaign.CampaignStatus.RUNNING);
            campaign.setLaunchedAt(clock.instant().minus(20, java.time.temporal.ChronoUnit.DAYS));
        });
    }

    public void groupWeights(Seeded seeded, String groupWeights) {
        jdbc.update("update campaign set group_weights = ? where id = ?", groupWeights, seeded.campaignId());
    }

    public void settings(Seeded seeded, String classBands, BigDecimal latePenalty) {
        jdbc.update("update campaign set class_bands = ?, late_penalty_points = ? where id = ?", classBands,
                latePenalty, seeded.campaignId());
    }
}
