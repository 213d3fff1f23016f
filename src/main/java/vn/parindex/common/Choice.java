package vn.parindex.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One option of a filter bar's select list (fragments/fields :: filterSelect): the value sent and the label shown. */
public record Choice(String value, String label) {

    public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
        return items.stream().map(item -> new Choice(String.valueOf(value.apply(item)), label.apply(item))).toList();
    }
}
