package vn.parindex.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser and operating system a session was opened from, read from its User-Agent header as a person would
 * name them ("Chrome", "Windows"); null where the header does not say.
 */
public record Device(String browser, String system) {

    private record Name(Pattern pattern, String name) {
    }

    // the order matters: Edge and Cốc Cốc also call themselves Chrome and Safari, Chrome calls itself Safari
    private static final List<Name> BROWSERS = List.of(
            new Name(Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)"), "Edge"),
            new Name(Pattern.compile("coc_coc_browser/(\\d+)"), "Cốc Cốc"),
            new Name(Pattern.compile("(?:OPR|Opera)/(\\d+)"), "Opera"),
            new Name(Pattern.compile("(?:Firefox|FxiOS)/(\\d+)"), "Firefox"),
            new Name(Pattern.compile("(?:Chrome|CriOS|Chromium)/(\\d+)"), "Chrome"),
            new Name(Pattern.compile("Version/(\\d+)[^ ]* (?:Mobile/\\S+ )?Safari/"), "Safari"));
    private static final List<Name> SYSTEMS = List.of(
            new Name(Pattern.compile("Windows"), "Windows"),
            new Name(Pattern.compile("Android"), "Android"),
            new Name(Pattern.compile("iPhone|iPad|iPod"), "iOS"),
            new Name(Pattern.compile("Mac OS X|Macintosh"), "macOS"),
            new Name(Pattern.compile("CrOS"), "ChromeOS"),
            new Name(Pattern.compile("Linux|X11"), "Linux"));

    static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        String browser = null;
        for (Name name : BROWSERS) {
            Matcher matcher = name.pattern().matcher(userAgent);
            if (matcher.find()) {
                browser = name.name() + " " + matcher.group(1);
                break;
            }
        }
        String system = null;
        for (Name name : SYSTEMS) {
            if (name.pattern().matcher(userAgent).find()) {
                system = name.name();
                break;
            }
        }
        return new Device(browser, system);
    }
}
