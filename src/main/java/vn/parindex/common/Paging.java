package vn.parindex.common;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a paged list was asked for, made valid: page (0-based), size, sort key and direction. A size missing or not
 * positive is the default, a size over the maximum is the maximum, a negative page is the first; an unknown sort key
 * or direction is a {@link BadListRequest} (400). A page past the end is made the last page by
 * {@link PageResult#of} once the rows are counted.
 */
public record Paging(int page, int size, String sort, boolean ascending, SortKeys keys) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static Paging from(Integer page, Integer size, String sort, String dir, SortKeys keys) {
        String key = sort == null || sort.isBlank() ? keys.defaultKey() : sort.trim();
        if (!keys.allows(key)) {
            throw new BadListRequest("sort", sort, keys.names());
        }
        boolean ascending;
        if (dir == null || dir.isBlank()) {
            ascending = key.equals(keys.defaultKey()) ? keys.defaultAscending() : true;
        } else if (dir.trim().equalsIgnoreCase("asc")) {
            ascending = true;
        } else if (dir.trim().equalsIgnoreCase("desc")) {
            ascending = false;
        } else {
            throw new BadListRequest("dir", dir, List.of("asc", "desc"));
        }
        int validSize = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new Paging(page == null ? 0 : Math.max(page, 0), validSize, key, ascending, keys);
    }

    /** The same request on another page (the last page when this one is past the end). */
    public Paging onPage(int otherPage) {
        return new Paging(otherPage, size, sort, ascending, keys);
    }

    public Sort jpaSort() {
        return keys.sort(sort, ascending);
    }

    public Pageable pageable() {
        return PageRequest.of(page, size, jpaSort());
    }

    public long offset() {
        return (long) page * size;
    }
}
