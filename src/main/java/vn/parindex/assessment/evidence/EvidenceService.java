package vn.parindex.assessment.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.AssessmentNotFoundException;
import vn.parindex.assessment.OpenTasks;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.security.CurrentUser;
import vn.parindex.timeline.Countdown;
import vn.parindex.timeline.Countdowns;

/**
 * Evidence documents of an agency's assessment: checked (allowed type, size, bytes matching the name), stored
 * once per content, attached to a leaf with a purpose, removed (kept, flagged) and audited.
 */
@Service
public class EvidenceService {

    private final AssessmentAccess access;
    private final OpenTasks openTasks;
    private final EvidenceStorage storage;
    private final StoredFileRepository storedFiles;
    private final EvidenceFileRepository evidence;
    private final ScoreAuditRepository audits;
    private final AppClock clock;
    private final long maxBytes;
    private final Countdowns countdowns;

    EvidenceService(AssessmentAccess access, OpenTasks openTasks, EvidenceStorage storage,
                    StoredFileRepository storedFiles, EvidenceFileRepository evidence, ScoreAuditRepository audits,
                    AppClock clock, @Value("${parindex.evidence.max-bytes:20971520}") long maxBytes,
                    Countdowns countdowns) {
        this.countdowns = countdowns;
        this.access = access;
        this.openTasks = openTasks;
        this.storage = storage;
        this.storedFiles = storedFiles;
        this.evidence = evidence;
        this.audits = audits;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Attaches a file to a leaf.
     *
     * @throws EvidenceRejectedException if the file is empty, too big, of a forbidden type, its bytes do not match
     *                                   its extension, or the step it belongs to is closed
     */
    @Transactional
    public EvidenceFile upload(CurrentUser user, Long campaignId, Long agencyId, Long criterionId, String originalName,
                               byte[] bytes, EvidencePurpose purpose) {
        AssessmentAccess.Scope scope = access.edit(user, campaignId, agencyId);
        scope.leaf(criterionId);
        requireOpen(campaignId, agencyId, purpose);
        String name = cleanName(originalName);
        if (bytes == null || bytes.length == 0) {
            throw new EvidenceRejectedException("evidence.error.empty", name + " is empty", name);
        }
        if (bytes.length > maxBytes) {
            throw new EvidenceRejectedException("evidence.error.tooBig", name + " is too big", name,
                    megabytes(bytes.length), megabytes(maxBytes));
        }
        String contentType = EvidenceTypes.check(name, bytes);
        StoredFile stored = store(bytes, contentType);
        EvidenceFile file = evidence.save(new EvidenceFile(campaignId, agencyId, criterionId, stored, name, purpose,
                user.username(), clock.instant()));
        audits.save(new ScoreAudit(campaignId, agencyId, criterionId, "evidence", null,
                name + " (" + purpose + ")", null, user.username(), clock.instant()));
        return file;
    }

    /** Flags a file as removed (the row and bytes stay, for the audit trail). */
    @Transactional
    public EvidenceFile remove(CurrentUser user, Long evidenceId, String reason) {
        AssessmentAccess.requireEditorRole(user);
        EvidenceFile file = evidence.findById(evidenceId).filter(f -> !f.isRemoved())
                .orElseThrow(() -> new AssessmentNotFoundException("No evidence " + evidenceId));
        access.edit(user, file.getCampaignId(), file.getAgencyId());
        requireOpen(file.getCampaignId(), file.getAgencyId(), file.getPurpose());
        file.remove();
        audits.save(new ScoreAudit(file.getCampaignId(), file.getAgencyId(), file.getCriterionId(), "evidence",
                file.getOriginalName() + " (" + file.getPurpose() + ")", null, reason, user.username(), clock.instant()));
        return file;
    }

    /** A file the user may download; 403 for those who may not see the agency's assessment. */
    @Transactional(readOnly = true)
    public Download download(CurrentUser user, Long evidenceId, boolean preview) {
        AssessmentAccess.requireReaderRole(user);
        EvidenceFile file = evidence.findById(evidenceId).filter(f -> !f.isRemoved() && !f.isReference())
                .orElseThrow(() -> new AssessmentNotFoundException("No evidence file " + evidenceId));
        AssessmentAccess.Scope scope = readable(user, file);
        StoredFile stored = file.getStoredFile();
        if (preview && (!scope.overseer() || !EvidenceTypes.previewable(stored.getContentType()))) {
            throw new org.springframework.security.access.AccessDeniedException("No preview of this file");
        }
        return new Download(file.getOriginalName(), stored.getContentType(), stored.getSizeBytes(),
                storage.path(stored.getStorageKey()));
    }

    /** A file of an assessment the user may read. */
    @Transactional(readOnly = true)
    public EvidenceFile find(CurrentUser user, Long evidenceId) {
        AssessmentAccess.requireReaderRole(user);
        EvidenceFile file = evidence.findById(evidenceId)
                .orElseThrow(() -> new AssessmentNotFoundException("No evidence " + evidenceId));
        readable(user, file);
        return file;
    }

    /** The user's scope, if it covers the file's criterion: reviewers see only the files of their criteria. */
    private AssessmentAccess.Scope readable(CurrentUser user, EvidenceFile file) {
        AssessmentAccess.Scope scope = access.read(user, file.getCampaignId(), file.getAgencyId());
        if (!scope.seesCriterion(file.getCriterionId())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    user.username() + " does not appraise the criterion of evidence " + file.getId());
        }
        return scope;
    }

