package vn.parindex.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** A published revision of a campaign's results: an immutable snapshot (no setters; rows written once). */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class PublishedRevision extends BaseEntity {

    private Long campaignId;
    private int revision;
    private String reason;
    private String decision;
    private String publishedBy;
    private Instant publishedAt;
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    @OrderBy("typeSortOrder, agencyTypeCode, indexValue desc, agencyName")
    private List<PublishedRow> rows = new ArrayList<>();

    public PublishedRevision(Long campaignId, int revision, String reason, String decision, String publishedBy,
                             Instant publishedAt, List<PublishedRow> rows) {
        this.campaignId = campaignId;
        this.revision = revision;
        this.reason = reason;
        this.decision = decision;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.rows.addAll(rows);
    }

    public List<PublishedRow> getRows() { return List.copyOf(rows); }
}
