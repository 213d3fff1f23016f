package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.atomic.AtomicInteger;

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
import vn.parindex.common.Takeover;

/**
 * Several nodes deliver one outbox: every mail goes out once however many deliverers run at the same time,
 * and a batch claimed by a node that died is sent by another once the claim's lease is over, with the
 * Message-ID it was given when it was written; each mail is marked sent as soon as the server accepted it, so
 * only the one in flight when the node died goes out twice; a live node's claims are renewed.
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
    @Autowired
    Takeover takeover;

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

    /** What a node killed in the middle of a batch leaves behind: the thread stops where it is, nothing recorded. */
    static final class NodeKilled extends Error {
        NodeKilled() {
            super("node killed");
        }
    }

    @Test
    void aSenderKilledBetweenTwoMailsOfABatchLeavesOnlyTheMailInFlightToBeSentTwice() throws Exception {
        String domain = queue(5);
        List<OutboxMail> queued = mailsTo(domain).stream().sorted(java.util.Comparator.comparing(OutboxMail::getId))
                .toList();
        AtomicInteger accepted = new AtomicInteger();
        // killed once the server has accepted the second mail, before it is marked sent: the worst moment
        delivery.onAccepted(mail -> {
            if (mail.getRecipient().endsWith("@" + domain) && accepted.incrementAndGet() == 2) {
                throw new NodeKilled();
            }
        });
        try {
            assertThatThrownBy(delivery::deliverDue).isInstanceOf(NodeKilled.class);
        } finally {
            delivery.onAccepted(null);
        }
        assertThat(messageIds(domain)).as("received before the kill").containsExactly(
                queued.get(0).getMessageId(), queued.get(1).getMessageId());
        assertThat(mailsTo(domain)).filteredOn(mail -> mail.getStatus() == MailStatus.SENT).extracting(OutboxMail::getId)
                .as("marked sent before the kill").containsExactly(queued.get(0).getId());

        delivery.deliverDue();
        assertThat(messageIds(domain)).as("the rest waits for the dead node's lease").hasSize(2);

        clock.setOffset(takeover.lease().plusSeconds(1));
        delivery.deliverDue();
        List<String> received = messageIds(domain);
        assertThat(received).as("every mail received").containsAll(queued.stream().map(OutboxMail::getMessageId).toList())
                .as("one more copy than mails: the one in flight at the kill, with its Message-ID").hasSize(6);
        assertThat(received.stream().filter(id -> id.equals(queued.get(1).getMessageId()))).hasSize(2);
        assertThat(received.stream().filter(id -> !id.equals(queued.get(1).getMessageId()))).doesNotHaveDuplicates();
        assertThat(mailsTo(domain)).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void aLiveSendersClaimsAreRenewedSoNoOtherNodeTakesThemOver() throws Exception {
        String domain = queue(3);
        Duration lease = takeover.lease();
        AtomicInteger accepted = new AtomicInteger();
        List<Integer> sentByOtherNode = new ArrayList<>();
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        // the first mail takes longer than a lease: meanwhile the heartbeat renews the claim and another node looks
        delivery.onAccepted(mail -> {
            if (mail.getRecipient().endsWith("@" + domain) && accepted.incrementAndGet() == 1) {
                clock.setOffset(lease.dividedBy(2));
                delivery.renewClaims();
                clock.setOffset(lease.plus(lease.dividedBy(4)));
                try {
                    otherNode.submit(delivery::deliverDue).get();
                    sentByOtherNode.add(messageIds(domain).size());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try {
            delivery.deliverDue();
        } finally {
            delivery.onAccepted(null);
            otherNode.shutdown();
        }
        assertThat(sentByOtherNode).as("mails of the batch received while the other node looked").containsExactly(1);
        assertThat(messageIds(domain)).as("each mail once").hasSize(3).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mailsTo(domain).stream().map(OutboxMail::getMessageId).toList());
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
