package vn.parindex.assessment.evidence;

import java.util.List;

/** An upload refused: too big, of a forbidden type, or bytes not matching the name. Carries a message key. */
public class EvidenceRejectedException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public EvidenceRejectedException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
