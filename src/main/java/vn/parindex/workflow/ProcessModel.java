package vn.parindex.workflow;

/**
 * The ids of processes/*.bpmn that our code names: processes, user tasks, the activities the engine moves, the
 * message and the variables. Nowhere else is a BPMN id written (BpmnIdsTest holds this list to the files).
 */
public final class ProcessModel {

    public static final String CAMPAIGN_PROCESS = "par-campaign";
    public static final String ASSESSMENT_PROCESS = "agency-assessment";
    public static final String DECISION_PROCESS = "missed-deadline-decision";

    // user tasks of par-campaign.bpmn
    public static final String PUBLISH_FRAMEWORK = "publishFramework";
    public static final String RECORD_TRAINING = "recordTraining";
    public static final String IMPORT_SURVEY_RESULTS = "importSurveyResults";
    public static final String AGGREGATE_RESULTS = "aggregateResults";
    public static final String VOTE_ON_RESULTS = "voteOnResults";
    public static final String APPROVE_RESULTS = "approveResults";
    public static final String PUBLISH_RESULTS = "publishResults";

    // user tasks of agency-assessment.bpmn
    public static final String SUBMIT_RESPONDENT_LIST = "submitRespondentList";
    public static final String SUBMIT_SELF_ASSESSMENT = "submitSelfAssessment";
    public static final String SIGN_OFF_SELF_ASSESSMENT = "signOffSelfAssessment";
    public static final String APPRAISE_SELF_ASSESSMENT = "appraiseSelfAssessment";
    public static final String PROVIDE_SUPPLEMENTARY_EVIDENCE = "provideSupplementaryEvidence";

    /** The user task of missed-deadline-decision.bpmn. */
    public static final String DECIDE_ON_MISSED_DEADLINE = "decideOnMissedDeadline";

    /** The multi-instance call activity of par-campaign.bpmn that runs one assessment per agency. */
    public static final String ASSESS_AGENCIES = "assessAgencies";
    /** The timer that opens the self-assessment window in agency-assessment.bpmn. */
    public static final String WINDOW_TIMER = "waitForWindow";
    // the escalation timers of agency-assessment.bpmn, one per milestone with a decision
    public static final String RESPONDENT_LIST_OVERDUE = "respondentListOverdue";
    public static final String SELF_ASSESSMENT_OVERDUE = "selfAssessmentOverdue";
    public static final String SUPPLEMENTARY_OVERDUE = "supplementaryOverdue";

    /** The message that withdraws a sent self-assessment (boundary events of sign-off and appraisal). */
    public static final String WITHDRAWN_MESSAGE = "self-assessment-withdrawn";

    /** The process variables our code reads or sets. */
    public static final class Variables {

        public static final String CAMPAIGN_ID = "campaignId";
        public static final String AGENCY_ID = "agencyId";
        public static final String REVIEWER_ID = "reviewerId";
        public static final String MILESTONE = "milestone";
        /** The user who completed a task through our pages, passed to the steps after it. */
        public static final String COMPLETED_BY = "completedBy";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        /** The outcome of the missed-deadline decision: "extend" or "close". */
        public static final String DEADLINE_DECISION = "deadlineDecision";
        public static final String NEW_DUE_DATE = "newDueDate";
        /** What the person completing a task wrote (sign-off, appraisal, votes, approval, decisions). */
        public static final String COMMENT = "comment";
        /** The officer's confirmation on the self-assessment form. */
        public static final String CONFIRM_SUBMISSION = "confirmSubmission";
        /** The head's sign-off: "approve" or "refuse". */
        public static final String SIGN_OFF = "signOff";
        /** A reviewer's outcome: "pass" or "supplementary". */
        public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
        /** The chairman's decision on the results: "approve" or "reject". */
        public static final String APPROVAL = "approval";
        public static final String DECISION_COMMENT = "decisionComment";

        private Variables() {
        }
    }

    private ProcessModel() {
    }
}
