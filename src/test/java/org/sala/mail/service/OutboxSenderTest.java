package org.sala.mail.service;

import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against the real database and a real SMTP server (the embedded GreenMail). */
@IntegrationTest
class OutboxSenderTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxWork work;
    @Autowired
    GreenMail smtp;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void clean() throws Exception {
        data.clear();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aQueuedMailIsSentOnceWithItsHeaders() throws Exception {
        transaction.executeWithoutResult(status -> outbox.queue(new MailMessage("reader@example.org",
                "Hello\r\nBcc: evil@example.org", "Line one\nLine two ไทย",
                Map.of("List-Unsubscribe", "<https://sala.example/u>"), "test", null)));

        sender.sendDue();
        sender.sendDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("reader@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Hello Bcc: evil@example.org");
        assertThat(received[0].getHeader("Bcc")).isNull();
        assertThat(received[0].getHeader("List-Unsubscribe")).containsExactly("<https://sala.example/u>");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Line one\r\nLine two ไทย");
        assertThat(jdbc.queryForObject("SELECT status FROM outbox_mail", String.class)).isEqualTo("SENT");
    }

    @Test
    void nothingIsQueuedWhenTheCausingTransactionRollsBack() {
        transaction.executeWithoutResult(status -> {
            outbox.queue(new MailMessage("reader@example.org", "Never", "Rolled back", "test"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail", Long.class)).isZero();
        assertThatThrownBy(() -> outbox.queue(new MailMessage("reader@example.org", "No tx", "x", "test")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aMailThatCannotBeSentWaitsLongerAfterEachFailureThenIsGivenUp() {
        transaction.executeWithoutResult(status -> outbox.queue(
                new MailMessage("not an address", "Bad", "x", "test")));

        sender.sendDue();

        Map<String, Object> row = jdbc.queryForMap("SELECT status, attempts, last_error, "
                + "TIMESTAMPDIFF(SECOND, created_at, next_attempt_at) AS wait FROM outbox_mail");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(((Number) row.get("wait")).longValue()).isBetween(55L, 70L);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(work.retryAt(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(work.retryAt(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(work.retryAt(3, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
        assertThat(work.retryAt(9, now)).isEqualTo(now.plus(Duration.ofMinutes(256)));
        assertThat(work.retryAt(10, now)).isNull();
    }

    @Test
    void aDedupKeyLetsAMailInOnlyOnce() {
        MailMessage message = new MailMessage("reader@example.org", "Once", "x", Map.of(), "test", "test:1");
        boolean first = Boolean.TRUE.equals(transaction.execute(status -> outbox.queueOnce(message)));
        boolean second = Boolean.TRUE.equals(transaction.execute(status -> outbox.queueOnce(message)));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail", Long.class)).isEqualTo(1);
    }
}
