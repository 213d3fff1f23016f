package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.common.Decimals;
import vn.parindex.common.OfficialDocx;

/**
 * The self-assessment report for the head to sign as a Word document in the official layout: the same summary per
 * group, total and explanations as the PDF, from the same scorecard.
 */
@Component
@RequiredArgsConstructor
class SelfAssessmentWord {

    private final MessageSource messages;
    private final SelfAssessmentReport report;

    byte[] docx(Scorecard sc, String organiserName, Locale locale) {
        String title = text("report.title", locale, String.valueOf(sc.year()));
        OfficialDocx doc = OfficialDocx.open(OfficialDocx.header(messages, locale,
                OfficialDocx.committee(messages, locale, organiserName), sc.agencyName(),
                text("report.docx.number", locale), organiserName), title);
        doc.title(text("report.docx.kind", locale), title);
        doc.text(text("report.docx.to", locale));
        doc.text(text("report.docx.intro", locale, sc.campaignName(), sc.agencyName()));
        doc.heading(text("report.summary", locale));
        List<List<String>> rows = new ArrayList<>();
        for (Scorecard.Row group : sc.groups()) {
            rows.add(List.of(group.criterion().getCode(), group.criterion().getTitle(),
                    number(group.total().applicableMax(), locale), number(group.total().points(), locale),
                    number(group.total().subIndex(), locale)));
        }
        rows.add(List.of("", text("report.total", locale), number(sc.totals().applicableMax(), locale),
                number(sc.totals().total(), locale), number(sc.totals().index(), locale)));
        doc.table(List.of(text("report.col.code", locale), text("report.col.group", locale),
                        text("report.col.max", locale), text("report.col.points", locale),
                        text("report.col.index", locale)),
                rows, new int[] {8, 50, 14, 14, 14}, Set.of(2, 3, 4), Set.of(rows.size() - 1));
        doc.heading(text("report.explanations", locale));
        List<String> explanations = report.explanations(sc, locale);
        doc.text(explanations.isEmpty() ? text("report.noExplanations", locale) : String.join("\n", explanations));
        doc.signatures(text("report.recipients", locale), new OfficialDocx.Signer(text("report.head", locale),
                text("report.signStamp", locale), sc.headName()));
        return doc.bytes();
    }

    private static String number(java.math.BigDecimal value, Locale locale) {
        return value == null ? "—" : Decimals.format(value, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
