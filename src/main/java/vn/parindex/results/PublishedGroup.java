package vn.parindex.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;
import vn.parindex.framework.scoring.NodeScore;

/** One group's points and sub-index in a published row. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class PublishedGroup extends BaseEntity {

    private int position;
    private String code;
    private String title;
    private BigDecimal points;
    private BigDecimal applicableMax;
    private BigDecimal subIndex;

    PublishedGroup(int position, NodeScore group) {
        this.position = position;
        this.code = group.code();
        this.title = group.node().title();
        this.points = group.points().setScale(2, RoundingMode.HALF_UP);
        this.applicableMax = group.applicableMax().setScale(2, RoundingMode.HALF_UP);
        this.subIndex = group.subIndex();
    }
}
