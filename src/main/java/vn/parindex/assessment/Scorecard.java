package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;

import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.NodeScore;
import vn.parindex.timeline.Countdown;

/**
 * What the scorecard page shows: the agency's framework as rows in tree order, each leaf with its answer,
 * evidence and history, the totals, whether the user may still change it and, while the self-assessment is open,
 * the countdown to its deadline (past it without an extension, nothing changes).
 */
public record Scorecard(Long campaignId, String campaignName, int year, Long agencyId, String agencyName,
                        String headName, List<Row> rows, IndexScore totals, boolean editable,
                        boolean mayComment, boolean overseer, boolean submitted, boolean maySubmit,
                        boolean supplementaryOpen, Countdown countdown) {

    /** One node; {@code leaf} is set for leaves only. */
    public record Row(Criterion criterion, int depth, NodeScore total, Leaf leaf) {
    }

    /**
     * A leaf as shown: the values (as saved, or as just typed when saving failed), the error, if any, and the
     * kind of input its rule takes.
     */
    public record Leaf(Long criterionId, Answers.Input input, boolean survey, String answer, boolean na,
                       String naReason, String note, String explanation, long version, BigDecimal points,
                       BigDecimal surveyPoints, boolean answered, boolean explanationRequired, List<EvidenceFile> files,
                       List<ScoreAudit> history, List<String> requests, String error, String saved) {

        public Leaf withTyped(LeafInput typed, String error) {
            return new Leaf(criterionId, input, survey, typed.answer(), typed.na(), typed.naReason(),
                    typed.note(), typed.explanation(), typed.version() == null ? -1 : typed.version(), points,
                    surveyPoints, answered, explanationRequired, files, history, requests, error, null);
        }

        /** The leaf as saved, with a message: an error (someone else saved it) or "saved". */
        public Leaf withNotice(String error, String saved) {
            return new Leaf(criterionId, input, survey, answer, na, naReason, note, explanation, version, points,
                    surveyPoints, answered, explanationRequired, files, history, requests, error, saved);
        }
    }

    /** The purpose of files uploaded now: supplementary evidence once the self-assessment is sent. */
    public String uploadPurpose() {
        return supplementaryOpen && !editable ? "SUPPLEMENTARY" : "SELF_ASSESSMENT";
    }

    /** Whether the agency's officers may attach files now (self-assessment or supplementary evidence). */
    public boolean mayUpload() {
        return editable || supplementaryOpen;
    }

    public Row row(Long criterionId) {
        return rows.stream().filter(r -> r.criterion().getId().equals(criterionId)).findFirst().orElseThrow();
    }

    /** The scorecard with one leaf's row shown as {@code change} makes it. */
    public Scorecard replaceLeaf(Long criterionId, java.util.function.UnaryOperator<Leaf> change) {
        Row row = row(criterionId);
        return replace(new Row(row.criterion(), row.depth(), row.total(), change.apply(row.leaf())));
    }

    public Scorecard replace(Row row) {
        List<Row> all = rows.stream().map(r -> r.criterion().getId().equals(row.criterion().getId()) ? row : r).toList();
        return new Scorecard(campaignId, campaignName, year, agencyId, agencyName, headName, all, totals, editable,
                mayComment, overseer, submitted, maySubmit, supplementaryOpen, countdown);
    }

    /** A moment as officials read it: dd/MM/yyyy HH:mm, Vietnam time. */
    public static String when(java.time.Instant at) {
        return at == null ? "" : vn.parindex.common.VietnamTime.DATE_TIME.format(at.atZone(vn.parindex.common.VietnamTime.ZONE));
    }

    public List<Row> groups() {
        return rows.stream().filter(r -> r.depth() == 1).toList();
    }
}
