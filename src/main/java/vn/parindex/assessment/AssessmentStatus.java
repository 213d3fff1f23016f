package vn.parindex.assessment;

public enum AssessmentStatus {
    /** Launched; the agency has not yet submitted its self-assessment. */
    OPEN,
    /** Sent by the officers, waiting for the head's sign-off. */
    SUBMITTED,
    /** Signed off by the head; in appraisal. */
    IN_APPRAISAL,
    /** Appraised; the scores are final. */
    FINAL,
    /** The organiser closed it after a missed deadline: scored 0. */
    CLOSED_NOT_SUBMITTED
}
