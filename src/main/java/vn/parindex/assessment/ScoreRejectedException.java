package vn.parindex.assessment;

import vn.parindex.common.RejectedException;

/** A save or submission refused, with a message key (and arguments) for the page; nothing was written. */
public class ScoreRejectedException extends RejectedException {

    public ScoreRejectedException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }

    /** Whether someone else saved the leaf since it was shown. */
    public boolean stale() {
        return "scorecard.error.stale".equals(key());
    }
}
