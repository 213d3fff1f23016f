package vn.parindex.dashboard;

import lombok.RequiredArgsConstructor;

/** The colour of one agency × milestone cell of the dashboard grid. */
@RequiredArgsConstructor
public enum CellState {
    ON_TIME("success"),
    LATE("warning"),
    OVERDUE("danger"),
    /** The organiser closed it as not submitted after a missed deadline. */
    CLOSED("dark"),
    PENDING("secondary"),
    NOT_USED("light");

    private final String colour;

    /** The Bootstrap colour name of the cell. */
    public String colour() {
        return colour;
    }

    /** The grid cell's classes (colour, and the state for scripts and tests), one expression per cell. */
    public String cellClass() {
        return "small table-" + colour + " cell-" + name();
    }

    /** Whether the agency finished the milestone (on time or late). */
    public boolean done() {
        return this == ON_TIME || this == LATE;
    }

    public String messageKey() {
        return "dashboard.cell." + name();
    }
}
