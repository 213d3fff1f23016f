package vn.parindex.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something refused that a page explains in the user's language: a message key and its arguments, readable as
 * they are ({@link #key()}, {@link #args()}) or handed to {@code MessageSource.getMessage(e, locale)}. The
 * exception's own message is for the logs.
 */
public abstract class RejectedException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final transient Object[] args;

    protected RejectedException(String key, String logMessage, Object[] args) {
        super(logMessage);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }
}
