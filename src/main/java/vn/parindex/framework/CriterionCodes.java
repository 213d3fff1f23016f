package vn.parindex.framework;

import java.util.Comparator;

/** Criterion codes ("7", "7.1", "7.1.2"): their parent and their order in the tree. */
final class CriterionCodes {

    /** Depth-first tree order: 1, 1.1, 1.1.1, 1.2, 2, 10 (numbers compared as numbers). */
    static final Comparator<String> TREE_ORDER = CriterionCodes::compare;

    private CriterionCodes() {
    }

    /** The parent's code, or null for a root ("7.1.2" → "7.1"). */
    static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegment(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        boolean numbers = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
