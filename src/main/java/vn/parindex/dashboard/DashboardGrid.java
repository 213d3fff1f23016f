package vn.parindex.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.parindex.assessment.AssessmentStatus;

/**
 * The agency × milestone grid, one line per agency with its cells written out here: a 300-agency campaign has
 * some 3,000 cells, and one template expression per line instead of two per cell keeps the page fast.
 */
@Component
class DashboardGrid {

    /** One line of the grid: the agency, its assessment's state and its cells as ready, escaped HTML. */
    record Line(CampaignDashboard.Row row, String status, String cellsHtml) {
    }

    private final MessageSource messages;

    DashboardGrid(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(List<CampaignDashboard.Row> rows, Locale locale) {
        Map<CellState, String> cells = new EnumMap<>(CellState.class);
        for (CellState state : CellState.values()) {
            cells.put(state, "<td class=\"" + state.cellClass() + "\">"
                    + HtmlUtils.htmlEscape(messages.getMessage(state.messageKey(), null, locale)) + "</td>");
        }
        Map<AssessmentStatus, String> statuses = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            statuses.put(status, messages.getMessage("assessment.status." + status.name(), null, locale));
        }
        return rows.stream().map(row -> {
            StringBuilder html = new StringBuilder(row.cells().size() * 60);
            row.cells().values().forEach(state -> html.append(cells.get(state)));
            return new Line(row, row.status() == null ? "" : statuses.get(row.status()), html.toString());
        }).toList();
    }
}
