package vn.parindex.campaign;

/** The steps of a plan's timeline, in the order a plan sets them. Each plan sets its own dates. */
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

    MilestoneType(boolean hasWindow) {
        this.hasWindow = hasWindow;
    }

    /** Whether the milestone opens at a window start (self-assessment 05/11 – 16/11) rather than at once. */
    public boolean hasWindow() {
        return hasWindow;
    }

    /** The officers' task a milestone's reminders are about. */
    public String officersTaskKey() {
        return switch (this) {
            case RESPONDENT_LIST -> "submitRespondentList";
            case SUPPLEMENTARY -> "provideSupplementaryEvidence";
            default -> "submitSelfAssessment";
        };
    }

    public String messageKey() {
        return "milestone." + name();
    }
}
