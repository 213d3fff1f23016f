package vn.parindex.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.AssessmentNotFoundException;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.Deadlines;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.results.PublishedResults;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * After appraisal, before aggregation: the agency sees its appraised scores and may explain or object on a leaf
 * while the supplementary window is open; the leaf's reviewer keeps or changes the score, with a reason.
 */
@Service
@RequiredArgsConstructor
public class Objections {

    /** The field name of a kept score in score_audit (a changed one is an "appraisal" change). */
    public static final String AUDIT_FIELD = "objection";

    private final ObjectionRepository objections;
    private final Appraisals appraisals;
    private final CriterionScoreRepository scores;
    private final ScoreAuditRepository audits;
    private final CriterionRepository criteria;
    private final Campaigns campaigns;
    private final AgencyRepository agencies;
    private final Deadlines deadlines;
    private final AppClock clock;
    private final PublishedResults published;

    public record ResultRow(Criterion leaf, CriterionScore score, List<Objection> objections) {
    }

    public record Results(Campaign campaign, Agency agency, List<ResultRow> rows, boolean windowOpen, String due,
                          boolean published) {
    }

    /** An objection with what a reviewer needs to know about it. */
    public record Row(Objection objection, String agencyName, Criterion leaf, CriterionScore score) {
    }

    /** The agency's appraised scores, for its officers and head and the organiser's staff and council. */
    @Transactional(readOnly = true)
    public Results results(Long campaignId, Long agencyId, CurrentUser user) {
        Campaign campaign = visibleCampaign(campaignId, user);
        Agency agency = visibleAgency(campaign, agencyId, user);
        FrameworkVersion version = campaign.getFrameworks().get(agency.getType());
        Map<Long, CriterionScore> byLeaf = scores.findByCampaignIdAndAgencyId(campaign.getId(), agency.getId())
                .stream().collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity()));
        Map<Long, List<Objection>> filed = objections
                .findByCampaignIdAndAgencyIdOrderByFiledAt(campaign.getId(), agency.getId()).stream()
                .collect(Collectors.groupingBy(Objection::getCriterionId));
        List<ResultRow> rows = version == null ? List.of() : version.getCriteria().stream()
                .filter(c -> c.isLeaf() && c.getMeasuredBy() == MeasuredBy.SELF_ASSESSMENT)
                .sorted((a, b) -> Appraisals.compareCodes(a.getCode(), b.getCode()))
                .map(c -> new ResultRow(c, byLeaf.get(c.getId()), filed.getOrDefault(c.getId(), List.of())))
                .toList();
        return new Results(campaign, agency, rows, windowOpen(campaign.getId(), agency.getId()),
                VietnamTime.format(deadlines.dueDate(campaign.getId(), agency.getId(), MilestoneType.SUPPLEMENTARY)),
                published.isPublished(campaign.getId()));
    }

    /** Whether the agency may still explain or object: results unpublished and the SUPPLEMENTARY due date not passed. */
    @Transactional(readOnly = true)
    public boolean windowOpen(Long campaignId, Long agencyId) {
        return !published.isPublished(campaignId) && !clock.today().isAfter(deadlines.dueDate(campaignId, agencyId, MilestoneType.SUPPLEMENTARY));
    }

    /** The agency's officer or head explains or objects on one leaf while the supplementary window is open. */
    @Transactional
    public Objection file(Long campaignId, Long agencyId, Long criterionId, Objection.Kind kind, String text,
                          CurrentUser user) {
        if (!user.hasAny(Role.OFFICER, Role.HEAD)) {
            throw new AccessDeniedException(user.username() + " is no agency's officer or head");
        }
        visibleAgency(visibleCampaign(campaignId, user), agencyId, user);
        if (!mayObject(user, agencyId)) {
            throw new AccessDeniedException(user.username() + " may not object for agency " + agencyId);
        }
        String username = user.username();
        Long reviewer = appraisals.reviewerOf(campaignId, agencyId, criterionId);
        Criterion leaf = criteria.findById(criterionId).orElseThrow();
        appraisals.requireUnpublished(campaignId);
        if (!windowOpen(campaignId, agencyId)) {
            throw new AppraisalProblem("appraisal.objection.error.closed");
        }
        if (text == null || text.isBlank()) {
            throw new AppraisalProblem("appraisal.objection.error.textRequired", leaf.getCode());
        }
        return objections.save(new Objection(campaignId, agencyId, leaf.getId(), reviewer,
                kind == null ? Objection.Kind.OBJECTION : kind, text.trim(), username, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Row> openFor(Set<Long> reviewerAgencies) {
        return reviewerAgencies.stream()
                .flatMap(id -> objections.findByReviewerAgencyIdAndAnsweredAtIsNullOrderByFiledAt(id).stream())
                .map(this::row).toList();
    }

    /** The objection, if one of the given reviewing departments is to answer it. */
    @Transactional(readOnly = true)
    public Row forReviewer(Long objectionId, Set<Long> reviewerAgencies, Long organiserId) {
        Objection objection = objections.findById(objectionId)
                .filter(o -> campaigns.findInOrganiser(o.getCampaignId(), organiserId).isPresent())
                .orElseThrow(() -> new AssessmentNotFoundException("No objection " + objectionId + " for this organiser"));
        if (!reviewerAgencies.contains(objection.getReviewerAgencyId())) {
            throw new AccessDeniedException("objection " + objectionId + " is for another reviewer");
        }
        return row(objection);
    }

    /** The reviewer keeps the score or changes it (scored by the leaf's rule); the reason is mandatory. */
    @Transactional
    public void answer(Long objectionId, Set<Long> reviewerAgencies, Long organiserId, Objection.Decision decision,
                       String answer, boolean notApplicable, String reason, String username) {
        Objection objection = forReviewer(objectionId, reviewerAgencies, organiserId).objection();
        if (objection.isAnswered()) {
            throw new AppraisalProblem("appraisal.objection.error.answered");
        }
        appraisals.requireUnpublished(objection.getCampaignId());
        Criterion leaf = criteria.findById(objection.getCriterionId()).orElseThrow();
        if (reason == null || reason.isBlank()) {
            throw new AppraisalProblem("appraisal.error.reasonRequired", leaf.getCode());
        }
        if (decision == Objection.Decision.CHANGED) {
            appraisals.adjust(objection.getCampaignId(), objection.getAgencyId(), objection.getCriterionId(),
                    objection.getReviewerAgencyId(), null, answer, notApplicable, reason, username);
        } else {
            String current = scores.findByCampaignIdAndAgencyIdAndCriterionId(objection.getCampaignId(),
                    objection.getAgencyId(), objection.getCriterionId()).map(Appraisals::describe).orElse(null);
            audits.save(new ScoreAudit(objection.getCampaignId(), objection.getAgencyId(), objection.getCriterionId(),
                    AUDIT_FIELD, current, current, reason.trim(), username, clock.instant()));
            decision = Objection.Decision.KEPT;
        }
        objection.answer(decision, reason.trim(), username, clock.instant());
        objections.save(objection);
    }

    public static boolean mayObject(CurrentUser user, Long agencyId) {
        return user.agencyId().equals(agencyId) && user.hasAny(Role.OFFICER, Role.HEAD);
    }

    private Campaign visibleCampaign(Long campaignId, CurrentUser user) {
        return campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    private Agency visibleAgency(Campaign campaign, Long agencyId, CurrentUser user) {
        Agency agency = agencies.findByIdAndOrganiserId(agencyId, user.organiserId())
                .filter(a -> campaigns.assessedAgency(campaign.getId(), a.getId()).isPresent())
                .orElseThrow(() -> new AssessmentNotFoundException("Agency " + agencyId + " is not in this campaign"));
        if (!user.maySeeAgency(user.organiserId(), agency.getId())) {
            throw new AccessDeniedException(user.username() + " may not see agency " + agencyId);
        }
        return agency;
    }

    private Row row(Objection o) {
        return new Row(o, agencies.findById(o.getAgencyId()).map(Agency::getName).orElse(""),
                criteria.findById(o.getCriterionId()).orElseThrow(),
                scores.findByCampaignIdAndAgencyIdAndCriterionId(o.getCampaignId(), o.getAgencyId(), o.getCriterionId())
                        .orElse(null));
    }
}
