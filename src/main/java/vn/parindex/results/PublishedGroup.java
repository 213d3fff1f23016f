package vn.parindex.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import vn.parindex.framework.scoring.NodeScore;

/** One group's points and sub-index in a published row. */
@Entity
public class PublishedGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String code;
    private String title;
    private BigDecimal points;
    private BigDecimal applicableMax;
    private BigDecimal subIndex;

    protected PublishedGroup() {
    }

    PublishedGroup(int position, NodeScore group) {
        this.position = position;
        this.code = group.code();
        this.title = group.node().title();
        this.points = group.points().setScale(2, RoundingMode.HALF_UP);
        this.applicableMax = group.applicableMax().setScale(2, RoundingMode.HALF_UP);
        this.subIndex = group.subIndex();
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public BigDecimal getPoints() { return points; }
    public BigDecimal getApplicableMax() { return applicableMax; }
    public BigDecimal getSubIndex() { return subIndex; }
}
