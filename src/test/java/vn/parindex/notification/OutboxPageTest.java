package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.common.PagedPages;
import vn.parindex.common.SearchText;
import vn.parindex.common.VietnamTime;
import vn.parindex.process.ProcessFixture;

/**
 * The outbox page of a province with 250 mails: pages that together hold every mail once in a stable order (mails
 * created in the same minute included), filters that combine, the count, and a 400 naming the parameter for what
 * means nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxPageTest {

    static final int MAILS = 250;
    static final MailKind[] KINDS = {MailKind.REMINDER, MailKind.OVERDUE, MailKind.DEADLINE_CHANGED};

    record Row(long id, long agency, MailKind kind, MailStatus status, Instant created, String recipient,
               String subject) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;

    ProcessFixture.World world;
    PagedPages pages;
    List<Row> rows = new ArrayList<>();
    Instant base = Instant.parse("2026-11-01T01:00:00Z");

    @BeforeAll
    void mails() {
        world = fixture.world();
        pages = new PagedPages(mvc, users.loadUserByUsername(world.organiser()));
        for (int i = 0; i < MAILS; i++) {
            long agency = i % 2 == 0 ? world.agencyAId() : world.agencyBId();
            MailKind kind = KINDS[i % 3];
            MailStatus status = i % 5 == 0 ? MailStatus.FAILED : MailStatus.SENT;
            // four mails a quarter of an hour, two days 06/11 .. 11/11 Vietnam time; ties must not reorder pages
            Instant created = base.plus((i / 4) * 15L, ChronoUnit.MINUTES).plus((i / 100) * 2L, ChronoUnit.DAYS);
            String recipient = "nguoi" + (i * 7919 % MAILS) + "@" + world.code().toLowerCase() + ".test";
            String subject = (i % 10 == 0 ? "[CCHC] Hà Nội nhắc hạn số " : "[CCHC] Nhắc hạn số ") + i;
            // every twentieth row as the migration left older rows: lower-cased, not folded
            String search = i % 20 == 10 ? (recipient + " " + subject).toLowerCase() : SearchText.fold(recipient, subject);
            jdbc.update("""
                    insert into outbox_mail (dedup_key, campaign_id, agency_id, kind, recipient, subject, body_html,
                        status, attempts, next_attempt_at, created_at, message_id, version)
                    values (?, ?, ?, ?, ?, ?, '<p>x</p>', ?, 1, ?, ?, ?, 0)""",
                    world.code() + "-" + i, world.campaignId(), agency, kind.name(), recipient, subject,
                    status.name(), Timestamp.from(created), Timestamp.from(created), "<" + world.code() + i + ">");
            jdbc.update("""
                    insert into outbox_mail_search (mail_id, search_text, subject_lower)
                    select id, ?, lower(subject) from outbox_mail where dedup_key = ?""", search, world.code() + "-" + i);
            rows.add(new Row(0, agency, kind, status, created, recipient, subject));
        }
        Map<String, Long> ids = jdbc.queryForList("select dedup_key, id from outbox_mail where campaign_id = ?",
                world.campaignId()).stream().collect(Collectors.toMap(r -> (String) r.get("dedup_key"),
                r -> ((Number) r.get("id")).longValue()));
        for (int i = 0; i < MAILS; i++) {
            Row planned = rows.get(i);
            rows.set(i, new Row(ids.get(world.code() + "-" + i), planned.agency(), planned.kind(), planned.status(),
                    planned.created(), planned.recipient(), planned.subject()));
        }
    }

    List<Long> expected(Predicate<Row> filter, Comparator<Row> order) {
        return rows.stream().filter(filter).sorted(order).map(Row::id).toList();
    }

    @Test
    void walkingAllPagesShowsEveryMailOnceNewestFirstWithTiesByIdAndTheCount() throws Exception {
        // the demo province's own mails are not this organiser's: the world has only these 250 (plus what its
        // campaign sent, none: it is not launched)
        List<Long> walked = pages.walk("/outbox?size=20", 13);
        assertThat(walked).containsExactlyElementsOf(expected(r -> true,
                Comparator.comparing(Row::created).thenComparing(Row::id).reversed()));
        String first = pages.html("/outbox?size=20");
        assertThat(first).contains("1–20 / 250 thư").contains("Trang 1/13");
        assertThat(pages.html("/outbox?size=20&lang=en")).contains("1–20 of 250 mails");
    }

    @Test
    void anotherSortWalksStablyAcrossPagesToo() throws Exception {
        List<Long> walked = pages.walk("/outbox?size=17&sort=status&dir=asc", 15);
        assertThat(walked).containsExactlyElementsOf(expected(r -> true,
                Comparator.comparing((Row r) -> r.status().name()).thenComparing(Row::id)));
        List<Long> byKind = pages.walk("/outbox?size=30&sort=kind&dir=desc", 9);
        assertThat(byKind).containsExactlyElementsOf(expected(r -> true,
                Comparator.comparing((Row r) -> r.kind().name()).thenComparing(Row::id).reversed()));
    }

    @Test
    void filtersCombine() throws Exception {
        String url = "/outbox?size=200&agency=" + world.agencyACode() + "&status=FAILED&kind=REMINDER";
        List<Long> shown = PagedPages.ids(pages.html(url));
        List<Long> wanted = expected(r -> r.agency() == world.agencyAId() && r.status() == MailStatus.FAILED
                && r.kind() == MailKind.REMINDER, Comparator.comparing(Row::created).thenComparing(Row::id).reversed());
        assertThat(wanted).isNotEmpty();
        assertThat(shown).containsExactlyElementsOf(wanted);
        assertThat(pages.html(url)).contains("1–" + wanted.size() + " / " + wanted.size() + " thư");

        LocalDate day = LocalDate.ofInstant(rows.get(120).created(), VietnamTime.ZONE);
        String dated = "/outbox?size=200&campaign=" + world.campaignId() + "&from=" + day + "&to=" + day + "&kind=OVERDUE";
        assertThat(PagedPages.ids(pages.html(dated))).containsExactlyInAnyOrderElementsOf(expected(
                r -> LocalDate.ofInstant(r.created(), VietnamTime.ZONE).equals(day) && r.kind() == MailKind.OVERDUE,
                Comparator.comparing(Row::id)));
    }

    @Test
    void theSearchMatchesRecipientAndSubjectWithOrWithoutAccents() throws Exception {
        List<Long> folded = expected(r -> r.subject().contains("Hà Nội"), Comparator.comparing(Row::id));
        assertThat(PagedPages.ids(pages.html("/outbox?size=200&q=ha noi")))
                .containsExactlyInAnyOrderElementsOf(folded.stream()
                        .filter(id -> rows.stream().anyMatch(r -> r.id() == id && (rows.indexOf(r) % 20 != 10)))
                        .toList());
        assertThat(PagedPages.ids(pages.html("/outbox?size=200&q=Hà Nội")))
                .containsExactlyInAnyOrderElementsOf(folded);
        Row one = rows.get(37);
        assertThat(PagedPages.ids(pages.html("/outbox?q=" + one.recipient()))).containsExactly(one.id());
    }

    @Test
    void aMailTheOutboxWritesIsFoundByTheSearchBoxAndItsKeyIsWrittenOnce() throws Exception {
        String key = "search-" + world.code();
        RenderedMail mail = new RenderedMail("[CCHC] Nhắc hạn nộp báo cáo — Đắk Lắk", "<p>x</p>", null);
        try {
            Boolean first = transaction.execute(tx -> outbox.enqueue(key, world.campaignId(), world.agencyAId(),
                    MailKind.REMINDER, "van.thu@daklak.test", mail));
            Boolean again = transaction.execute(tx -> outbox.enqueue(key, world.campaignId(), world.agencyAId(),
                    MailKind.REMINDER, "van.thu@daklak.test", mail));
            assertThat(first).isTrue();
            assertThat(again).as("the same key again").isFalse();
            Long id = jdbc.queryForObject("select id from outbox_mail where dedup_key = ?", Long.class, key);
            assertThat(PagedPages.ids(pages.html("/outbox?q=dak lak"))).containsExactly(id);
            assertThat(PagedPages.ids(pages.html("/outbox?q=Đắk Lắk"))).containsExactly(id);
            assertThat(PagedPages.ids(pages.html("/outbox?q=VAN.THU@"))).containsExactly(id);
        } finally {
            jdbc.update("delete from outbox_mail where dedup_key = ?", key);
        }
    }

    @Test
    void aPagePastTheEndIsTheLastPageAndASizeOverTheMaximumIsTheMaximum() throws Exception {
        String last = pages.html("/outbox?size=20&page=99");
        assertThat(last).contains("241–250 / 250 thư").contains("Trang 13/13");
        assertThat(PagedPages.ids(last)).hasSize(10);
        assertThat(PagedPages.ids(pages.html("/outbox?size=100000"))).hasSize(200);
        assertThat(PagedPages.ids(pages.html("/outbox?page=-4&size=-1"))).hasSize(50);
    }

    @Test
    void whatMeansNothingIsA400NamingTheParameter() throws Exception {
        assertThat(pages.rejected("/outbox?sort=password")).contains("“sort”").contains("“password”")
                .contains("created, kind, recipient, status, subject");
        assertThat(pages.rejected("/outbox?dir=up")).contains("“dir”").contains("asc, desc");
        assertThat(pages.rejected("/outbox?status=LOST")).contains("“status”").contains("PENDING, SENT, FAILED");
        assertThat(pages.rejected("/outbox?kind=SPAM")).contains("“kind”");
        assertThat(pages.rejected("/outbox?from=31/12/2026")).contains("“from”").contains("yyyy-MM-dd");
        assertThat(pages.rejected("/outbox?agency=NO-SUCH")).contains("“agency”").contains("NO-SUCH");
        assertThat(pages.rejected("/outbox?campaign=999999999")).contains("“campaign”");
        assertThat(pages.rejected("/outbox?page=abc")).contains("“page”");
    }

    @Test
    void anotherProvincesOrganiserSeesNoneOfTheseMails() throws Exception {
        ProcessFixture.World other = fixture.world();
        PagedPages theirs = new PagedPages(mvc, users.loadUserByUsername(other.organiser()));
        assertThat(PagedPages.ids(theirs.html("/outbox?size=200"))).doesNotContainAnyElementsOf(
                rows.stream().map(Row::id).toList());
        assertThat(theirs.rejected("/outbox?campaign=" + world.campaignId())).contains("“campaign”");
        assertThat(theirs.rejected("/outbox?agency=" + world.agencyACode())).contains("“agency”");
    }
}
