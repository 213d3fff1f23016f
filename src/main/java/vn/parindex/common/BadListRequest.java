package vn.parindex.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * A list asked for with a parameter that has no meaning: an unknown sort key, direction or filter value, a date that
 * is not a date. Answered 400 with the parameter, the value and what it may be ({@code ListRequestErrors}).
 */
public class BadListRequest extends RuntimeException {

    private final String parameter;
    private final String value;
    private final List<String> allowed;

    public BadListRequest(String parameter, String value, List<String> allowed) {
        super("parameter " + parameter + "=" + value + " is not one of " + allowed);
        this.parameter = parameter;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** The filter's enum constant, null for an empty value, a 400 naming the filter for anything else. */
    public static <E extends Enum<E>> E enumFilter(String parameter, String value, Class<E> type) {
        String name = nameFilter(parameter, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** One of the given names, or null when none was asked for. */
    public static String nameFilter(String parameter, String value, List<String> names) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!names.contains(value.trim())) {
            throw new BadListRequest(parameter, value, names);
        }
        return value.trim();
    }

    /** A date filter as the browser's date field sends it (yyyy-MM-dd), null for an empty value. */
    public static LocalDate dateFilter(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadListRequest(parameter, value, List.of("yyyy-MM-dd"));
        }
    }

    /** An id filter (a number), null for an empty value. */
    public static Long idFilter(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadListRequest(parameter, value, List.of("1, 2, 3, …"));
        }
    }
}
