package vn.parindex.campaign;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One reason a campaign edit is refused: the form field it concerns (null for the whole form), a message
 * key and its arguments. Arguments may be {@link MessageSourceResolvable}s (a milestone's name), which the
 * message source resolves in the reader's language.
 */
public record Problem(String field, String code, Object... args) {

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, args);
    }

    /** A message key used as an argument, resolved when the message is shown. */
    public static MessageSourceResolvable text(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + code + Arrays.toString(args);
    }
}
