package vn.parindex.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.Campaign;
import vn.parindex.common.Decimals;
import vn.parindex.common.OfficialDocx;
import vn.parindex.common.VietnamTime;

/**
 * The draft decision announcing the results (Quyết định công bố kết quả Chỉ số CCHC) as a Word document for the
 * chairman to sign, with its annex: a table per agency type of every agency's index, rank and class, the same rows
 * as the draft Excel and PDF.
 */
@Component
@RequiredArgsConstructor
class ResultsDecision {

    private final MessageSource messages;

    byte[] docx(PublicResults.Published p, Campaign campaign, Locale locale) {
        String year = String.valueOf(p.year());
        String organiser = p.organiserName();
        String about = text("results.decision.about", locale, year, organiser);
        OfficialDocx doc = OfficialDocx.open(OfficialDocx.header(messages, locale,
                text("results.decision.issuerParent", locale), organiser, text("results.decision.number", locale),
                organiser), about);
        doc.title(text("results.decision.kind", locale), about,
                text("results.decision.authority", locale, OfficialDocx.upper(organiser)));
        String unknown = text("results.decision.unknown", locale);
        doc.text(text("results.decision.grounds", locale,
                campaign.getPlanNumber() == null ? unknown : campaign.getPlanNumber(),
                campaign.getPlanDate() == null ? unknown : VietnamTime.format(campaign.getPlanDate()), organiser, year));
        doc.centred(text("results.decision.decides", locale), true, false);
        int agencies = p.byType().values().stream().mapToInt(List::size).sum();
        doc.text(text("results.decision.article1", locale, year, String.valueOf(agencies), organiser));
        doc.text(text("results.decision.article2", locale));
        doc.text(text("results.decision.article3", locale));
        doc.signatures(text("results.decision.recipients", locale), new OfficialDocx.Signer(
                text("results.decision.signer", locale), text("results.decision.sign", locale), ""));
        doc.pageBreak();
        doc.centred(text("results.decision.annex", locale), true, false);
        doc.centred(text("results.decision.annexTitle", locale, year), true, false);
        doc.centred(text("results.decision.annexNote", locale, organiser), false, true);
        int type = 1;
        for (List<PublishedRow> rows : p.byType().values()) {
            doc.heading(text("results.decision.annexType", locale, String.valueOf(type++), rows.get(0).typeName(locale)));
            List<List<String>> lines = new ArrayList<>();
            int no = 1;
            for (PublishedRow row : rows) {
                lines.add(List.of(String.valueOf(no++), row.getAgencyName(),
                        Decimals.format(row.getIndexValue(), locale),
                        row.getRank() == null ? text("results.public.notRanked", locale) : row.getRank().toString(),
                        row.getClassLabel() == null ? "—" : row.getClassLabel()));
            }
            doc.table(List.of(text("results.decision.col.no", locale), text("results.column.agency", locale),
                            text("results.column.index", locale), text("results.column.rank", locale),
                            text("results.column.class", locale)),
                    lines, new int[] {8, 52, 14, 12, 14}, Set.of(0, 2, 3), Set.of());
        }
        return doc.bytes();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
