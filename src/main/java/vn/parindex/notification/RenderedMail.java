package vn.parindex.notification;

/** A mail ready to send: subject, HTML body and, for a deadline, a calendar invite. */
public record RenderedMail(String subject, String html, String ics) {
}
