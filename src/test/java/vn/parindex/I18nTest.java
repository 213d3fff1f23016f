package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails the build on user-visible text written straight into a template, a message key a template uses
 * that is missing in either language, or a key present in one language only.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    /** Each language's name in its own language, as language switches show it. */
    private static final Set<String> ALLOWED_LITERALS = Set.of("Tiếng Việt", "English");

    private static final Pattern ELEMENT_TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*)</\\1>");
    private static final Pattern OPEN_TAG_TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]+)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label|value|data-confirm)=\"([^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
    /** The column headings of fragments/table: keys in a list (headings) or as a sort map's values (sortHeadings). */
    private static final Pattern HEADINGS = Pattern.compile("(?s)[hH]eadings\\((?:\\$\\{\\w+}, )?\\$\\{ \\{(.*?)} }\\)");
    private static final Pattern HEADING_KEY = Pattern.compile("'([a-zA-Z][\\w.]*)'(?!\\s*:)");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = stripped(Files.readString(template));
            Matcher text = OPEN_TAG_TEXT.matcher(html);
            while (text.find()) {
                String attributes = text.group(2);
                String content = text.group(3).trim();
                if (isWords(content) && !attributes.matches("(?s).*\\sth:(text|utext|replace|insert|errors)=.*")
                        && !ALLOWED_LITERALS.contains(content)) {
                    problems.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (isWords(attribute.group(2)) && !attribute.group(1).equals("value")) {
                    problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group(1) + "=\""
                            + attribute.group(2) + "\" (use th:" + attribute.group(1) + ")");
                }
            }
        }
        assertThat(problems).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("");
        Properties english = bundle("_en");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            List<String> names = new ArrayList<>(KEY.matcher(html).results().map(m -> m.group(1)).toList());
            HEADINGS.matcher(html).results()
                    .forEach(list -> HEADING_KEY.matcher(list.group(1)).results().forEach(k -> names.add(k.group(1))));
            for (String name : names) {
                if (!vietnamese.containsKey(name)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + name + " (vi)");
                }
                if (!english.containsKey(name)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + name + " (en)");
                }
            }
        }
        assertThat(missing).as("message keys missing").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("_en").stringPropertyNames());
        Set<String> onlyVietnamese = new TreeSet<>(vietnamese);
        onlyVietnamese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(vietnamese);
        assertThat(onlyVietnamese).as("keys without English").isEmpty();
        assertThat(onlyEnglish).as("keys without Vietnamese").isEmpty();
    }

    private static boolean isWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && !text.contains("${") && !text.contains("#{")
                && !text.contains("*{") && !text.contains("[[");
    }

    /** Removes comments, scripts and styles, whose text users do not read. */
    private static String stripped(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> suffix.isEmpty()
                    ? f.getFileName().toString().matches("[a-z]+\\.properties")
                    : f.getFileName().toString().endsWith(suffix + ".properties")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return all;
    }
}
