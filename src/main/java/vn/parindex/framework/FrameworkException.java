package vn.parindex.framework;

import java.util.List;

import vn.parindex.common.RejectedException;

/** A refused framework operation, with a message key (messages/framework*.properties) and arguments. */
public class FrameworkException extends RejectedException {

    public FrameworkException(String key, Object... args) {
        super(key, key + " " + List.of(args), args);
    }
}
