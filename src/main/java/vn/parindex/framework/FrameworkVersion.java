package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.common.BaseEntity;
import vn.parindex.framework.scoring.ScoringTree;

/** One version of a framework: a tree of criteria. A published version never changes. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class FrameworkVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Framework framework;
    private int number;
    @Enumerated(EnumType.STRING)
    private VersionStatus status = VersionStatus.DRAFT;
    /** The declared total (100 in every plan seen); the groups' maxima must add up to it. */
    private BigDecimal totalPoints;
    @ManyToOne(fetch = FetchType.LAZY)
    @Setter private FrameworkVersion basedOn;
    @Setter private String note;
    private Instant createdAt;
    private Instant publishedAt;
    private String publishedBy;
    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();
    @Version
    private long version;

    public FrameworkVersion(Framework framework, int number, BigDecimal totalPoints, Instant createdAt) {
        this.framework = framework;
        this.number = number;
        this.totalPoints = totalPoints;
        this.createdAt = createdAt;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public void publish(String by, Instant at) {
        requireDraft();
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** Throws if this version is published: published versions are immutable. */
    public void requireDraft() {
        if (isPublished()) {
            throw new PublishedVersionException(this);
        }
    }

    /** The tree as the scoring reads it. */
    public ScoringTree scoringTree() {
        return new ScoringTree(criteria.stream().map(Criterion::scoreNode).toList());
    }

    public List<Criterion> roots() {
        return criteria.stream().filter(c -> c.getParent() == null).toList();
    }

    public void setTotalPoints(BigDecimal totalPoints) { requireDraft(); this.totalPoints = totalPoints; }
    /** All criteria of the tree, in tree order (parents before children). */
    public List<Criterion> getCriteria() { return criteria; }
}
