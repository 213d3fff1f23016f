package vn.parindex.assessment.evidence;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.OpenTasks;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.framework.Criterion;
import vn.parindex.security.CurrentUser;

/**
 * Evidence beyond uploads: a reference to an issued document, one piece attached to another leaf of the same
 * scorecard, and last year's evidence of the same agency attached again (its stored file shared, not copied).
 * Only while the self-assessment is open, by the agency's own officers and head; refusals are
 * {@link EvidenceRejectedException}s with nothing written.
 */
@Service
@RequiredArgsConstructor
public class EvidenceReferences {

    private final AssessmentAccess access;
    private final OpenTasks openTasks;
    private final EvidenceFileRepository evidence;
    private final Campaigns campaigns;
    private final ScoreAuditRepository audits;
    private final AppClock clock;

    /** Cites an issued document as evidence of a leaf. */
    @Transactional
    public EvidenceFile addReference(CurrentUser user, Long campaignId, Long agencyId, Long criterionId,
                                     DocumentReference input) {
        Criterion leaf = editableLeaf(user, campaignId, agencyId, criterionId);
        DocumentReference doc = checked(input, leaf.getCode());
        EvidenceFile file = evidence.save(EvidenceFile.reference(campaignId, agencyId, criterionId, doc,
                EvidencePurpose.SELF_ASSESSMENT, user.username(), clock.instant()));
        audit(file, user);
        return file;
    }

    /** Attaches a piece already on this scorecard to one more of its leaves. */
    @Transactional
    public EvidenceFile attach(CurrentUser user, Long campaignId, Long agencyId, Long evidenceId, Long criterionId) {
        Criterion leaf = editableLeaf(user, campaignId, agencyId, criterionId);
        EvidenceFile piece = (evidenceId == null ? java.util.Optional.<EvidenceFile>empty() : evidence.findById(evidenceId))
                .filter(f -> !f.isRemoved() && f.getCampaignId().equals(campaignId) && f.getAgencyId().equals(agencyId))
                .orElseThrow(() -> new EvidenceRejectedException("evidence.error.noPiece", "No such piece", leaf.getCode()));
        requireNotOn(piece, piece.getCampaignId(), criterionId, leaf.getCode());
        EvidenceFile copy = evidence.save(piece.copyTo(piece.getCampaignId(), criterionId, piece.pieceKey(), null,
                user.username(), clock.instant()));
        audit(copy, user);
        return copy;
    }

    /** Attaches one of last year's pieces of the same agency to a leaf, sharing its stored file. */
    @Transactional
    public EvidenceFile reuse(CurrentUser user, Long campaignId, Long agencyId, Long criterionId, Long lastYearId) {
        Criterion leaf = editableLeaf(user, campaignId, agencyId, criterionId);
        Campaign lastYear = lastYearCampaign(campaignId, agencyId);
        EvidenceFile old = (lastYearId == null ? java.util.Optional.<EvidenceFile>empty() : evidence.findById(lastYearId))
                .filter(f -> !f.isRemoved())
                .filter(f -> f.getCampaignId().equals(lastYear.getId()) && f.getAgencyId().equals(agencyId))
                .orElseThrow(() -> new EvidenceRejectedException("evidence.error.notLastYears",
                        "Not last year's evidence of this agency", leaf.getCode()));
        requireNotOn(old, campaignId, criterionId, leaf.getCode());
        EvidenceFile copy = evidence.save(old.copyTo(campaignId, criterionId, null, old.pieceKey(), user.username(),
                clock.instant()));
        audit(copy, user);
        return copy;
    }

    /** Last year's pieces of the agency (each once), to attach again. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> lastYears(CurrentUser user, Long campaignId, Long agencyId) {
        access.edit(user, campaignId, agencyId);
        Campaign lastYear = lastYearCampaign(campaignId, agencyId);
        return once(evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(lastYear.getId(), agencyId));
    }

    /** What a leaf's evidence form offers: this scorecard's pieces not on the leaf, and last year's (if any). */
    @Transactional(readOnly = true)
    public Choices choices(CurrentUser user, Long campaignId, Long agencyId, Long criterionId) {
        return choicesOf(user, campaignId, agencyId).forLeaf(criterionId);
    }

    /** The same for every leaf of the scorecard, read once: a page of a hundred leaves asks for each. */
    @Transactional(readOnly = true)
    public AgencyChoices choicesOf(CurrentUser user, Long campaignId, Long agencyId) {
        List<EvidenceFile> all = evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(campaignId,
                agencyId);
        List<EvidenceFile> last;
        try {
            last = lastYears(user, campaignId, agencyId);
        } catch (EvidenceRejectedException e) {
            last = List.of();
        }
        return new AgencyChoices(all, last);
    }

