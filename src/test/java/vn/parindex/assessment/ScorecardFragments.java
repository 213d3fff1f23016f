package vn.parindex.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a scorecard page or fragment shows, read from its HTML: each node's points and the totals. */
public final class ScorecardFragments {

    private static final Pattern POINTS = Pattern.compile(
            "id=\"pts-(\\d+)\"[^>]*>\\s*<span>([^<]*)</span>\\s*/\\s*<span>([^<]*)</span>");
    private static final Pattern TOTALS = Pattern.compile("id=\"totals\"(.*?)</strong>.*?<span>([^<]*)</span>"
            + ".*?<strong>([^<]*)</strong>", Pattern.DOTALL);

    private ScorecardFragments() {
    }

    /** Node id to "points / applicable maximum" as shown. */
    public static Map<Long, String> points(String html) {
        Map<Long, String> points = new LinkedHashMap<>();
        Matcher m = POINTS.matcher(html);
        while (m.find()) {
            points.put(Long.valueOf(m.group(1)), m.group(2).strip() + " / " + m.group(3).strip());
        }
        return points;
    }

    /** "total / applicable maximum · index" as the totals card shows them. */
    public static String totals(String html) {
        Matcher m = TOTALS.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no totals in " + html);
        }
        String total = m.group(1).substring(m.group(1).lastIndexOf('>') + 1);
        return total.strip() + " / " + m.group(2).strip() + " · " + m.group(3).strip();
    }
}
