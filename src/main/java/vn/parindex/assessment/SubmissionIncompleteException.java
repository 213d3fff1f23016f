package vn.parindex.assessment;

import java.util.List;

/** The self-assessment cannot be sent yet: what is missing, leaf by leaf (code and message key). */
public class SubmissionIncompleteException extends RuntimeException {

    public record Missing(String code, String key) {
    }

    private final transient List<Missing> missing;

    public SubmissionIncompleteException(List<Missing> missing) {
        super("Self-assessment incomplete: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }
}
