package vn.parindex.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.DeadlineChanges;
import vn.parindex.campaign.Deadlines;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.AuditKind;
import vn.parindex.security.AuditLog;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.workflow.Workflow;

/**
 * Withdrawing a sent self-assessment so the agency can correct it: before the deadline by the head (or an officer
 * while the head has not signed it off), after the deadline only by the organiser, who then gives the agency a
 * new date. The process withdraws the sign-off or appraisal tasks (a message event) and opens the scorecard; the
 * appraisal done so far is cleared. Refusals are {@link ScoreRejectedException}s; nothing is changed then.
 */
@Service
@RequiredArgsConstructor
public class Withdrawals {

    /** The field of score_audit that records a withdrawal (no criterion). */
    public static final String AUDIT_FIELD = "withdrawal";
    private static final Set<AssessmentStatus> SENT = EnumSet.of(AssessmentStatus.SUBMITTED, AssessmentStatus.IN_APPRAISAL);

    private final AssessmentAccess access;
    private final AgencyAssessmentRepository assessments;
    private final CriterionScoreRepository scores;
    private final ScoreAuditRepository audits;
    private final Workflow processes;
    private final Campaigns campaigns;
    private final Deadlines deadlines;
    private final DeadlineChanges deadlineChanges;
    private final AuditLog auditLog;
    private final AppClock clock;

    /** Whether the page should offer this user the withdrawal (the checks of {@link #withdraw}, without a reason). */
    @Transactional(readOnly = true)
    public boolean mayWithdraw(CurrentUser user, Long campaignId, Long agencyId) {
        if (user == null || !user.hasAny(Role.OFFICER, Role.HEAD) || !agencyId.equals(user.agencyId())) {
            return false;
        }
        return assessments.findByCampaignIdAndAgencyId(campaignId, agencyId)
                .map(a -> refusal(user, a) == null).orElse(false);
    }

    /** The agency's head or officer withdraws its sent self-assessment before the deadline. */
    @Transactional
    public void withdraw(CurrentUser user, Long campaignId, Long agencyId, String reason) {
        access.edit(user, campaignId, agencyId);
        String why = requireReason(reason);
        AgencyAssessment assessment = locked(campaignId, agencyId);
        String refused = refusal(user, assessment);
        if (refused != null) {
            throw new ScoreRejectedException(refused, "Withdrawal refused: " + refused, dueDate(campaignId, agencyId));
        }
        withdrawLocked(assessment, user.username(), why);
    }

    /**
     * The organiser reopens one agency's sent self-assessment (after the deadline, say) with a reason and a new
     * date for it: withdrawn as above, then the deadline extended for that agency.
     */
    @Transactional
    public void reopenSent(CurrentUser user, Long campaignId, Long agencyId, LocalDate newDue, String reason) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("Only the organiser reopens a sent self-assessment");
        }
        campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        String why = requireReason(reason);
        if (newDue == null || !newDue.isAfter(clock.today().minusDays(1))) {
            throw new ScoreRejectedException("withdraw.error.newDue", "The new date must be today or later");
        }
        AgencyAssessment assessment = locked(campaignId, agencyId);
        if (!SENT.contains(assessment.getStatus())) {
            throw new ScoreRejectedException("withdraw.error.notSent", "Nothing sent to withdraw");
        }
        withdrawLocked(assessment, user.username(), why);
        deadlineChanges.extendForAgency(campaignId, agencyId, MilestoneType.SELF_ASSESSMENT, newDue, why,
                user.username());
    }

    private void withdrawLocked(AgencyAssessment assessment, String username, String reason) {
        AssessmentStatus before = assessment.getStatus();
        Long campaignId = assessment.getCampaign().getId();
        Long agencyId = assessment.getAgency().getId();
        if (!processes.withdraw(assessment.getProcessInstanceId(), username, reason)) {
            throw new ScoreRejectedException("withdraw.error.notNow", "Neither sign-off nor appraisal is waiting");
        }
        for (CriterionScore score : scores.findByCampaignIdAndAgencyId(campaignId, agencyId)) {
            if (score.isAppraised()) {
                score.clearAppraisal();
                score.touched(username, clock.instant());
            }
        }
        audits.save(new ScoreAudit(campaignId, agencyId, null, AUDIT_FIELD, before.name(), AssessmentStatus.OPEN.name(),
                reason, username, clock.instant()));
        auditLog.recordAfterCommit(AuditKind.SELF_ASSESSMENT_WITHDRAWN, "campaign " + campaignId + ", agency "
                + agencyId + " (" + before + "): " + reason);
    }

    /** Why this user may not withdraw now (a message key), or null. */
    private String refusal(CurrentUser user, AgencyAssessment assessment) {
        if (!SENT.contains(assessment.getStatus())) {
            return assessment.getStatus() == AssessmentStatus.OPEN ? "withdraw.error.notSent" : "withdraw.error.final";
        }
        if (assessment.getStatus() == AssessmentStatus.IN_APPRAISAL && !user.has(Role.HEAD)) {
            return "withdraw.error.headOnly";
        }
        if (clock.instant().isAfter(deadlines.dueAt(assessment.getCampaign().getId(), assessment.getAgency().getId(),
                MilestoneType.SELF_ASSESSMENT).toInstant())) {
            return "withdraw.error.afterDeadline";
        }
        return null;
    }

    /** The agency's self-assessment deadline (its extension included), dd/MM/yyyy. */
    public String dueDate(Long campaignId, Long agencyId) {
        return VietnamTime.DATE.format(deadlines.dueDate(campaignId, agencyId, MilestoneType.SELF_ASSESSMENT));
    }

    private AgencyAssessment locked(Long campaignId, Long agencyId) {
        return assessments.lockByCampaignIdAndAgencyId(campaignId, agencyId)
                .orElseThrow(() -> new ScoreRejectedException("withdraw.error.notSent", "Not launched"));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ScoreRejectedException("withdraw.error.reasonRequired", "A reason is required");
        }
        String why = reason.strip();
        if (why.length() > 1000) {
            throw new ScoreRejectedException("withdraw.error.reasonTooLong", "At most 1000 characters", 1000);
        }
        return why;
    }
}
