package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.parindex.IntegrationTest;
import vn.parindex.common.Decimals;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.LeafAnswer;
import vn.parindex.framework.scoring.NodeScore;
import vn.parindex.framework.scoring.ScoreNode;
import vn.parindex.framework.scoring.Scoring;
import vn.parindex.framework.scoring.ScoringTree;
import vn.parindex.framework.scoring.Standing;
import vn.parindex.security.Role;

/**
 * Random frameworks and answers (seeded, so a failure replays): for every agency the scoring module's figures are
 * the ones the results service, the organiser's results page, the scorecard page, the draft Excel and PDF, the
 * published Excel and the agency's self-assessment Excel show. Covers N/A (the agency's or the reviewer's),
 * appraisals replacing self-scores, survey-measured leaves, bonus, penalty, clamping, late submission and agencies
 * closed as not submitted.
 */
@IntegrationTest
class SameFiguresEverywhereTest {

    private static final long SEED = 20261206L;
    private static final int CASES = 50;
    private static final int AGENCIES = 3;
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignResults results;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MessageSource messages;
    @Autowired
    ResultsWorkflow workflow;
    @Autowired
    vn.parindex.campaign.CampaignRepository campaigns;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** One random case: the tree, every agency's answers and standing, the late penalty. */
    private record Case(List<ResultsFixture.Node> tree, List<ResultsFixture.Score> scores,
                        List<ResultsFixture.Score> appraisedNotApplicable, List<Standing> standings,
                        List<String> statuses, List<Integer> lateDays, BigDecimal latePenalty) {
    }

    @Test
    void theScorecardTheResultsAndTheExportsShowTheModulesFigures() throws Exception {
        for (int i = 0; i < CASES; i++) {
            Random random = new Random(SEED + i);
            Case c = randomCase(random);
            try {
                check(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + (SEED + i) + "): " + c, e);
            }
        }
    }

