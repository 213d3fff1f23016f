package vn.parindex.framework.rule;

import vn.parindex.common.RejectedException;

/**
 * A rule problem with a message key (messages/framework*.properties) and its arguments, so that pages show
 * it in the user's language. The exception message itself is English, for logs.
 */
public abstract class RuleException extends RejectedException {

    protected RuleException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