    /** A scorecard's pieces and last year's, from which each leaf's {@link Choices} are cut. */
    public record AgencyChoices(List<EvidenceFile> all, List<EvidenceFile> lastYear) {
        public Choices forLeaf(Long criterionId) {
            List<Long> here = all.stream().filter(f -> f.getCriterionId().equals(criterionId))
                    .map(EvidenceFile::pieceKey).toList();
            return new Choices(once(all).stream().filter(f -> !here.contains(f.pieceKey())).toList(), lastYear);
        }
    }

    /** Every piece once, with the codes of the leaves it supports that the user sees (reviewers: theirs). */
    @Transactional(readOnly = true)
    public List<Piece> pieces(CurrentUser user, Long campaignId, Long agencyId) {
        AssessmentAccess.Scope scope = access.read(user, campaignId, agencyId);
        Map<Long, String> codes = new LinkedHashMap<>();
        for (Criterion c : scope.framework().getCriteria()) {
            if (c.isLeaf() && scope.sees(c)) {
                codes.put(c.getId(), c.getCode());
            }
        }
        Map<Long, Piece> pieces = new LinkedHashMap<>();
        for (EvidenceFile f : evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(campaignId, agencyId)) {
            String code = codes.get(f.getCriterionId());
            if (code != null) {
                pieces.computeIfAbsent(f.pieceKey(), k -> new Piece(f, new ArrayList<>())).codes().add(code);
            }
        }
        return List.copyOf(pieces.values());
    }

    /** One piece of evidence and the codes of the leaves it supports. */
    public record Piece(EvidenceFile file, List<String> codes) {
    }

    /** The pieces a leaf may take: {@code others} already on this scorecard, {@code lastYear} from last year. */
    public record Choices(List<EvidenceFile> others, List<EvidenceFile> lastYear) {
    }

    private Campaign lastYearCampaign(Long campaignId, Long agencyId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow();
        int year = campaign.getYear() - 1;
        return campaigns.ofOrganiserInYear(campaign.getOrganiser().getId(), year)
                .filter(c -> campaigns.assessedAgency(c.getId(), agencyId).isPresent())
                .orElseThrow(() -> new EvidenceRejectedException("evidence.error.noLastYear",
                        "The agency was not assessed in " + year, String.valueOf(year)));
    }

    private Criterion editableLeaf(CurrentUser user, Long campaignId, Long agencyId, Long criterionId) {
        Criterion leaf = access.edit(user, campaignId, agencyId).leaf(criterionId);
        if (openTasks.find(campaignId, agencyId, OpenTasks.SUBMIT).isEmpty()) {
            throw new EvidenceRejectedException("evidence.error.closed", "Self-assessment not open", "SELF_ASSESSMENT");
        }
        return leaf;
    }

    private void requireNotOn(EvidenceFile piece, Long campaignId, Long criterionId, String code) {
        boolean already = evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(campaignId,
                piece.getAgencyId(), criterionId).stream().anyMatch(f -> f.pieceKey().equals(piece.pieceKey())
                || Objects.equals(f.getReusedFromId(), piece.pieceKey()));
        if (already) {
            throw new EvidenceRejectedException("evidence.error.alreadyAttached", "Already on this leaf", code,
                    piece.getOriginalName());
        }
    }

    /** The reference as typed, trimmed; which field is wrong and why, otherwise. */
    private DocumentReference checked(DocumentReference in, String code) {
        String number = trim(in.number(), 100);
        String issuer = trim(in.issuer(), 300);
        String summary = trim(in.summary(), 1000);
        String link = trim(in.link(), 500);
        if (number == null) {
            throw new EvidenceRejectedException("evidence.error.refNumber", "No document number", code);
        }
        if (in.issuedOn() == null) {
            throw new EvidenceRejectedException("evidence.error.refDate", "No issue date", code);
        }
        if (in.issuedOn().isAfter(clock.today())) {
            throw new EvidenceRejectedException("evidence.error.refFuture", "Issue date in the future", code,
                    VietnamTime.DATE.format(in.issuedOn()));
        }
        if (issuer == null) {
            throw new EvidenceRejectedException("evidence.error.refIssuer", "No issuer", code);
        }
        if (summary == null) {
            throw new EvidenceRejectedException("evidence.error.refSummary", "No summary", code);
        }
        if (link != null && !webAddress(link)) {
            throw new EvidenceRejectedException("evidence.error.refLink", "Not a web address", code, link);
        }
        return new DocumentReference(number, in.issuedOn(), issuer, summary, link);
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static List<EvidenceFile> once(List<EvidenceFile> files) {
        Map<Long, EvidenceFile> first = new LinkedHashMap<>();
        files.forEach(f -> first.putIfAbsent(f.pieceKey(), f));
        return List.copyOf(first.values());
    }

    private void audit(EvidenceFile file, CurrentUser user) {
        audits.save(new ScoreAudit(file.getCampaignId(), file.getAgencyId(), file.getCriterionId(), "evidence", null,
                file.getOriginalName() + " (" + file.getKind() + ")", null, user.username(), clock.instant()));
    }
}