    private void check(Case c) throws Exception {
        ResultsFixture.Seeded seeded = fixture.seed(c.tree(), AGENCIES, 2026);
        fixture.scores(seeded, c.scores());
        for (ResultsFixture.Score s : c.appraisedNotApplicable()) {
            jdbc.update("""
                    update criterion_score set appraised = true, appraised_na = true, appraised_points = null
                    where campaign_id = ? and agency_id = ? and criterion_id = ?""", seeded.campaignId(),
                    seeded.agencyIds().get(s.agency()), seeded.criterion(s.leaf()));
        }
        for (int a = 0; a < AGENCIES; a++) {
            if (c.statuses().get(a) != null) {
                fixture.standing(seeded, a, c.statuses().get(a), c.lateDays().get(a));
            }
        }
        fixture.settings(seeded, "A:90;B:80;C:70;D:0", c.latePenalty());
        UserDetails organiser = userDetails.loadUserByUsername(fixture.user(seeded, -1, Role.ORGANISER));

        ScoringTree tree = tree(c.tree(), seeded);
        CampaignResults.Report report = results.compute(seeded.campaignId(), seeded.organiserId());
        String resultsPage = page("/results/campaigns/" + seeded.campaignId(), organiser);
        Sheet draft = sheet(bytes("/results/campaigns/" + seeded.campaignId() + "/draft.xlsx", organiser));
        String draftPdf = pdfText(bytes("/results/campaigns/" + seeded.campaignId() + "/draft.pdf", organiser));
        workflow.snapshot(campaigns.findById(seeded.campaignId()).orElseThrow(), "test", null, "QĐ 1/2026");
        Sheet published = sheet(mvc.perform(get("/public/results/" + seeded.campaignId() + "/export.xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        for (int a = 0; a < AGENCIES; a++) {
            Long agencyId = seeded.agencyIds().get(a);
            String name = "Sở số " + a + " " + seeded.code();
            IndexScore expected = Scoring.score(tree, answers(c, a, seeded), c.standings().get(a), c.latePenalty());

            // the results service
            AgencyResult result = report.agency(agencyId).orElseThrow();
            assertSame(result.index(), expected);

            // the organiser's results page: the row's total, applicable maximum and index, the groups
            Matcher row = Pattern.compile("id=\"breakdown-" + agencyId + "\"([\\s\\S]*?)</details>\\s*</td>([\\s\\S]*?)</tr>")
                    .matcher(resultsPage);
            assertThat(row.find()).as("results row of " + name).isTrue();
            List<String> cells = cells(row.group(2));
            assertThat(cells.subList(0, 3)).as("results page " + name)
                    .containsExactly(show(expected.total()), show(expected.applicableMax()), show(expected.index()));
            List<String> subIndices = expected.groups().stream().map(g -> g.subIndex() == null
                    ? messages.getMessage("results.na", null, VI) : show(g.subIndex())).toList();
            assertThat(cells.subList(4, cells.size())).as("results page sub-indices " + name).isEqualTo(subIndices);
            for (NodeScore group : expected.groups()) {
                assertThat(row.group(1)).contains(show(group.points()) + " / " + show(group.applicableMax()));
            }
            if (expected.latePenalty().signum() != 0) {
                assertThat(row.group(1)).contains("−" + show(expected.latePenalty()));
            }

            // the draft exports
            Row excelRow = sheetRow(draft, name, 3);
            assertThat(List.of(excelRow.getCell(4).getNumericCellValue(), excelRow.getCell(5).getNumericCellValue(),
                    excelRow.getCell(6).getNumericCellValue())).as("draft Excel " + name).containsExactly(
                    expected.total().doubleValue(), expected.applicableMax().doubleValue(), expected.index().doubleValue());
            Row publishedRow = sheetRow(published, name, 3);
            assertThat(List.of(publishedRow.getCell(4).getNumericCellValue(), publishedRow.getCell(5).getNumericCellValue(),
                    publishedRow.getCell(6).getNumericCellValue())).as("published Excel " + name).containsExactly(
                    expected.total().doubleValue(), expected.applicableMax().doubleValue(), expected.index().doubleValue());
            assertThat(draftPdf).as("draft PDF " + name).contains((name + show(expected.total())
                    + show(expected.applicableMax()) + show(expected.index())).replaceAll("\\s+", ""));

            // the scorecard page: the totals and every inner node's points of its applicable maximum
            String scorecard = page("/assessments/" + seeded.campaignId() + "/agencies/" + agencyId, organiser);
            String totals = scorecard.substring(scorecard.indexOf("id=\"totals\""));
            totals = totals.substring(0, totals.indexOf("</div>\n</div>") > 0 ? totals.indexOf("</div>\n</div>") : 2000);
            assertThat(totals).as("scorecard totals " + name)
                    .contains("<strong>" + show(expected.total()) + "</strong> / <span>" + show(expected.applicableMax()) + "</span>")
                    .contains("<strong>" + show(expected.index()) + " %</strong>");
            assertAdjustment(totals, "scorecard.bonus", expected.bonus());
            assertAdjustment(totals, "scorecard.penalty", expected.penalty());
            assertAdjustment(totals, "scorecard.latePenalty", expected.latePenalty());
            for (ScoreNode node : tree.nodes()) {
                if (!tree.isLeaf(node)) {
                    NodeScore score = expected.node(node.code());
                    assertThat(scorecard).as("scorecard node " + node.code()).containsPattern("id=\"pts-" + node.id()
                            + "\"[^>]*>\\s*<span>" + Pattern.quote(show(score.points())) + "</span> / <span>"
                            + Pattern.quote(show(score.applicableMax())) + "</span>");
                }
            }

            // the agency's self-assessment report (Excel): every node and the total
            Sheet report2 = sheet(bytes("/assessments/" + seeded.campaignId() + "/agencies/" + agencyId + "/report.xlsx",
                    organiser));
            for (ScoreNode node : tree.nodes()) {
                NodeScore score = expected.node(node.code());
                Row line = sheetRow(report2, node.code(), 0);
                assertThat(java.util.Arrays.asList(number(line.getCell(2)), number(line.getCell(4)), number(line.getCell(5))))
                        .as("self-assessment Excel " + node.code() + " of " + name)
                        .containsExactly(value(score.applicableMax()), value(score.points()), value(score.subIndex()));
            }
            Row total = sheetRow(report2, messages.getMessage("report.total", null, VI), 1);
            assertThat(java.util.Arrays.asList(number(total.getCell(2)), number(total.getCell(4)), number(total.getCell(5))))
                    .as("self-assessment Excel total of " + name).containsExactly(value(expected.applicableMax()),
                            value(expected.total()), value(expected.index()));
        }
    }

    private void assertAdjustment(String totals, String key, BigDecimal value) {
        String label = messages.getMessage(key, null, VI) + "</span>:\n      <span>";
        if (value.signum() == 0) {
            assertThat(totals).doesNotContain(label);
        } else {
            assertThat(totals).contains(label + show(value) + "</span>");
        }
    }

    private static void assertSame(IndexScore actual, IndexScore expected) {
        assertThat(List.of(actual.total(), actual.applicableMax(), actual.bonus(), actual.penalty(),
                actual.latePenalty())).usingElementComparator(BigDecimal::compareTo).containsExactly(expected.total(),
                expected.applicableMax(), expected.bonus(), expected.penalty(), expected.latePenalty());
        assertThat(actual.index()).isEqualTo(expected.index());
        assertThat(actual.nodes().keySet()).containsExactlyElementsOf(expected.nodes().keySet());
        expected.nodes().forEach((code, node) -> {
            NodeScore got = actual.node(code);
            assertThat(got.points()).as(code).isEqualByComparingTo(node.points());
            assertThat(got.applicableMax()).as(code).isEqualByComparingTo(node.applicableMax());
            assertThat(got.subIndex()).as(code).isEqualTo(node.subIndex());
        });
    }

    // ---- random cases

    private static Case randomCase(Random random) {
        List<ResultsFixture.Node> tree = new ArrayList<>();
        int groups = 1 + random.nextInt(4);
        for (int g = 1; g <= groups; g++) {
            String group = String.valueOf(g);
            int groupAt = tree.size();
            tree.add(null);
            BigDecimal groupMax = BigDecimal.ZERO;
            int criteria = 1 + random.nextInt(3);
            for (int k = 1; k <= criteria; k++) {
                String code = group + "." + k;
                if (random.nextInt(3) == 0) {
                    int criterionAt = tree.size();
                    tree.add(null);
                    BigDecimal max = BigDecimal.ZERO;
                    int subs = 1 + random.nextInt(3);
                    for (int s = 1; s <= subs; s++) {
                        BigDecimal leafMax = randomMax(random);
                        tree.add(leaf(random, code + "." + s, leafMax));
                        max = max.add(leafMax);
                    }
                    tree.set(criterionAt, ResultsFixture.Node.of(code, max.toPlainString()));
                    groupMax = groupMax.add(max);
                } else {
                    BigDecimal leafMax = randomMax(random);
                    tree.add(leaf(random, code, leafMax));
                    groupMax = groupMax.add(leafMax);
                }
            }
            // now and then a group worth less than its children, so that clamping shows
            if (random.nextInt(5) == 0) {
                groupMax = groupMax.subtract(new BigDecimal("0.5")).max(new BigDecimal("0.5"));
            }
            tree.set(groupAt, ResultsFixture.Node.of(group, groupMax.toPlainString()));
        }
        if (random.nextBoolean()) {
            tree.add(new ResultsFixture.Node("8", String.valueOf(1 + random.nextInt(3)), RuleType.BONUS, MeasuredBy.SELF_ASSESSMENT));
        }
        if (random.nextBoolean()) {
            tree.add(new ResultsFixture.Node("9", String.valueOf(1 + random.nextInt(3)), RuleType.PENALTY, MeasuredBy.SELF_ASSESSMENT));
        }

        List<ResultsFixture.Score> scores = new ArrayList<>();
        List<ResultsFixture.Score> appraisedNotApplicable = new ArrayList<>();
        List<Standing> standings = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<Integer> lateDays = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            for (ResultsFixture.Node node : tree) {
                if (!isLeaf(tree, node)) {
                    continue;
                }
                BigDecimal max = new BigDecimal(node.max());
                int pick = random.nextInt(10);
                if (node.measuredBy() == MeasuredBy.SURVEY) {
                    if (pick > 1) {
                        scores.add(new ResultsFixture.Score(a, node.code(), null, false, null, points(random, max)));
                    }
                } else if (pick == 0) {
                    continue; // not answered yet
                } else if (pick == 1) {
                    scores.add(new ResultsFixture.Score(a, node.code(), null, true, null, null));
                } else if (pick == 2) {
                    // the reviewer finds the leaf does not apply
                    ResultsFixture.Score self = new ResultsFixture.Score(a, node.code(), points(random, max), false, null, null);
                    scores.add(self);
                    appraisedNotApplicable.add(self);
                } else if (pick <= 4) {
                    scores.add(new ResultsFixture.Score(a, node.code(), points(random, max), false, points(random, max), null));
                } else {
                    scores.add(new ResultsFixture.Score(a, node.code(), points(random, max), false, null, null));
                }
            }
            int standing = random.nextInt(10);
            if (standing == 0) {
                statuses.add(null);
                lateDays.add(null);
                standings.add(Standing.ON_TIME);
            } else if (standing == 1) {
                statuses.add("CLOSED_NOT_SUBMITTED");
                lateDays.add(null);
                standings.add(new Standing(true, 0));
            } else if (standing <= 4) {
                int days = 1 + random.nextInt(5);
                statuses.add("FINAL");
                lateDays.add(days);
                standings.add(new Standing(false, days));
            } else {
                statuses.add("FINAL");
                lateDays.add(0);
                standings.add(Standing.ON_TIME);
            }
        }
        BigDecimal latePenalty = BigDecimal.valueOf(random.nextInt(13), 2).multiply(BigDecimal.valueOf(25));
        return new Case(tree, scores, appraisedNotApplicable, standings, statuses, lateDays, latePenalty.setScale(2));
    }

    private static ResultsFixture.Node leaf(Random random, String code, BigDecimal max) {
        return random.nextInt(6) == 0
                ? new ResultsFixture.Node(code, max.toPlainString(), RuleType.RATIO, MeasuredBy.SURVEY)
                : ResultsFixture.Node.of(code, max.toPlainString());
    }

    /** 0.25 to 10, in quarters. */
    private static BigDecimal randomMax(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(40), 2).multiply(BigDecimal.valueOf(25)).setScale(2);
    }

