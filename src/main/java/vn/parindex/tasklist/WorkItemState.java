package vn.parindex.tasklist;

public enum WorkItemState {
    OPEN,
    COMPLETED,
    /** The task ended without being completed (an escalation withdrew it, the process moved on). */
    CANCELLED
}
