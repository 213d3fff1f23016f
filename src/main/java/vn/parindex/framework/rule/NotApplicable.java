package vn.parindex.framework.rule;

/**
 * "Không áp dụng": the leaf is taken out. It scores nothing and its maximum leaves the applicable maximum of
 * every ancestor and of the total, so the index is rescaled. Only leaves that allow it may be answered so.
 */
public record NotApplicable() implements Answer {

    public static final NotApplicable INSTANCE = new NotApplicable();
}