    /** Whether the user reads the agency's assessment as a reviewer or organiser (and may preview files). */
    @Transactional(readOnly = true)
    public boolean overseer(CurrentUser user, Long campaignId, Long agencyId) {
        return access.read(user, campaignId, agencyId).overseer();
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> ofLeaf(Long campaignId, Long agencyId, Long criterionId) {
        return evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(campaignId, agencyId,
                criterionId);
    }

    public static boolean previewable(EvidenceFile file) {
        return !file.isReference() && EvidenceTypes.previewable(file.getStoredFile().getContentType());
    }

    private void requireOpen(Long campaignId, Long agencyId, EvidencePurpose purpose) {
        String task = switch (purpose) {
            case SELF_ASSESSMENT -> OpenTasks.SUBMIT;
            case SUPPLEMENTARY -> OpenTasks.SUPPLEMENTARY;
            case OBJECTION -> null;
        };
        if (task != null && openTasks.find(campaignId, agencyId, task).isEmpty()) {
            throw new EvidenceRejectedException("evidence.error.closed", "No open " + task + " task", purpose.name());
        }
        Countdown countdown = purpose == EvidencePurpose.SELF_ASSESSMENT
                ? countdowns.of(campaignId, agencyId, MilestoneType.SELF_ASSESSMENT) : null;
        if (countdown != null && countdown.locked()) {
            throw new EvidenceRejectedException("scorecard.error.locked", "Past the deadline", countdown.due());
        }
    }

    private StoredFile store(byte[] bytes, String contentType) {
        String sha256 = sha256(bytes);
        StoredFile known = storedFiles.findBySha256(sha256).orElse(null);
        if (known != null) {
            if (!storage.exists(known.getStorageKey())) {
                // the row outlived its bytes (a database restored without its files): put them back
                storage.writeAt(known.getStorageKey(), bytes);
            }
            return known;
        }
        String key = storage.write(bytes);
        try {
            return storedFiles.saveAndFlush(new StoredFile(sha256, bytes.length, contentType, key, clock.instant()));
        } catch (RuntimeException e) {
            storage.discard(key);
            throw e;
        }
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 300 ? base.substring(base.length() - 300) : base;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the download endpoint streams. */
    public record Download(String name, String contentType, long size, java.nio.file.Path path) {
    }
}
