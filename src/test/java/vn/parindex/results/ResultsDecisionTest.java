package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.parindex.IntegrationTest;
import vn.parindex.common.Decimals;
import vn.parindex.common.Docx;
import vn.parindex.security.Role;

/** The draft decision announcing the results: the official layout and an annex with the draft Excel's figures. */
@IntegrationTest
class ResultsDecisionTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ResultsFixture fixture;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theAnnexListsEveryAgencyWithTheIndexRankAndClassOfTheDraftExcel() throws Exception {
        ResultsFixture.Seeded seeded = fixture.seed(ResultsFixtureTrees.SMALL, 3, 2026);
        fixture.scores(seeded, List.of(
                new ResultsFixture.Score(0, "1.1", new BigDecimal("2"), false, null, null),
                new ResultsFixture.Score(0, "1.2.1", new BigDecimal("2"), false, null, null),
                new ResultsFixture.Score(0, "2.1", null, false, null, new BigDecimal("3")),
                new ResultsFixture.Score(1, "1.1", new BigDecimal("2"), false, new BigDecimal("1"), null),
                new ResultsFixture.Score(2, "1.1", new BigDecimal("2"), false, null, null)));
        fixture.settings(seeded, "A:90;B:80;C:70;D:0", BigDecimal.ZERO);
        RequestPostProcessor chairman = user(users.loadUserByUsername(fixture.user(seeded, -1, Role.CHAIRMAN)));
        String page = mvc.perform(get("/results/campaigns/" + seeded.campaignId()).with(chairman))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/results/campaigns/" + seeded.campaignId() + "/decision.docx",
                "Dự thảo Quyết định công bố (Word)");

        Docx docx = Docx.read(mvc.perform(get("/results/campaigns/" + seeded.campaignId() + "/decision.docx")
                .with(chairman)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        String province = "Tỉnh kết quả " + seeded.code();
        assertThat(docx.title()).isEqualTo("Về việc công bố kết quả Chỉ số cải cách hành chính năm 2026 của các cơ "
                + "quan, đơn vị trên địa bàn " + province);
        assertThat(docx.header().get(0).get(0)).contains("ỦY BAN NHÂN DÂN", "Số: .../QĐ-UBND");
        assertThat(docx.header().get(0).get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "kết quả " + seeded.code() + ", ngày ... tháng ... năm ...");
        assertThat(docx.paragraphs()).contains("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "PHỤ LỤC",
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
        assertThat(docx.text()).contains("Điều 1. Công bố kết quả Chỉ số cải cách hành chính năm 2026 của 3 cơ quan");
        assertThat(docx.fonts()).containsOnly("Times New Roman");

        List<List<String>> annex = docx.tables().get(docx.tables().size() - 1);
        assertThat(annex.get(0)).containsExactly("STT", "Cơ quan", "Chỉ số (%)", "Hạng", "Xếp loại");
        assertThat(annex.subList(1, annex.size())).isEqualTo(draftExcel(seeded, chairman));
        assertThat(annex).hasSize(4);
        assertThat(annex.get(1)).containsExactly("1", "Sở số 0 " + seeded.code(), "70,00", "1", "C");
    }

    @Test
    void anAgencyOfficerGetsNoDraftDecision() throws Exception {
        ResultsFixture.Seeded seeded = fixture.seed(ResultsFixtureTrees.SMALL, 1, 2026);
        mvc.perform(get("/results/campaigns/" + seeded.campaignId() + "/decision.docx")
                        .with(user(users.loadUserByUsername(fixture.user(seeded, 0, Role.OFFICER)))))
                .andExpect(status().isForbidden());
    }

    /** Number, agency, index, rank and class of every row of the draft Excel, written as Word writes them. */
    private List<List<String>> draftExcel(ResultsFixture.Seeded seeded, RequestPostProcessor who) throws Exception {
        byte[] xlsx = mvc.perform(get("/results/campaigns/" + seeded.campaignId() + "/draft.xlsx").with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(List.of(String.valueOf(r), row.getCell(3).getStringCellValue(),
                        Decimals.format(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()), VI),
                        String.valueOf((int) row.getCell(1).getNumericCellValue()), row.getCell(7).getStringCellValue()));
            }
        }
        return rows;
    }
}
