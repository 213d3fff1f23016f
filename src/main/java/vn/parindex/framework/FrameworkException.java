package vn.parindex.framework;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/** A refused framework operation, with a message key (messages/framework*.properties) and arguments. */
public class FrameworkException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final transient List<Object> args;

    public FrameworkException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    public String key() {
        return key;
    }
}
