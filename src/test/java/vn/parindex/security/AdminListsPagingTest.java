package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.common.PagedPages;
import vn.parindex.process.ProcessFixture;

/**
 * The agencies and users lists of a province of their own, walked page by page: every row once, in a stable order,
 * filters that combine, and a 400 naming the parameter for what means nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminListsPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    ProcessFixture.World world;
    PagedPages pages;

    @BeforeAll
    void province() {
        world = fixture.world();
        pages = new PagedPages(mvc, users.loadUserByUsername(world.organiser()));
    }

    @Test
    void agenciesWalkEveryAgencyOnceInEachSort() throws Exception {
        List<Long> all = jdbc.queryForList("select id from agency where organiser_id = ? order by name, id", Long.class,
                world.organiserId());
        assertThat(pages.walk("/agencies?size=2&sort=name", (all.size() + 1) / 2)).containsExactlyElementsOf(all);
        assertThat(pages.walk("/agencies?size=3&sort=code&dir=desc", (all.size() + 2) / 3))
                .containsExactlyElementsOf(jdbc.queryForList(
                        "select id from agency where organiser_id = ? order by code desc, id desc", Long.class,
                        world.organiserId()));
        assertThat(pages.html("/agencies?size=2")).contains("1–2 / " + all.size() + " cơ quan");
    }

    @Test
    void agencyFiltersCombineAndBadValuesAre400() throws Exception {
        Long type = jdbc.queryForObject("select type_id from agency where id = ?", Long.class, world.agencyAId());
        List<Long> shown = PagedPages.ids(pages.html("/agencies?type=" + type + "&q=" + world.agencyACode()));
        assertThat(shown).contains(world.agencyAId()).allSatisfy(id -> assertThat(jdbc.queryForObject(
                "select type_id from agency where id = ?", Long.class, id)).isEqualTo(type));
        assertThat(PagedPages.ids(pages.html("/agencies?type=" + type + "&q=no-such-agency-anywhere"))).isEmpty();
        assertThat(pages.rejected("/agencies?sort=secret")).contains("“sort”").contains("active, code, focal, name, type");
        assertThat(pages.rejected("/agencies?type=abc")).contains("“type”");
        assertThat(pages.rejected("/agencies?type=987654321")).contains("“type”");
        assertThat(PagedPages.ids(pages.html("/agencies?size=2&page=999"))).isNotEmpty();
    }

    @Test
    void usersWalkEveryAccountOnceAndFilterByRoleAndState() throws Exception {
        List<Long> all = jdbc.queryForList("select id from app_user where organiser_id = ? order by username, id",
                Long.class, world.organiserId());
        assertThat(pages.walk("/users?size=2&sort=username", (all.size() + 1) / 2)).containsExactlyElementsOf(all);
        List<Long> officers = jdbc.queryForList("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id
                where u.organiser_id = ? and r.role = 'OFFICER' and u.active = true order by u.username, u.id""",
                Long.class, world.organiserId());
        assertThat(officers).isNotEmpty();
        assertThat(PagedPages.ids(pages.html("/users?role=OFFICER&state=ACTIVE&sort=username")))
                .containsExactlyElementsOf(officers);
        assertThat(PagedPages.ids(pages.html("/users?role=OFFICER&state=DORMANT"))).isEmpty();
        assertThat(pages.rejected("/users?role=KING")).contains("“role”").contains("OFFICER");
        assertThat(pages.rejected("/users?state=ASLEEP")).contains("“state”").contains("DORMANT");
        assertThat(pages.rejected("/users?dir=around")).contains("“dir”");
    }
}
