package vn.parindex.framework.rule;

import java.util.List;

/**
 * A rule problem with a message key (messages/framework*.properties) and its arguments, so that pages show
 * it in the user's language. The exception message itself is English, for logs.
 */
public abstract class RuleException extends IllegalArgumentException {

    private final String key;
    private final transient List<Object> args;

    protected RuleException(String key, String englishMessage, Object... args) {
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
