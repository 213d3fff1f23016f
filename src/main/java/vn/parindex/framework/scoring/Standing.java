package vn.parindex.framework.scoring;

/** Where the agency's assessment stands, as far as the index cares: closed as not submitted, or days late. */
public record Standing(boolean closedNotSubmitted, int lateDays) {

    public static final Standing ON_TIME = new Standing(false, 0);
}
