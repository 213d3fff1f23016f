package vn.parindex.assessment.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A document (tài liệu kiểm chứng) attached to one leaf of one agency's assessment. */
@Entity
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private StoredFile storedFile;
    private String originalName;
    @Enumerated(EnumType.STRING)
    private EvidencePurpose purpose;
    private String uploadedBy;
    private Instant uploadedAt;
    private boolean removed;

    protected EvidenceFile() {
    }

    public EvidenceFile(Long campaignId, Long agencyId, Long criterionId, StoredFile storedFile, String originalName,
                        EvidencePurpose purpose, String uploadedBy, Instant uploadedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
        this.storedFile = storedFile;
        this.originalName = originalName;
        this.purpose = purpose;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getAgencyId() { return agencyId; }
    public Long getCriterionId() { return criterionId; }
    public StoredFile getStoredFile() { return storedFile; }
    public String getOriginalName() { return originalName; }
    public EvidencePurpose getPurpose() { return purpose; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public boolean isRemoved() { return removed; }
    public void remove() { this.removed = true; }
}
