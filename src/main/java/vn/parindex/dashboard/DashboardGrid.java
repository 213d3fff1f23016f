package vn.parindex.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.Milestone;
import vn.parindex.common.PageResult;

/**
 * The agency × milestone grid, one line per agency of the page with its cells written out here: one template
 * expression per line instead of two per cell keeps the page fast.
 */
@Component
class DashboardGrid {

    /** One line of the grid: the agency, its assessment's state and its cells as ready, escaped HTML. */
    record Line(CampaignDashboard.Row row, String status, String cellsHtml) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    DashboardGrid(MessageSource messages) {
        this.messages = messages;
    }

    PageResult<Line> lines(PageResult<CampaignDashboard.Row> rows, List<Milestone> timeline, Locale locale) {
        Map<CellState, String> cells = new EnumMap<>(CellState.class);
        for (CellState state : CellState.values()) {
            cells.put(state, "<td class=\"" + state.cellClass() + "\">"
                    + HtmlUtils.htmlEscape(messages.getMessage(state.messageKey(), null, locale)) + "</td>");
        }
        Map<AssessmentStatus, String> statuses = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            statuses.put(status, messages.getMessage("assessment.status." + status.name(), null, locale));
        }
        return rows.map(row -> {
            StringBuilder html = new StringBuilder(row.cells().size() * 60);
            timeline.forEach(milestone -> html.append(cells.get(row.cells().get(milestone.getType()))));
            String status = row.waitingUntil() != null ? statusText(messages, row, locale)
                    : row.status() == null ? "" : statuses.get(row.status());
            return new Line(row, status, html.toString());
        });
    }

    /** The assessment column's text: "waiting for the window (from …)" before it opens, else the assessment's state. */
    static String statusText(MessageSource messages, CampaignDashboard.Row row, Locale locale) {
        if (row.waitingUntil() != null) {
            return messages.getMessage("dashboard.assessment.waiting",
                    new Object[] {row.waitingUntil().format(DATE)}, locale);
        }
        return row.status() == null ? messages.getMessage("dashboard.assessment.none", null, locale)
                : messages.getMessage("assessment.status." + row.status().name(), null, locale);
    }
}
