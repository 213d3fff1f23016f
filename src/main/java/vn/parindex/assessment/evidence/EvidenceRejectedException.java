package vn.parindex.assessment.evidence;

import vn.parindex.common.RejectedException;

/** An upload refused: too big, of a forbidden type, or bytes not matching the name. Carries a message key. */
public class EvidenceRejectedException extends RejectedException {

    public EvidenceRejectedException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
