package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.CriterionScore;
import vn.parindex.common.Decimals;
import vn.parindex.common.OfficialDocx;

/**
 * The minutes of a reviewing department's appraisal of one agency as a Word document: every assigned criterion with
 * its self-score, appraised score and reason, as the appraisal page shows them, and the page's counts.
 */
@Component
@RequiredArgsConstructor
class AppraisalMinutes {

    private final MessageSource messages;

    byte[] docx(AppraisalTasks.Page page, String reviewerName, String organiserName, Locale locale) {
        String agency = page.agency().getName();
        String year = String.valueOf(page.campaign().getYear());
        OfficialDocx doc = OfficialDocx.open(OfficialDocx.header(messages, locale,
                OfficialDocx.committee(messages, locale, organiserName), reviewerName,
                text("appraisal.minutes.number", locale), organiserName), text("appraisal.minutes.title", locale, year));
        doc.title(text("appraisal.minutes.kind", locale), text("appraisal.minutes.title", locale, year),
                text("appraisal.minutes.of", locale, agency));
        doc.text(text("appraisal.minutes.opening", locale, reviewerName, agency, String.valueOf(page.rows().size())));
        doc.heading(text("appraisal.minutes.members", locale));
        doc.text(text("appraisal.minutes.membersText", locale, reviewerName, agency));
        doc.heading(text("appraisal.minutes.results", locale));
        List<List<String>> rows = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        for (AppraisalTasks.LeafRow row : page.rows()) {
            CriterionScore score = row.score();
            max = max.add(row.leaf().getMaxPoints());
            self = self.add(selfPoints(score));
            appraised = appraised.add(row.appraised() ? appraisedPoints(score) : BigDecimal.ZERO);
            rows.add(List.of(row.leaf().getCode(), row.leaf().getTitle(),
                    Decimals.format(row.leaf().getMaxPoints(), locale), self(score, locale), appraised(row, locale),
                    row.appraised() && score.getAppraisalReason() != null ? score.getAppraisalReason() : ""));
        }
        rows.add(List.of("", text("appraisal.minutes.total", locale), Decimals.format(max, locale),
                Decimals.format(self, locale), Decimals.format(appraised, locale), ""));
        doc.table(List.of(text("appraisal.minutes.col.code", locale), text("appraisal.minutes.col.criterion", locale),
                        text("appraisal.minutes.col.max", locale), text("appraisal.minutes.col.self", locale),
                        text("appraisal.minutes.col.appraised", locale), text("appraisal.minutes.col.reason", locale)),
                rows, new int[] {8, 36, 11, 11, 11, 23}, Set.of(2, 3, 4), Set.of(rows.size() - 1));
        doc.heading(text("appraisal.minutes.conclusion", locale));
        long waiting = page.rows().stream().filter(AppraisalTasks.LeafRow::openRequest).count();
        doc.text(text("appraisal.minutes.conclusionText", locale, String.valueOf(page.appraised()),
                String.valueOf(page.rows().size()), String.valueOf(waiting)));
        String sign = text("appraisal.minutes.sign", locale);
        doc.signatures(new OfficialDocx.Signer(OfficialDocx.upper(text("appraisal.minutes.representative", locale, agency)),
                        sign, ""),
                new OfficialDocx.Signer(OfficialDocx.upper(text("appraisal.minutes.representative", locale, reviewerName)),
                        sign, ""));
        return doc.bytes();
    }

    private static BigDecimal selfPoints(CriterionScore score) {
        return score == null || score.isSelfNa() || score.getSelfPoints() == null ? BigDecimal.ZERO : score.getSelfPoints();
    }

    private static BigDecimal appraisedPoints(CriterionScore score) {
        return score.isAppraisedNa() || score.getAppraisedPoints() == null ? BigDecimal.ZERO : score.getAppraisedPoints();
    }

    private String self(CriterionScore score, Locale locale) {
        if (score == null || !score.isSelfAnswered()) {
            return text("appraisal.noAnswer", locale);
        }
        return score.isSelfNa() ? text("appraisal.naShort", locale) : Decimals.format(score.getSelfPoints(), locale);
    }

    private String appraised(AppraisalTasks.LeafRow row, Locale locale) {
        if (!row.appraised()) {
            return text("appraisal.results.notYet", locale);
        }
        return row.score().isAppraisedNa() ? text("appraisal.naShort", locale)
                : Decimals.format(row.score().getAppraisedPoints(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
