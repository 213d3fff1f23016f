package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.AgencyType;
import vn.parindex.agency.AgencyTypeRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.AppClock;

/**
 * Creates frameworks and versions, publishes them and edits drafts. Every call names the organiser: records of
 * another organiser are not found. A published version is never changed ({@link PublishedVersionException}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class FrameworkService {

    /** Every plan seen declares 100 points. */
    static final BigDecimal DEFAULT_TOTAL = BigDecimal.valueOf(100).setScale(2);

    public record NewFramework(Long agencyTypeId, int year, String name, Long copyFromVersionId) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CriterionRepository criteria;
    private final OrganiserRepository organisers;
    private final AgencyTypeRepository agencyTypes;
    private final EntityManager entityManager;
    private final AppClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public Framework framework(Long organiserId, Long frameworkId) {
        return frameworks.findByIdAndOrganiserId(frameworkId, organiserId)
                .orElseThrow(() -> new FrameworkNotFoundException("Framework", frameworkId));
    }

    @Transactional(readOnly = true)
    public FrameworkVersion version(Long organiserId, Long versionId) {
        return versions.findInOrganiser(versionId, organiserId)
                .orElseThrow(() -> new FrameworkNotFoundException("Framework version", versionId));
    }

    @Transactional(readOnly = true)
    public Criterion criterion(Long organiserId, Long criterionId) {
        return criteria.findInOrganiser(criterionId, organiserId)
                .orElseThrow(() -> new FrameworkNotFoundException("Criterion", criterionId));
    }

    /**
     * A new framework with its version 1 as a draft: empty, or a copy of one of the organiser's versions
     * (last year's framework, typically).
     */
    public FrameworkVersion create(Long organiserId, NewFramework command) {
        Organiser organiser = organisers.findById(organiserId).orElseThrow();
        AgencyType type = agencyTypes.findById(command.agencyTypeId())
                .orElseThrow(() -> new FrameworkException("framework.error.agencyType"));
        frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(organiserId, type.getId(), command.year())
                .ifPresent(existing -> {
                    throw new FrameworkException("framework.error.duplicate", existing.getName(),
                            String.valueOf(command.year()));
                });
        FrameworkVersion source = command.copyFromVersionId() == null ? null
                : version(organiserId, command.copyFromVersionId());
        Framework framework = frameworks.save(new Framework(organiser, type, command.year(), command.name().strip()));
        FrameworkVersion draft = new FrameworkVersion(framework, 1,
                source == null ? DEFAULT_TOTAL : source.getTotalPoints(), clock.instant());
        if (source != null) {
            draft.setBasedOn(source);
            copyTree(source, draft);
        }
        return versions.save(draft);
    }

    /** A new draft copied from any version of the same framework, numbered after the last one. */
    public FrameworkVersion newVersion(Long organiserId, Long fromVersionId) {
        FrameworkVersion source = version(organiserId, fromVersionId);
        FrameworkVersion draft = newDraft(source.getFramework(), source.getTotalPoints());
        draft.setBasedOn(source);
        copyTree(source, draft);
        return versions.save(draft);
    }

    /** An empty draft of the framework, numbered after its last version (not saved). */
    FrameworkVersion newDraft(Framework framework, BigDecimal total) {
        return new FrameworkVersion(framework, versions.maxNumber(framework.getId()) + 1, total, clock.instant());
    }

    /**
     * Publishes a draft once it has no problems; from then on it never changes.
     *
     * @throws InvalidFrameworkException listing the problems, if any; nothing is published then
     */
    public FrameworkVersion publish(Long organiserId, Long versionId, String by) {
        FrameworkVersion version = version(organiserId, versionId);
        version.requireDraft();
        List<Problem> problems = FrameworkValidator.validate(version);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        version.publish(by, clock.instant());
        events.publishEvent(new FrameworkVersionPublished(version.getId(), by));
        return version;
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(Long organiserId, Long versionId) {
        return FrameworkValidator.validate(version(organiserId, versionId));
    }

    /**
     * Changes a draft's node (all fields but its code and place).
     *
     * @throws InvalidFrameworkException if the node would have problems of its own; nothing changes then
     */
    public Criterion updateNode(Long organiserId, Long criterionId, CriterionData changes) {
        Criterion node = criterion(organiserId, criterionId);
        node.getFrameworkVersion().requireDraft();
        Criterion trial = new Criterion(null, node.getParent(), node.getCode(), null, null);
        trial.getChildren().addAll(node.getChildren());
        changes.applyTo(trial);
        List<Problem> problems = new ArrayList<>();
        FrameworkValidator.checkNode(trial, problems);
        checkReviewer(organiserId, changes, node.getCode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        changes.applyTo(node);
        return node;
    }

    /**
     * Adds a node to a draft, under the given parent (null for a group). A leaf that gets its first child
     * becomes an inner node and loses its rule: inner nodes add up their children.
     */
    public Criterion addNode(Long organiserId, Long versionId, Long parentId, CriterionData data) {
        FrameworkVersion version = version(organiserId, versionId);
        version.requireDraft();
        Criterion parent = parentId == null ? null : version.getCriteria().stream()
                .filter(c -> c.getId().equals(parentId)).findFirst()
                .orElseThrow(() -> new FrameworkNotFoundException("Criterion", parentId));
        String code = data.code() == null ? "" : data.code().strip();
        List<Problem> problems = new ArrayList<>();
        Criterion trial = new Criterion(null, parent, code, null, null);
        data.applyTo(trial);
        FrameworkValidator.checkNode(trial, problems);
        checkNewCode(version, parent, code, problems);
        checkReviewer(organiserId, data, code, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        Criterion node = new Criterion(version, parent, code, null, null);
        data.applyTo(node);
        version.getCriteria().add(node);
        if (parent != null) {
            parent.getChildren().add(node);
            parent.setRuleType(null);
            parent.setRuleParams(null);
        }
        renumber(version);
        entityManager.flush();
        return node;
    }

    /** Removes a draft's node with everything under it. */
    public FrameworkVersion removeNode(Long organiserId, Long criterionId) {
        Criterion node = criterion(organiserId, criterionId);
        FrameworkVersion version = node.getFrameworkVersion();
        version.requireDraft();
        List<Criterion> subtree = new ArrayList<>();
        collect(node, subtree);
        if (node.getParent() != null) {
            node.getParent().getChildren().remove(node);
        }
        delete(version, subtree);
        renumber(version);
        return version;
    }

    /** Replaces a draft's whole tree (what an import does). The nodes must already be valid. */
    void replaceTree(FrameworkVersion draft, List<CriterionData> nodes) {
        draft.requireDraft();
        delete(draft, new ArrayList<>(draft.getCriteria()));
        fill(draft, nodes);
    }

    /** Builds the tree of nodes (any order; parents found by code) into an empty version. */
    static void fill(FrameworkVersion version, List<CriterionData> nodes) {
        Map<String, Criterion> byCode = new HashMap<>();
        List<CriterionData> ordered = nodes.stream()
                .sorted(Comparator.comparing(CriterionData::code, CriterionCodes.TREE_ORDER)).toList();
        for (CriterionData data : ordered) {
            String parentCode = CriterionCodes.parentOf(data.code());
            Criterion parent = parentCode == null ? null : byCode.get(parentCode);
            Criterion node = new Criterion(version, parent, data.code(), null, null);
            data.applyTo(node);
            node.setPosition(version.getCriteria().size());
            version.getCriteria().add(node);
            if (parent != null) {
                parent.getChildren().add(node);
            }
            byCode.put(data.code(), node);
        }
    }

    private static void copyTree(FrameworkVersion source, FrameworkVersion target) {
        // keyed by id: a parent reference may be a lazy proxy rather than the instance in the list
        Map<Long, Criterion> copies = new HashMap<>();
        for (Criterion original : source.getCriteria()) {
            Criterion parent = original.getParent() == null ? null : copies.get(original.getParent().getId());
            Criterion copy = new Criterion(target, parent, original.getCode(), null, null);
            CriterionData.of(original).applyTo(copy);
            copy.setPosition(original.getPosition());
            target.getCriteria().add(copy);
            if (parent != null) {
                parent.getChildren().add(copy);
            }
            copies.put(original.getId(), copy);
        }
    }

    private void checkNewCode(FrameworkVersion version, Criterion parent, String code, List<Problem> problems) {
        boolean formatOk = code.matches("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3})*");
        if (!formatOk) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.codeFormat", code));
        } else if (parent == null ? code.contains(".") : !FrameworkValidator.isChildCode(code, parent.getCode())) {
            problems.add(parent == null ? Problem.of(code, CriterionField.CODE, "framework.problem.rootCode", code)
                    : Problem.of(code, CriterionField.CODE, "framework.problem.childCode", code, parent.getCode()));
        } else if (version.getCriteria().stream().anyMatch(c -> c.getCode().equals(code))) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.duplicateCode", code));
        }
    }

    private static void checkReviewer(Long organiserId, CriterionData data, String code, List<Problem> problems) {
        if (data.reviewerAgency() == null) {
            return;
        }
        if (!organiserId.equals(data.reviewerAgency().getOrganiser().getId())) {
            problems.add(Problem.of(code, CriterionField.REVIEWER_AGENCY, "framework.problem.reviewerUnknown",
                    data.reviewerAgency().getCode()));
        } else if (!data.reviewerAgency().isReviewer()) {
            problems.add(Problem.of(code, CriterionField.REVIEWER_AGENCY, "framework.problem.reviewerNotReviewer",
                    data.reviewerAgency().getName()));
        }
    }

    private static void collect(Criterion node, List<Criterion> into) {
        into.add(node);
        node.getChildren().forEach(child -> collect(child, into));
    }

    /**
     * Deletes nodes. Their parent links are cut and flushed first, so that the rows can go in any order
     * without breaking the parent foreign key.
     */
    private void delete(FrameworkVersion version, List<Criterion> nodes) {
        nodes.forEach(n -> n.setParent(null));
        entityManager.flush();
        nodes.forEach(n -> n.getChildren().clear());
        version.getCriteria().removeAll(nodes);
        entityManager.flush();
    }

    /** Keeps the version's list and positions in tree order (codes decide it). */
    private static void renumber(FrameworkVersion version) {
        version.getCriteria().sort(Comparator.comparing(Criterion::getCode, CriterionCodes.TREE_ORDER));
        for (int i = 0; i < version.getCriteria().size(); i++) {
            version.getCriteria().get(i).setPosition(i);
        }
    }
}
