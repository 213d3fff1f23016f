package vn.parindex.timeline;

/** A deadline change that cannot be made; the message is a message key. */
public class DeadlineChangeException extends RuntimeException {

    public DeadlineChangeException(String messageKey) {
        super(messageKey);
    }
}
