package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.common.BaseEntity;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.ScoringRule;
import vn.parindex.framework.rule.ScoringRules;
import vn.parindex.framework.scoring.ScoreKind;
import vn.parindex.framework.scoring.ScoreNode;

/**
 * A node of the criteria tree: a group (code "7"), a criterion ("7.1") or a sub-criterion ("7.1.2"),
 * to any depth. Leaves carry a scoring rule; inner nodes add up their children.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Criterion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FrameworkVersion frameworkVersion;
    @ManyToOne(fetch = FetchType.LAZY)
    @Setter(AccessLevel.PACKAGE) private Criterion parent;
    @OneToMany(mappedBy = "parent")
    @OrderBy("position")
    private List<Criterion> children = new ArrayList<>();
    @Setter private String code;
    /** Order within the whole tree (depth-first), so a version's criteria list reads as the tree. */
    @Setter private int position;
    @Setter private String title;
    @Setter private BigDecimal maxPoints;
    @Enumerated(EnumType.STRING)
    @Setter private RuleType ruleType;
    @Setter private String ruleParams;
    @Enumerated(EnumType.STRING)
    @Setter private MeasuredBy measuredBy = MeasuredBy.SELF_ASSESSMENT;
    @Setter private String guidance;
    @Setter private String evidence;
    @Setter private boolean naAllowed;
    /** The default reviewing department for this group or criterion; null means inherited or the organiser. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Setter private Agency reviewerAgency;

    public Criterion(FrameworkVersion frameworkVersion, Criterion parent, String code, String title,
                     BigDecimal maxPoints) {
        this.frameworkVersion = frameworkVersion;
        this.parent = parent;
        this.code = code;
        this.title = title;
        this.maxPoints = maxPoints;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The rule type to score with: a survey-measured leaf without one is scored as a ratio (survey % × max). */
    public RuleType effectiveRuleType() {
        return ruleType == null && measuredBy == MeasuredBy.SURVEY ? RuleType.RATIO : ruleType;
    }

    /**
     * This leaf's scoring rule.
     *
     * @throws vn.parindex.framework.rule.InvalidRuleParamsException if it has none or its parameters are unreadable
     */
    public ScoringRule scoringRule() {
        return ScoringRules.of(effectiveRuleType(), ruleParams);
    }

    /** This node as the scoring reads it. */
    public ScoreNode scoreNode() {
        return new ScoreNode(getId(), parent == null ? null : parent.getId(), code, title, maxPoints, ruleType);
    }

    /** What this node, taken as a root, does to the total (see {@link ScoreKind}). */
    public ScoreKind rootKind() {
        return ScoreKind.ofRoot(isLeaf(), ruleType);
    }

    /** Depth in the tree: 1 for a group, 2 for a criterion, 3 for a sub-criterion … */
    public int depth() {
        return code.split("\\.").length;
    }
}
