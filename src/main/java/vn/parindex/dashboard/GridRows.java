package vn.parindex.dashboard;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.common.PageResult;
import vn.parindex.common.Paging;
import vn.parindex.common.SortKeys;

/**
 * One page of the dashboard's grid: the agencies' lines filtered, sorted (ties broken by the agency's id, so the
 * order is the same on every page) and cut. The milestone counts above the grid stay those of every agency.
 */
final class GridRows {

    static final SortKeys SORT = SortKeys.by("id").key("code", "code").key("name", "name").key("status", "status")
            .defaultTo("code", true);

    private static final Collator NAMES = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Map<String, Comparator<CampaignDashboard.Row>> BY = Map.of(
            "code", Comparator.comparing(r -> r.agency().code()),
            "name", Comparator.comparing(r -> r.agency().name(), NAMES),
            "status", Comparator.comparing(CampaignDashboard.Row::status,
                    Comparator.nullsFirst(Comparator.naturalOrder())));

    private GridRows() {
    }

    static PageResult<CampaignDashboard.Row> page(List<CampaignDashboard.Row> rows, GridFilter filter, Paging paging) {
        Comparator<CampaignDashboard.Row> order = BY.get(paging.sort())
                .thenComparing(r -> r.agency().id());
        List<CampaignDashboard.Row> matching = rows.stream().filter(filter::matches)
                .sorted(paging.ascending() ? order : order.reversed()).toList();
        return PageResult.slice(paging, matching);
    }
}
