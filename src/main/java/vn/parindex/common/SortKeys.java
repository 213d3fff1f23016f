package vn.parindex.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The sort keys one list allows (what the user sees in {@code ?sort=}) and the property each sorts by, its default
 * key and direction, and the tie-breaker (a unique property such as {@code id}) that makes the order stable across
 * pages. Built as {@code SortKeys.by("id").key("name", "nameFolded").key("code", "code").defaultTo("name", true)}.
 */
public record SortKeys(Map<String, String> properties, String tieBreaker, String defaultKey, boolean defaultAscending) {

    public SortKeys {
        properties = Map.copyOf(properties);
    }

    public static SortKeys by(String tieBreaker) {
        return new SortKeys(Map.of(), tieBreaker, null, true);
    }

    public SortKeys key(String key, String property) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, property);
        return new SortKeys(more, tieBreaker, defaultKey, defaultAscending);
    }

    public SortKeys defaultTo(String key, boolean ascending) {
        if (!properties.containsKey(key)) {
            throw new IllegalArgumentException("default sort key " + key + " is not a key");
        }
        return new SortKeys(properties, tieBreaker, key, ascending);
    }

    /** The allowed keys, sorted, as the 400 page lists them. */
    public List<String> names() {
        return properties.keySet().stream().sorted().toList();
    }

    public boolean allows(String key) {
        return properties.containsKey(key);
    }

    /** The JPA sort: the key's property, then the tie-breaker, both in the same direction. */
    public Sort sort(String key, boolean ascending) {
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        String property = properties.get(key);
        Sort sort = Sort.by(direction, property);
        return property.equals(tieBreaker) ? sort : sort.and(Sort.by(direction, tieBreaker));
    }
}
