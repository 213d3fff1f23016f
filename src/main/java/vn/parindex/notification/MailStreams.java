package vn.parindex.notification;

/**
 * Jakarta Mail 2.1 looks its stream provider up through the class path's service files each time it creates a
 * message, a body part or a header block (jakartaee/mail-api#699, #861): a scan of every jar, several times per
 * mail, the largest part of building and parsing a mail in the profile of 10,000 reminders. Named as a system
 * property, the provider is created directly. The property is left alone if it is already set.
 */
final class MailStreams {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Called before the first mail is built. */
    static void nameTheProvider() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
