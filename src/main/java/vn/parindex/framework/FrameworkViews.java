package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.AgencyType;
import vn.parindex.common.VietnamTime;
import vn.parindex.framework.rule.RuleType;

/** What the framework pages show, read in one transaction (the pages render after it has ended). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class FrameworkViews {

    public record FrameworkRow(Long id, int year, AgencyType agencyType, String name, List<VersionRow> versions) {
    }

    public record VersionRow(Long id, int number, VersionStatus status, String createdAt, String publishedAt,
                             String publishedBy, String basedOn, String note) {

        public boolean draft() {
            return status == VersionStatus.DRAFT;
        }
    }

    public record NodeView(Long id, String code, String title, BigDecimal max, RuleType ruleType, String ruleParams,
                           MeasuredBy measuredBy, String guidance, String evidence, boolean naAllowed,
                           String reviewerCode, String reviewerName, int depth, BigDecimal childrenSum,
                           boolean sumMismatch, List<NodeView> children) {

        public boolean leaf() {
            return children.isEmpty();
        }
    }

    public record TreeView(FrameworkRow framework, VersionRow version, BigDecimal total, BigDecimal groupsSum,
                           boolean totalMismatch, List<NodeView> roots, long leafCount, List<Problem> problems) {
    }

    /** Where a node is (or will be): what the node form shows. */
    public record NodePlace(Long versionId, Long criterionId, String code, String parentCode, String parentTitle,
                            boolean leaf) {
    }

    public record ExportedFile(String fileName, byte[] bytes) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final FrameworkService service;
    private final FrameworkExcel excel;

    public List<FrameworkRow> list(Long organiserId) {
        return frameworks.findByOrganiserIdOrderByYearDescAgencyTypeSortOrder(organiserId).stream()
                .map(this::row).toList();
    }

    public FrameworkRow framework(Long organiserId, Long frameworkId) {
        return row(service.framework(organiserId, frameworkId));
    }

    /** Every version of the organiser, newest year first: what a new framework may be copied from. */
    public List<FrameworkRow> copySources(Long organiserId) {
        return list(organiserId).stream().filter(f -> !f.versions().isEmpty()).toList();
    }

    public TreeView tree(Long organiserId, Long versionId) {
        FrameworkVersion version = service.version(organiserId, versionId);
        List<NodeView> roots = version.roots().stream().map(this::node).toList();
        BigDecimal groups = version.roots().stream().filter(c -> !FrameworkValidator.isAdjustment(c))
                .map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        long leaves = version.getCriteria().stream().filter(Criterion::isLeaf).count();
        List<Problem> problems = version.isPublished() ? List.of() : FrameworkValidator.validate(version);
        return new TreeView(row(version.getFramework()), versionRow(version), version.getTotalPoints(),
                groups, groups.compareTo(version.getTotalPoints()) != 0, roots, leaves, problems);
    }

    public ExportedFile export(Long organiserId, Long versionId) {
        FrameworkVersion version = service.version(organiserId, versionId);
        Framework framework = version.getFramework();
        String name = "bo-tieu-chi-%d-%s-v%d.xlsx".formatted(framework.getYear(),
                framework.getAgencyType().getCode().toLowerCase(Locale.ROOT), version.getNumber());
        return new ExportedFile(name, excel.export(version));
    }

    public NodePlace place(Long organiserId, Long criterionId) {
        Criterion node = service.criterion(organiserId, criterionId);
        Criterion parent = node.getParent();
        return new NodePlace(node.getFrameworkVersion().getId(), node.getId(), node.getCode(),
                parent == null ? null : parent.getCode(), parent == null ? null : parent.getTitle(), node.isLeaf());
    }

    /** The edit form of a draft's node. */
    public CriterionForm editForm(Long organiserId, Long criterionId) {
        Criterion node = service.criterion(organiserId, criterionId);
        node.getFrameworkVersion().requireDraft();
        return CriterionForm.of(node);
    }

    /** @throws PublishedVersionException if the version is published */
    public void requireDraft(Long organiserId, Long versionId) {
        service.version(organiserId, versionId).requireDraft();
    }

    /** Where a new node under the parent (null: a new group) of a draft goes. */
    public NodePlace newPlace(Long organiserId, Long versionId, Long parentId) {
        FrameworkVersion version = service.version(organiserId, versionId);
        version.requireDraft();
        Criterion parent = parent(version, parentId);
        return new NodePlace(versionId, null, null, parent == null ? null : parent.getCode(),
                parent == null ? null : parent.getTitle(), true);
    }

    /** The code after the parent's last child ("7.4" after "7.3"), or after the last group. */
    public String nextCode(Long organiserId, Long versionId, Long parentId) {
        FrameworkVersion version = service.version(organiserId, versionId);
        Criterion parent = parent(version, parentId);
        List<Criterion> siblings = parent == null ? version.roots() : parent.getChildren();
        int last = siblings.stream().map(c -> c.getCode().substring(c.getCode().lastIndexOf('.') + 1))
                .filter(n -> n.matches("\\d{1,4}")).mapToInt(Integer::parseInt).max().orElse(0);
        return (parent == null ? "" : parent.getCode() + ".") + (last + 1);
    }

    private static Criterion parent(FrameworkVersion version, Long parentId) {
        return parentId == null ? null : version.getCriteria().stream().filter(c -> c.getId().equals(parentId))
                .findFirst().orElseThrow(() -> new FrameworkNotFoundException("Criterion", parentId));
    }

    private FrameworkRow row(Framework framework) {
        List<VersionRow> rows = versions.findByFrameworkIdOrderByNumberDesc(framework.getId()).stream()
                .map(this::versionRow).toList();
        return new FrameworkRow(framework.getId(), framework.getYear(), framework.getAgencyType(), framework.getName(),
                rows);
    }

    private VersionRow versionRow(FrameworkVersion v) {
        FrameworkVersion basedOn = v.getBasedOn();
        String basedOnText = basedOn == null ? null
                : basedOn.getFramework().getYear() + " – v" + basedOn.getNumber();
        return new VersionRow(v.getId(), v.getNumber(), v.getStatus(), time(v.getCreatedAt()), time(v.getPublishedAt()),
                v.getPublishedBy(), basedOnText, v.getNote());
    }

    private NodeView node(Criterion c) {
        List<NodeView> children = c.getChildren().stream().map(this::node).toList();
        BigDecimal sum = c.getChildren().stream().map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean mismatch = !children.isEmpty() && sum.compareTo(c.getMaxPoints()) != 0;
        return new NodeView(c.getId(), c.getCode(), c.getTitle(), c.getMaxPoints(), c.getRuleType(),
                c.getRuleParams(), c.getMeasuredBy(), c.getGuidance(), c.getEvidence(), c.isNaAllowed(),
                c.getReviewerAgency() == null ? null : c.getReviewerAgency().getCode(),
                c.getReviewerAgency() == null ? null : c.getReviewerAgency().getName(), c.depth(),
                children.isEmpty() ? null : sum, mismatch, children);
    }

    static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : VietnamTime.DATE_TIME.format(instant.atZone(VietnamTime.ZONE));
    }
}
