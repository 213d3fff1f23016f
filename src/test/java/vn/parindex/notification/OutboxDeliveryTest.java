package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.common.AppClock;

/**
 * Several nodes deliver one outbox: every mail goes out once however many deliverers run at the same time,
 * and a batch claimed by a node that died is sent by another once the claim's lease is over, with the
 * Message-ID it was given when it was written.
 */
@IntegrationTest
@Tag("postgres")
class OutboxDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxMailRepository mails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void fourDeliverersAtOnceSendEveryMailExactlyOnce() throws Exception {
        String domain = queue(250);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> deliverers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deliverers.add(delivery::deliverDue);
        }
        int sent = 0;
        for (Future<Integer> result : nodes.invokeAll(deliverers)) {
            sent += result.get();
        }
        nodes.shutdown();

        List<String> messageIds = messageIds(domain);
        assertThat(messageIds).hasSize(250).doesNotHaveDuplicates();
        assertThat(sent).isGreaterThanOrEqualTo(250);
        assertThat(mailsTo(domain)).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(mail.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aBatchClaimedByANodeThatDiedIsSentByAnotherWhenTheLeaseEnds() throws Exception {
        String domain = queue(3);
        List<Long> ids = mailsTo(domain).stream().map(OutboxMail::getId).toList();
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> mails.claim(ids, "node-that-died", now.plus(Duration.ofMinutes(2)), now));

        delivery.deliverDue();
        assertThat(messageIds(domain)).as("still claimed by the dead node").isEmpty();

        clock.setOffset(Duration.ofMinutes(3));
        delivery.deliverDue();
        assertThat(messageIds(domain)).containsExactlyInAnyOrderElementsOf(
                mailsTo(domain).stream().map(OutboxMail::getMessageId).toList());
    }

    private String queue(int count) {
        String domain = "n" + UUID.randomUUID().toString().substring(0, 8) + ".test.parindex.vn";
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(domain + "|" + i, null, null, MailKind.REMINDER, "user" + i + "@" + domain,
                        new RenderedMail("Nhắc hạn " + i, "<p>Nhắc hạn</p>", null));
            }
        });
        return domain;
    }

    private List<OutboxMail> mailsTo(String domain) {
        return mails.findAll().stream().filter(mail -> mail.getRecipient().endsWith("@" + domain)).toList();
    }

    private List<String> messageIds(String domain) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(domain)).map(OutboxDeliveryTest::messageId).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
