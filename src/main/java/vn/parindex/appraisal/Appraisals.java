package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.AgencyAssessmentRepository;
import vn.parindex.assessment.AssessmentNotFoundException;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.Answer;
import vn.parindex.framework.rule.InvalidAnswerException;
import vn.parindex.framework.rule.InvalidRuleParamsException;
import vn.parindex.framework.rule.LeafScore;
import vn.parindex.results.PublishedResults;

/**
 * The appraisal of self-scores, leaf by leaf: which leaves a reviewing department appraises for an agency,
 * accepting or adjusting a score (the appraised score replaces the self-score), every change audited.
 */
@Service
@RequiredArgsConstructor
public class Appraisals {

    /** The field name of appraisal changes in score_audit. */
    public static final String AUDIT_FIELD = "appraisal";

    private final Campaigns campaigns;
    private final AgencyRepository agencies;
    private final CriterionRepository criteria;
    private final CriterionScoreRepository scores;
    private final ScoreAuditRepository audits;
    private final AppClock clock;
    private final PublishedResults published;
    private final AgencyAssessmentRepository assessments;

    /**
     * The self-assessed leaves of the agency's framework that the reviewing department appraises: those assigned
     * to it, and, for the organiser's standing agency, also those nobody was assigned. In code order.
     */
    @Transactional(readOnly = true)
    public List<Criterion> leavesOf(Long campaignId, Long agencyId, Long reviewerAgencyId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        Agency agency = agencies.findById(agencyId).orElseThrow();
        FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
        List<Criterion> leaves = new ArrayList<>();
        if (version == null) {
            return leaves;
        }
        for (Criterion criterion : version.getCriteria()) {
            if (isSelfAssessedLeaf(criterion)
                    && Objects.equals(reviewerOf(campaign, agency, criterion), reviewerAgencyId)) {
                leaves.add(criterion);
            }
        }
        leaves.sort(Comparator.comparing(Criterion::getCode, Appraisals::compareCodes));
        return leaves;
    }

    /** The reviewing department of one leaf: the one assigned, else the organiser's standing agency. */
    @Transactional(readOnly = true)
    public Long reviewerOf(Long campaignId, Long agencyId, Long criterionId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        Agency agency = agencies.findById(agencyId).orElseThrow();
        return reviewerOf(campaign, agency, leafOf(campaign, agency, criterionId));
    }

    /** The reviewer accepts the self-score: the appraised answer, points and N/A are the agency's own. */
    @Transactional
    public CriterionScore accept(Long campaignId, Long agencyId, Long criterionId, Long reviewerAgencyId,
                                 Long expectedVersion, String reason, String username) {
        requireUnpublished(campaignId);
        requireSent(campaignId, agencyId);
        Criterion leaf = assignedLeaf(campaignId, agencyId, criterionId, reviewerAgencyId);
        CriterionScore score = scores.findByCampaignIdAndAgencyIdAndCriterionId(campaignId, agencyId, leaf.getId())
                .filter(CriterionScore::isSelfAnswered)
                .orElseThrow(() -> new AppraisalProblem("appraisal.error.noSelfAnswer", leaf.getCode()));
        checkVersion(score, expectedVersion);
        String old = describe(score);
        setAppraisal(score, score.getSelfAnswer(), score.isSelfNa(), score.getSelfPoints(), blankToNull(reason),
                username);
        audit(score, old, reason, username);
        return score;
    }

    /** The reviewer sets its own answer, scored by the leaf's rule; the reason is mandatory. */
    @Transactional
    public CriterionScore adjust(Long campaignId, Long agencyId, Long criterionId, Long reviewerAgencyId,
                                 Long expectedVersion, String answer, boolean notApplicable, String reason,
                                 String username) {
        requireUnpublished(campaignId);
        requireSent(campaignId, agencyId);
        Criterion leaf = assignedLeaf(campaignId, agencyId, criterionId, reviewerAgencyId);
        if (reason == null || reason.isBlank()) {
            throw new AppraisalProblem("appraisal.error.reasonRequired", leaf.getCode());
        }
        LeafScore scored = score(leaf, answer, notApplicable);
        CriterionScore score = scores.findByCampaignIdAndAgencyIdAndCriterionId(campaignId, agencyId, leaf.getId())
                .orElseGet(() -> new CriterionScore(campaignId, agencyId, leaf.getId()));
        checkVersion(score, expectedVersion);
        String old = describe(score);
        setAppraisal(score, scored.applicable() ? answer.trim() : null, !scored.applicable(),
                scored.applicable() ? scored.points() : null, reason.trim(), username);
        scores.save(score);
        audit(score, old, reason, username);
        return score;
    }

