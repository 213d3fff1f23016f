package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.FrameworkExcel.ImportedRow;
import vn.parindex.framework.FrameworkService.NewFramework;

/**
 * Imports an Excel file as a whole tree: into a draft (replacing its tree), as a new version of a framework
 * or as a new framework. All or nothing: the file is read and the tree validated before anything is written,
 * and every problem is reported with its row and column.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class FrameworkImportService {

    private final FrameworkExcel excel;
    private final FrameworkService frameworks;
    private final FrameworkVersionRepository versions;

    /** Replaces a draft's tree with the file's. */
    public FrameworkVersion intoDraft(Long organiserId, Long versionId, byte[] bytes) {
        FrameworkVersion draft = frameworks.version(organiserId, versionId);
        draft.requireDraft();
        List<CriterionData> nodes = checked(bytes, organiserId, draft.getTotalPoints());
        frameworks.replaceTree(draft, nodes);
        return draft;
    }

    /** A new draft version of the framework with the file's tree. */
    public FrameworkVersion asNewVersion(Long organiserId, Long frameworkId, byte[] bytes) {
        Framework framework = frameworks.framework(organiserId, frameworkId);
        List<CriterionData> nodes = checked(bytes, organiserId, FrameworkService.DEFAULT_TOTAL);
        FrameworkVersion draft = frameworks.newDraft(framework, FrameworkService.DEFAULT_TOTAL);
        FrameworkService.fill(draft, nodes);
        return versions.save(draft);
    }

    /** A new framework whose version 1 (a draft) has the file's tree. */
    public FrameworkVersion asNewFramework(Long organiserId, NewFramework command, byte[] bytes) {
        List<CriterionData> nodes = checked(bytes, organiserId, FrameworkService.DEFAULT_TOTAL);
        FrameworkVersion draft = frameworks.create(organiserId,
                new NewFramework(command.agencyTypeId(), command.year(), command.name(), null));
        FrameworkService.fill(draft, nodes);
        return draft;
    }

    /** The file's nodes, once the file reads and its tree validates. */
    private List<CriterionData> checked(byte[] bytes, Long organiserId, BigDecimal total) {
        List<ImportedRow> rows = excel.read(bytes, organiserId);
        List<CriterionData> nodes = rows.stream().map(ImportedRow::data).toList();
        FrameworkVersion trial = new FrameworkVersion(null, 0, total, Instant.EPOCH);
        FrameworkService.fill(trial, nodes);
        List<Problem> problems = FrameworkValidator.validate(trial);
        if (!problems.isEmpty()) {
            Map<String, Integer> rowOf = new HashMap<>();
            rows.forEach(r -> rowOf.putIfAbsent(r.data().code(), r.row()));
            throw new ExcelImportException(problems.stream().map(p -> {
                Integer row = p.code() == null ? null : rowOf.get(p.code());
                // a problem of no row (the total) keeps its own wording: "Bộ tiêu chí, Tổng điểm: …"
                return row == null ? new ImportError(null, null, p) : new ImportError(row, p.field().column(), p.reason());
            }).toList());
        }
        return nodes;
    }
}
