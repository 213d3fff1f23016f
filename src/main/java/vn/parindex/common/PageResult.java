package vn.parindex.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and what the pager shows: the rows, the (valid) page, the size, how many rows match in all,
 * how many pages that is, and the sort the page was made with.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages, String sort,
                            boolean ascending) {

    /**
     * Counts first, then fetches the page asked for, or the last page when the one asked for is past the end.
     * {@code fetch} gets the valid paging (use {@link Paging#pageable()} or {@link Paging#offset()}).
     */
    public static <T> PageResult<T> of(Paging paging, long total, Function<Paging, List<T>> fetch) {
        int pages = (int) Math.max(1, (total + paging.size() - 1) / paging.size());
        Paging valid = paging.page() < pages ? paging : paging.onPage(pages - 1);
        List<T> items = total == 0 ? List.of() : fetch.apply(valid);
        return new PageResult<>(items, valid.page(), valid.size(), total, pages, valid.sort(), valid.ascending());
    }

    /** A page cut from rows already in memory (sorted by the caller). */
    public static <T> PageResult<T> slice(Paging paging, List<T> all) {
        return of(paging, all.size(), valid -> all.subList((int) valid.offset(),
                (int) Math.min(all.size(), valid.offset() + valid.size())));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return page >= totalPages - 1;
    }

    public boolean hasNext() {
        return !isLast();
    }

    public boolean hasPrevious() {
        return !isFirst();
    }

    /** The 1-based number of the first row shown (0 when there is none). */
    public long from() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The 1-based number of the last row shown. */
    public long to() {
        return (long) page * size + items.size();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalPages, sort, ascending);
    }
}
