package vn.parindex.timeline;

import java.util.List;

/** Open tasks whose due dates a deadline change has just moved (published inside the change's transaction). */
public record DueDatesMoved(Long campaignId, List<String> taskIds) {
}
