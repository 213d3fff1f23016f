package vn.parindex.results;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the years pages as their charts do: the values of a table row, year by year. */
public final class YearsPage {

    private YearsPage() {
    }

    /** The data-value cells of the table row labelled {@code series}, in year order. */
    public static List<String> values(String page, String series) {
        Matcher row = Pattern.compile("data-series=\"" + Pattern.quote(series) + "\"([\\s\\S]*?)</tr>").matcher(page);
        List<String> values = new ArrayList<>();
        if (row.find()) {
            Matcher value = Pattern.compile("data-value=\"([^\"]*)\"").matcher(row.group(1));
            while (value.find()) {
                values.add(value.group(1));
            }
        }
        return values;
    }
}
