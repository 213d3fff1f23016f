package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;

/** The README's table of demo users names users the demo data makes, each with the agency it gives them. */
@IntegrationTest
class DemoUsersReadmeTest {

    private static final Pattern USERNAME = Pattern.compile("`([a-z0-9.]+)`");

    @Autowired
    AppUserRepository users;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyRowOfTheDemoUsersTableMatchesTheDemoData() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .dropWhile(line -> !line.startsWith("| user | role | agency |")).skip(2)
                .takeWhile(line -> line.startsWith("|")).toList();
        assertThat(rows).hasSizeGreaterThan(10);
        List<String> checked = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String agencyCell = cells[3].trim();
            Matcher names = USERNAME.matcher(cells[1]);
            while (names.find()) {
                String username = names.group(1);
                String agencyName = tx.execute(s -> users.findByUsername(username)
                        .map(u -> u.getAgency().getName()).orElse(null));
                assertThat(agencyName).as("demo user %s", username).isNotNull();
                assertThat(agencyCell).as("agency of %s", username).endsWith(agencyName);
                checked.add(username);
            }
        }
        assertThat(checked).contains("bs.district", "bs.commune.officer", "reviewer.skhcn");
    }
}
