package vn.parindex.agency;

public enum OrganiserLevel {
    /** A province or centrally-run city: its Department of Home Affairs runs the plan. */
    PROVINCE,
    /** A district running the commune-level index for its communes (plans before mid-2025). */
    DISTRICT
}