    /** 0 to the maximum in hundredths, now and then a little above it (a typed bonus, say, that the total caps). */
    private static BigDecimal points(Random random, BigDecimal max) {
        int cents = max.movePointRight(2).intValue();
        int above = random.nextInt(8) == 0 ? 50 : 0;
        return BigDecimal.valueOf(random.nextInt(cents + above + 1), 2);
    }

    private static boolean isLeaf(List<ResultsFixture.Node> tree, ResultsFixture.Node node) {
        return tree.stream().noneMatch(n -> n.code().startsWith(node.code() + "."));
    }

    private static ScoringTree tree(List<ResultsFixture.Node> nodes, ResultsFixture.Seeded seeded) {
        List<ScoreNode> list = new ArrayList<>();
        for (ResultsFixture.Node node : nodes) {
            int dot = node.code().lastIndexOf('.');
            Long parent = dot < 0 ? null : seeded.criterion(node.code().substring(0, dot));
            list.add(new ScoreNode(seeded.criterion(node.code()), parent, node.code(), "Tiêu chí " + node.code(),
                    new BigDecimal(node.max()), isLeaf(nodes, node) ? node.rule() : null));
        }
        return new ScoringTree(list);
    }

    private static Map<Long, LeafAnswer> answers(Case c, int agency, ResultsFixture.Seeded seeded) {
        Map<Long, LeafAnswer> answers = new HashMap<>();
        for (ResultsFixture.Score s : c.scores()) {
            if (s.agency() == agency) {
                answers.put(seeded.criterion(s.leaf()), new LeafAnswer(s.selfNa(), s.selfPoints(),
                        s.appraisedPoints() != null, false, s.appraisedPoints(), s.surveyPoints()));
            }
        }
        for (ResultsFixture.Score s : c.appraisedNotApplicable()) {
            if (s.agency() == agency) {
                Long leaf = seeded.criterion(s.leaf());
                answers.put(leaf, answers.get(leaf).appraisedAs(null, true));
            }
        }
        return answers;
    }

    // ---- reading what users see

    private String page(String url, UserDetails who) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] bytes(String url, UserDetails who) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static Sheet sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p));
            }
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    private static List<String> cells(String html) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(html);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }

    private static Row sheetRow(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + text);
    }

    /** A cell as a number, or null when it shows no number ("—"). */
    private static Double number(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue();
    }

    private static Double value(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String show(BigDecimal value) {
        return Decimals.format(value, VI);
    }
}
