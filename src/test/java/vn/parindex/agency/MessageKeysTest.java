package vn.parindex.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every key of the agency, security and two-factor bundles exists in Vietnamese and English, and every literal
 * #{key} in the agency, user and account templates resolves.
 */
class MessageKeysTest {

    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({"agency, agency", "security, user", "security, account", "twofactor, account"})
    void bothLanguagesHaveTheSameKeysAndTheTemplatesUseOnlyThem(String bundle, String templates) throws IOException {
        Properties vi = load(bundle);
        Properties en = load(bundle + "_en");
        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        vi.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());

        Set<String> known = new HashSet<>();
        // the two-factor pages and the user page's reset button share the two-factor bundle
        for (String name : List.of(bundle, "common", "security", "twofactor")) {
            known.addAll(load(name).stringPropertyNames());
        }
        known.addAll(load("agency").stringPropertyNames());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates", templates))) {
            for (Path file : files.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
