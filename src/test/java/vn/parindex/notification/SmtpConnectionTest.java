package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** One connection carries many mails, up to its limit; a server that is gone is told apart from a refused mail. */
class SmtpConnectionTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private final JavaMailSenderImpl sender = sender(ServerSetupTest.SMTP.getPort());

    @Test
    void sevenMailsWithThreeAConnectionOpenThreeConnectionsAndAllArrive() throws Exception {
        try (SmtpConnection connection = new SmtpConnection(sender, 3)) {
            for (int i = 1; i <= 7; i++) {
                connection.send(mail("mail " + i));
            }
            assertThat(connection.opened()).isEqualTo(3);
        }
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("mail 1", "mail 2", "mail 3", "mail 4", "mail 5", "mail 6", "mail 7");
    }

    @Test
    void aServerThatCannotBeReachedIsUnreachable() throws Exception {
        JavaMailSenderImpl nowhere = sender(1);
        try (SmtpConnection connection = new SmtpConnection(nowhere, 100)) {
            assertThatThrownBy(() -> connection.send(mail("lost"))).isInstanceOf(SmtpConnection.Unreachable.class);
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private MimeMessage mail(String subject) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom("chisocchc@parindex.local");
        helper.setTo("can.bo@so-noi-vu.parindex.vn");
        helper.setSubject(subject);
        helper.setText("<p>Nhắc hạn</p>", true);
        return message;
    }
}
