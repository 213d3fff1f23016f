package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.Getter;

import vn.parindex.common.BaseEntity;
import vn.parindex.framework.scoring.NodeScore;

/** One agency in a published revision: total, index, rank, class and the sub-index of every group. */
@Entity
@Getter
public class PublishedRow extends BaseEntity {

    private Long agencyId;
    private String agencyCode;
    private String agencyName;
    private String agencyTypeCode;
    private String agencyTypeNameVi;
    private String agencyTypeNameEn;
    private int typeSortOrder;
    private BigDecimal totalPoints;
    private BigDecimal applicableMax;
    private BigDecimal bonusPoints;
    private BigDecimal penaltyPoints;
    private BigDecimal latePenaltyPoints;
    private BigDecimal indexValue;
    @Column(name = "rank_no")
    private Integer rank;
    private String classLabel;
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "row_id", nullable = false, updatable = false)
    @OrderBy("position")
    @org.hibernate.annotations.BatchSize(size = 500)
    private List<PublishedGroup> groups = new ArrayList<>();

    protected PublishedRow() {
    }

    static PublishedRow of(AgencyResult result) {
        PublishedRow row = new PublishedRow();
        row.agencyId = result.agencyId();
        row.agencyCode = result.agencyCode();
        row.agencyName = result.agencyName();
        row.agencyTypeCode = result.agencyTypeCode();
        row.agencyTypeNameVi = result.agencyTypeNameVi();
        row.agencyTypeNameEn = result.agencyTypeNameEn();
        row.typeSortOrder = result.typeSortOrder();
        row.totalPoints = result.index().total().setScale(2, java.math.RoundingMode.HALF_UP);
        row.applicableMax = result.index().applicableMax().setScale(2, java.math.RoundingMode.HALF_UP);
        row.bonusPoints = result.index().bonus().setScale(2, java.math.RoundingMode.HALF_UP);
        row.penaltyPoints = result.index().penalty().setScale(2, java.math.RoundingMode.HALF_UP);
        row.latePenaltyPoints = result.index().latePenalty().setScale(2, java.math.RoundingMode.HALF_UP);
        row.indexValue = result.index().index();
        row.rank = result.rank();
        row.classLabel = result.classLabel();
        int position = 0;
        for (NodeScore group : result.index().groups()) {
            row.groups.add(new PublishedGroup(position++, group));
        }
        return row;
    }

    public String typeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? agencyTypeNameEn : agencyTypeNameVi;
    }

    /** Null in revisions published before bonus and penalty were kept. */
    public BigDecimal getBonusPoints() { return bonusPoints; }
    public List<PublishedGroup> getGroups() { return List.copyOf(groups); }
}
