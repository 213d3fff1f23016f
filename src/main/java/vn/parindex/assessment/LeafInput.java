package vn.parindex.assessment;

/** What an officer typed for one leaf; {@code version} is the score's version the page showed (-1: none yet). */
public record LeafInput(String answer, boolean na, String naReason, String note, String explanation, Long version,
                        String changeReason) {

    String cleanAnswer() {
        return blankToNull(answer);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
