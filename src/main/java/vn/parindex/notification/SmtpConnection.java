package vn.parindex.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of batches that hands over one message at a time, so each mail can be marked sent
 * as soon as the server accepted it ({@link JavaMailSender#send(MimeMessage...)} reports on the whole array at its
 * end). Opened as Spring's sender opens it; another kind of sender sends each message on its own. The connection
 * is not asked whether it is alive before each message ({@code isConnected()} costs a NOOP round trip, a fifth of
 * a mail's): a message that fails closes it, and the next one opens a new one; so does the message after the
 * {@code perConnection}-th, for relays that limit the mails of one connection.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SmtpConnection implements AutoCloseable {

    /** The server could not be reached: the rest of the batch fails with it, without a try each. */
    static final class Unreachable extends Exception {
        Unreachable(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final JavaMailSender sender;
    private final int perConnection;
    private Transport transport;
    private int sentOnIt;
    private int opened;

    /** Returns once the server accepted the message. */
    void send(MimeMessage message) throws MessagingException, Unreachable {
        if (!(sender instanceof JavaMailSenderImpl spring)) {
            sender.send(message);
            return;
        }
        if (transport != null && sentOnIt >= perConnection) {
            close();
        }
        if (transport == null) {
            transport = connect(spring);
            sentOnIt = 0;
            opened++;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            sentOnIt++;
        } catch (MessagingException e) {
            close(); // the next message opens a new connection
            throw e;
        }
    }

    private static Transport connect(JavaMailSenderImpl spring) throws Unreachable {
        String username = spring.getUsername();
        String password = spring.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        try {
            String protocol = spring.getProtocol() != null ? spring.getProtocol()
                    : spring.getSession().getProperty("mail.transport.protocol");
            Transport transport = spring.getSession().getTransport(protocol == null ? "smtp" : protocol);
            transport.connect(spring.getHost(), spring.getPort(), username, password);
            return transport;
        } catch (MessagingException e) {
            throw new Unreachable(e);
        }
    }

    /** How many connections were opened. */
    int opened() {
        return opened;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
