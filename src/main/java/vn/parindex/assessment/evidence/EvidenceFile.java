package vn.parindex.assessment.evidence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/**
 * A piece of evidence (tài liệu kiểm chứng) attached to one leaf of one agency's assessment: an uploaded file, or
 * a reference to an issued document. A piece supporting several leaves has a row per leaf sharing {@link #pieceKey}.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class EvidenceFile extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    @ManyToOne(fetch = FetchType.EAGER)
    private StoredFile storedFile;
    @Enumerated(EnumType.STRING)
    private EvidenceKind kind = EvidenceKind.FILE;
    private String docNumber;
    private LocalDate docIssuedOn;
    private String docIssuer;
    private String docSummary;
    private String docLink;
    private Long pieceId;
    private Long reusedFromId;
    private String originalName;
    @Enumerated(EnumType.STRING)
    private EvidencePurpose purpose;
    private String uploadedBy;
    private Instant uploadedAt;
    private boolean removed;

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

    /** A reference to an issued document; its name is how lists show it: "số ký hiệu — trích yếu". */
    static EvidenceFile reference(Long campaignId, Long agencyId, Long criterionId, DocumentReference doc,
                                  EvidencePurpose purpose, String by, Instant at) {
        String name = doc.number() + " — " + doc.summary();
        EvidenceFile file = new EvidenceFile(campaignId, agencyId, criterionId, null,
                name.length() > 300 ? name.substring(0, 300) : name, purpose, by, at);
        file.kind = EvidenceKind.REFERENCE;
        file.docNumber = doc.number();
        file.docIssuedOn = doc.issuedOn();
        file.docIssuer = doc.issuer();
        file.docSummary = doc.summary();
        file.docLink = doc.link();
        return file;
    }

    /** The same piece on another leaf (pieceId set), or last year's piece again (reusedFrom set): the file is shared. */
    EvidenceFile copyTo(Long campaignId, Long criterionId, Long pieceId, Long reusedFromId, String by, Instant at) {
        EvidenceFile copy = new EvidenceFile(campaignId, agencyId, criterionId, storedFile, originalName,
                EvidencePurpose.SELF_ASSESSMENT, by, at);
        copy.kind = kind;
        copy.docNumber = docNumber;
        copy.docIssuedOn = docIssuedOn;
        copy.docIssuer = docIssuer;
        copy.docSummary = docSummary;
        copy.docLink = docLink;
        copy.pieceId = pieceId;
        copy.reusedFromId = reusedFromId;
        return copy;
    }

    /** The id shared by the rows of one piece (the first row's id). */
    public Long pieceKey() {
        return pieceId == null ? getId() : pieceId;
    }

    public boolean isReference() { return kind == EvidenceKind.REFERENCE; }
    public void remove() { this.removed = true; }
}
