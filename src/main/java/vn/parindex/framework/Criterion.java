package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import vn.parindex.agency.Agency;
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
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FrameworkVersion frameworkVersion;
    @ManyToOne(fetch = FetchType.LAZY)
    private Criterion parent;
    @OneToMany(mappedBy = "parent")
    @OrderBy("position")
    private List<Criterion> children = new ArrayList<>();
    private String code;
    /** Order within the whole tree (depth-first), so a version's criteria list reads as the tree. */
    private int position;
    private String title;
    private BigDecimal maxPoints;
    @Enumerated(EnumType.STRING)
    private RuleType ruleType;
    private String ruleParams;
    @Enumerated(EnumType.STRING)
    private MeasuredBy measuredBy = MeasuredBy.SELF_ASSESSMENT;
    private String guidance;
    private String evidence;
    private boolean naAllowed;
    /** The default reviewing department for this group or criterion; null means inherited or the organiser. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Agency reviewerAgency;

    protected Criterion() {
    }

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
        return new ScoreNode(id, parent == null ? null : parent.getId(), code, title, maxPoints, ruleType);
    }

    /** What this node, taken as a root, does to the total (see {@link ScoreKind}). */
    public ScoreKind rootKind() {
        return ScoreKind.ofRoot(isLeaf(), ruleType);
    }

    /** Depth in the tree: 1 for a group, 2 for a criterion, 3 for a sub-criterion … */
    public int depth() {
        return code.split("\\.").length;
    }

    public Long getId() { return id; }
    public FrameworkVersion getFrameworkVersion() { return frameworkVersion; }
    public Criterion getParent() { return parent; }
    void setParent(Criterion parent) { this.parent = parent; }
    public List<Criterion> getChildren() { return children; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public void setMaxPoints(BigDecimal maxPoints) { this.maxPoints = maxPoints; }
    public RuleType getRuleType() { return ruleType; }
    public void setRuleType(RuleType ruleType) { this.ruleType = ruleType; }
    public String getRuleParams() { return ruleParams; }
    public void setRuleParams(String ruleParams) { this.ruleParams = ruleParams; }
    public MeasuredBy getMeasuredBy() { return measuredBy; }
    public void setMeasuredBy(MeasuredBy measuredBy) { this.measuredBy = measuredBy; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public boolean isNaAllowed() { return naAllowed; }
    public void setNaAllowed(boolean naAllowed) { this.naAllowed = naAllowed; }
    public Agency getReviewerAgency() { return reviewerAgency; }
    public void setReviewerAgency(Agency reviewerAgency) { this.reviewerAgency = reviewerAgency; }
}
