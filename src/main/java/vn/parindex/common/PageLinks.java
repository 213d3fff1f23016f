package vn.parindex.common;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's and the column headers' links: the current request's query with the page or the sort changed and
 * every filter kept, relative to the current page. Templates call it as {@code ${@pageLinks.page(3)}}.
 */
@Component("pageLinks")
public class PageLinks {

    public String page(int page) {
        return link(current().replaceQueryParam("page", page));
    }

    /** Sorts by the key, the other way round when the list is already sorted by it, from the first page. */
    public String sort(String key, PageResult<?> result) {
        boolean ascending = !key.equals(result.sort()) || !result.ascending();
        return link(current().replaceQueryParam("page").replaceQueryParam("sort", key)
                .replaceQueryParam("dir", ascending ? "asc" : "desc"));
    }

    private static UriComponentsBuilder current() {
        return ServletUriComponentsBuilder.fromCurrentRequest();
    }

    private static String link(UriComponentsBuilder builder) {
        String query = builder.build().getQuery();
        return query == null ? "?" : "?" + query;
    }
}
