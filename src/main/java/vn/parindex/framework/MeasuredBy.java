package vn.parindex.framework;

public enum MeasuredBy {
    /** Scored by the agency, appraised by its reviewer. */
    SELF_ASSESSMENT,
    /** Scored from the sociological survey (or portal satisfaction); not self-scored. */
    SURVEY
}
