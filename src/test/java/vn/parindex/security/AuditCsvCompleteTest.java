package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.common.PagedPages;

/** The audit log's CSV holds every line the filters select, not only the page shown, in the page's order. */
@IntegrationTest
class AuditCsvCompleteTest {

    static final int EXPORTS = 70;

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    TwoProvinces provinces;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCsvHoldsEveryLineOfTheFiltersInThePagesOrder() throws Exception {
        String username = "t.csv." + System.nanoTime();
        accounts.create(username, "Đỗ Thị Xuất", username + "@demo.parindex.vn",
                organisers.findByCode("AH").orElseThrow(), agencies.findByCode("AH-SCT").orElseThrow(),
                EnumSet.of(Role.OFFICER), "Nhat12345", false);
        for (int i = 0; i < EXPORTS; i++) {
            audit.recordFor(AuditKind.EXPORT, username, "Báo cáo số " + i);
            if (i % 10 == 0) {
                audit.recordFor(AuditKind.LOGIN, username, null);
            }
        }
        CurrentUser admin = provinces.as("admin");
        String filters = "username=" + username + "&kind=EXPORT";
        for (String order : List.of("", "&sort=time&dir=asc", "&sort=kind&dir=desc")) {
            List<Long> paged = new PagedPages(mvc, admin).walk("/audit?size=20&" + filters + order, 4);
            assertThat(paged).as("the page walk " + order).hasSize(EXPORTS);
            assertThat(csvIds("/audit.csv?" + filters + order, admin)).as("the CSV " + order)
                    .containsExactlyElementsOf(paged);
        }
        assertThat(csvIds("/audit.csv?" + filters, admin)).containsExactlyElementsOf(jdbc.queryForList(
                "select id from audit_event where username = ? and kind = 'EXPORT' order by occurred_at desc, id desc",
                Long.class, username));
        assertThat(csvIds("/audit.csv?username=" + username, admin)).hasSize(EXPORTS + EXPORTS / 10);
    }

    private List<Long> csvIds(String url, CurrentUser admin) throws Exception {
        byte[] file = mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords().stream().map(row -> Long.valueOf(row.get("id"))).toList();
    }
}
