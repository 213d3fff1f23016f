package vn.parindex.assessment.evidence;

public enum EvidencePurpose {
    /** Attached with the self-assessment. */
    SELF_ASSESSMENT,
    /** Sent in answer to a reviewer's request. */
    SUPPLEMENTARY,
    /** Attached to an explanation or objection after appraisal. */
    OBJECTION
}
