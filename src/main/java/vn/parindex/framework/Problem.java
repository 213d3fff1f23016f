package vn.parindex.framework;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with a framework version: which node (code; null for the version itself), which field,
 * and why (a message key with arguments). Resolve it with a MessageSource to get a whole line such as
 * "Tiêu chí 7.1, Điểm tối đa: …".
 */
public record Problem(String code, CriterionField field, String key, List<Object> args)
        implements MessageSourceResolvable {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String code, CriterionField field, String key, Object... args) {
        return new Problem(code, field, key, List.of(args));
    }

    /** The reason alone, without the node and field. */
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] {key}, args.toArray(), key);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code == null ? "framework.problem.lineVersion" : "framework.problem.line"};
    }

    @Override
    public Object[] getArguments() {
        MessageSourceResolvable fieldName = new DefaultMessageSourceResolvable(field.messageKey());
        return code == null ? new Object[] {fieldName, reason()} : new Object[] {code, fieldName, reason()};
    }

    @Override
    public String getDefaultMessage() {
        return (code == null ? "" : code + ", ") + field + ": " + key + " " + args;
    }
}
