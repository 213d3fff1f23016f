package vn.parindex.campaign;

import lombok.RequiredArgsConstructor;

import vn.parindex.workflow.ProcessModel;

/** The steps of a plan's timeline, in the order a plan sets them. Each plan sets its own dates. */
@RequiredArgsConstructor
public enum MilestoneType {
    FRAMEWORK_REVISION(false),
    TRAINING(false),
    RESPONDENT_LIST(false),
    SELF_ASSESSMENT(true),
    APPRAISAL(false),
    SURVEY_RESULTS(false),
    SUPPLEMENTARY(true),
    AGGREGATION(false),
    APPROVAL(false),
    PUBLICATION(false);

    private final boolean hasWindow;

    /** Whether the milestone opens at a window start (self-assessment 05/11 – 16/11) rather than at once. */
    public boolean hasWindow() {
        return hasWindow;
    }

    /** The officers' task a milestone's reminders are about. */
    public String officersTaskKey() {
        return switch (this) {
            case RESPONDENT_LIST -> ProcessModel.SUBMIT_RESPONDENT_LIST;
            case SUPPLEMENTARY -> ProcessModel.PROVIDE_SUPPLEMENTARY_EVIDENCE;
            default -> ProcessModel.SUBMIT_SELF_ASSESSMENT;
        };
    }

    /** Whether an organiser may extend it for one agency (the milestones an agency itself must meet). */
    public boolean extendable() {
        return this == RESPONDENT_LIST || this == SELF_ASSESSMENT || this == SUPPLEMENTARY;
    }

    public String messageKey() {
        return "milestone." + name();
    }
}
