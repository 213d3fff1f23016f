package vn.parindex.assessment;

import java.util.List;

/** A save or submission refused, with a message key (and arguments) for the page; nothing was written. */
public class ScoreRejectedException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public ScoreRejectedException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    /** Whether someone else saved the leaf since it was shown. */
    public boolean stale() {
        return "scorecard.error.stale".equals(key);
    }

    public Object[] args() {
        return args.toArray();
    }
}