    /** Published results never change silently: a score change after publication is refused. */
    void requireUnpublished(Long campaignId) {
        if (published.isPublished(campaignId)) {
            throw new AppraisalProblem("appraisal.error.published");
        }
    }

    /**
     * A self-assessment withdrawn by its agency is not appraised: a save waits for a withdrawal under way (the
     * assessment's row lock) and is then refused, so it never lands on a withdrawn assessment.
     */
    private void requireSent(Long campaignId, Long agencyId) {
        assessments.lockByCampaignIdAndAgencyId(campaignId, agencyId)
                .filter(a -> a.getStatus() == AssessmentStatus.OPEN || a.getStatus() == AssessmentStatus.SUBMITTED)
                .ifPresent(a -> {
                    throw new AppraisalProblem("appraisal.error.withdrawn");
                });
    }

    /** The leaf, checked to be one of those this reviewing department appraises for the agency. */
    @Transactional(readOnly = true)
    public Criterion assignedLeaf(Long campaignId, Long agencyId, Long criterionId, Long reviewerAgencyId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        Agency agency = agencies.findById(agencyId).orElseThrow();
        Criterion leaf = leafOf(campaign, agency, criterionId);
        if (!Objects.equals(reviewerOf(campaign, agency, leaf), reviewerAgencyId)) {
            throw new AccessDeniedException("criterion " + leaf.getCode() + " is not appraised by agency "
                    + reviewerAgencyId);
        }
        return leaf;
    }

    /** "có: 60.00", "N/A" or "—": a score as the audit trail shows it (the appraised one once appraised). */
    static String describe(CriterionScore score) {
        if (score.getId() == null) {
            return null;
        }
        boolean na = score.isAppraised() ? score.isAppraisedNa() : score.isSelfNa();
        String answer = score.isAppraised() ? score.getAppraisedAnswer() : score.getSelfAnswer();
        BigDecimal points = score.isAppraised() ? score.getAppraisedPoints() : score.getSelfPoints();
        if (na) {
            return "N/A";
        }
        if (answer == null) {
            return "—";
        }
        return answer + ": " + (points == null ? "—" : points.toPlainString());
    }

    private LeafScore score(Criterion leaf, String answer, boolean notApplicable) {
        try {
            Answer given = notApplicable ? Answer.notApplicable()
                    : answer == null || answer.isBlank() ? null : Answer.of(answer.trim());
            return leaf.scoringRule().score(leaf.getMaxPoints(), leaf.isNaAllowed(), given);
        } catch (InvalidAnswerException e) {
            throw new AppraisalProblem(e.key(), e.args());
        } catch (InvalidRuleParamsException e) {
            throw new AppraisalProblem("appraisal.error.noRule", leaf.getCode());
        }
    }

    private void setAppraisal(CriterionScore score, String answer, boolean na, BigDecimal points, String reason,
                              String username) {
        score.appraise(answer, na, points, reason, username, clock.instant());
        score.touched(username, clock.instant());
    }

    private void audit(CriterionScore score, String old, String reason, String username) {
        audits.save(new ScoreAudit(score.getCampaignId(), score.getAgencyId(), score.getCriterionId(), AUDIT_FIELD,
                old, describe(score), blankToNull(reason), username, clock.instant()));
    }

    private static void checkVersion(CriterionScore score, Long expectedVersion) {
        if (expectedVersion != null && score.getId() != null && score.getVersion() != expectedVersion) {
            throw new AppraisalProblem("appraisal.error.stale");
        }
    }

    private Criterion leafOf(Campaign campaign, Agency agency, Long criterionId) {
        FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
        return criteria.findById(criterionId)
                .filter(c -> version != null && version.getId().equals(c.getFrameworkVersion().getId()))
                .filter(Appraisals::isSelfAssessedLeaf)
                .orElseThrow(() -> new AssessmentNotFoundException("criterion " + criterionId
                        + " is not a leaf of this assessment"));
    }

    private static Long reviewerOf(Campaign campaign, Agency agency, Criterion leaf) {
        Optional<Agency> assigned = campaign.reviewerFor(agency.getType(), leaf.getCode());
        Agency standing = campaign.getOrganiser().getStandingAgency();
        return assigned.or(() -> Optional.ofNullable(standing)).map(Agency::getId).orElse(null);
    }

    private static boolean isSelfAssessedLeaf(Criterion criterion) {
        return criterion.isLeaf() && criterion.getMeasuredBy() == MeasuredBy.SELF_ASSESSMENT;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** "2.10" after "2.9": codes compared part by part as numbers. */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
