package vn.parindex.notification;

/**
 * What the outbox page is filtered by, as the GET form sends it (all text, checked by {@link OutboxSearch}):
 * a search of recipient and subject, a campaign id, an agency code, a kind, a status, a date range (yyyy-MM-dd).
 */
record OutboxFilter(String q, String campaign, String agency, String kind, String status, String from, String to) {
}
