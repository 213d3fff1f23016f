package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Walks a paged list page by page over MockMvc, as a user clicking "next" would, and reads the row ids it shows. */
public final class PagedPages {

    private static final Pattern ROW = Pattern.compile("data-id=\"(\\d+)\"");

    private final MockMvc mvc;
    private final UserDetails user;

    public PagedPages(MockMvc mvc, UserDetails user) {
        this.mvc = mvc;
        this.user = user;
    }

    /** The page's HTML (any status); the test checks the status it expects. */
    public MvcResult get(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(user))).andReturn();
    }

    public String html(String url) throws Exception {
        MvcResult result = get(url);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    public static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** Every row of every page, in order: asserts no row comes twice across the pages. */
    public List<Long> walk(String url, int pages) throws Exception {
        List<Long> all = new ArrayList<>();
        String sep = url.contains("?") ? "&" : "?";
        for (int page = 0; page < pages; page++) {
            all.addAll(ids(html(url + sep + "page=" + page)));
        }
        Set<Long> distinct = new LinkedHashSet<>(all);
        assertThat(distinct).as("no row twice across the pages of " + url).hasSameSizeAs(all);
        return all;
    }

    /** A bad parameter: 400 and a message that names it. */
    public String rejected(String url) throws Exception {
        MvcResult result = get(url);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        return result.getResponse().getContentAsString();
    }
}
