package org.sala.newsletter.service;

import org.sala.newsletter.SubscriptionService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.mail.service.OutboxSender;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Double opt-in, links, and newsletters, against the real database and a real SMTP server. */
@IntegrationTest
class MailingListTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/newsletter/confirm\\?token=(\\S+)");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("https?://\\S+/newsletter/unsubscribe\\?token=(\\S+)");

    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    SubscriptionTokens tokens;
    @Autowired
    NewsletterFanOut fanOut;
    @Autowired
    OutboxSender sender;
    @Autowired
    GreenMail smtp;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void clean() throws Exception {
        data.reset();
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aSubscriptionCountsOnlyOnceTheLinkFromTheMailIsOpened() throws Exception {
        subscriptions.subscribe(new SubscriptionRequest("  Reader@Example.org ", "Nok"), Locale.ENGLISH);
        assertThat(status("reader@example.org")).isEqualTo("PENDING");

        MimeMessage mail = onlyMailTo("reader@example.org");
        assertThat(mail.getSubject()).isEqualTo("Please confirm your subscription to Sala");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<https?://.+/newsletter/unsubscribe/one-click\\?token=.+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String token = linkToken(mail, CONFIRM_LINK);

        assertThat(subscriptions.confirm(token)).isEqualTo(LinkResult.DONE);
        assertThat(status("reader@example.org")).isEqualTo("CONFIRMED");
        assertThat(subscriptions.confirm(token)).isEqualTo(LinkResult.ALREADY_DONE);
    }

    @Test
    void aConfirmationLinkExpires() {
        subscriptions.subscribe(new SubscriptionRequest("late@example.org", null), Locale.ENGLISH);
        long id = jdbc.queryForObject("SELECT id FROM subscriber WHERE email = 'late@example.org'", Long.class);
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("UPDATE subscriber SET confirmation_sent_at = ? WHERE id = ?",
                LocalDateTime.ofInstant(threeDaysAgo, java.time.ZoneOffset.UTC), id);

        assertThat(subscriptions.confirm(tokens.confirmation(id, "late@example.org", threeDaysAgo)))
                .isEqualTo(LinkResult.EXPIRED);
        assertThat(status("late@example.org")).isEqualTo("PENDING");
    }

    @Test
    void forgedOrBrokenLinksDoNothing() throws Exception {
        subscriptions.subscribe(new SubscriptionRequest("someone@example.org", null), Locale.ENGLISH);
        String token = linkToken(onlyMailTo("someone@example.org"), CONFIRM_LINK);
        long id = jdbc.queryForObject("SELECT id FROM subscriber", Long.class);

        String otherSignature = token.substring(0, token.indexOf('.') + 1) + "AAAA" + token.substring(token.indexOf('.') + 5);
        assertThat(subscriptions.confirm(otherSignature)).isEqualTo(LinkResult.INVALID);
        assertThat(subscriptions.confirm(token.substring(0, token.length() - 3))).isEqualTo(LinkResult.INVALID);
        assertThat(subscriptions.confirm("not-a-token")).isEqualTo(LinkResult.INVALID);
        assertThat(subscriptions.confirm(null)).isEqualTo(LinkResult.INVALID);
        // A link signed for another address, or an unsubscribe link, confirms nothing.
        assertThat(subscriptions.confirm(tokens.unsubscribe(id, "someone@example.org"))).isEqualTo(LinkResult.INVALID);
        assertThat(subscriptions.unsubscribe(tokens.unsubscribe(id, "other@example.org"))).isEqualTo(LinkResult.INVALID);
        assertThat(status("someone@example.org")).isEqualTo("PENDING");
    }

    @Test
    void signingUpTwiceMakesOneSubscriberAndAskedOnceOnly() throws Exception {
        subscriptions.subscribe(new SubscriptionRequest("twice@example.org", null), Locale.ENGLISH);
        subscriptions.subscribe(new SubscriptionRequest("TWICE@example.org", "Again"), Locale.ENGLISH);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subscriber", Long.class)).isEqualTo(1);
        String token = linkToken(onlyMailTo("twice@example.org"), CONFIRM_LINK);
        subscriptions.confirm(token);

        subscriptions.subscribe(new SubscriptionRequest("twice@example.org", null), Locale.ENGLISH);
        sender.sendDue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(status("twice@example.org")).isEqualTo("CONFIRMED");
    }

    @Test
    void anInvalidAddressIsRefusedBesideTheField() {
        for (String bad : List.of("", "   ", "not-an-email", "a@b", "two@@example.org", "a b@example.org",
                "x".repeat(250) + "@example.org")) {
            assertThatThrownBy(() -> subscriptions.subscribe(new SubscriptionRequest(bad, null), Locale.ENGLISH))
                    .as(bad).isInstanceOfSatisfying(InvalidSubscriptionException.class,
                            invalid -> assertThat(invalid.problems()).containsKey("email"));
        }
        assertThatThrownBy(() -> subscriptions.subscribe(new SubscriptionRequest("", null), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class, invalid ->
                        assertThat(invalid.problems()).containsEntry("email", "newsletter.error.email.required"));
        assertThatThrownBy(() -> subscriptions.subscribe(new SubscriptionRequest("ok@example.org", "a\u0007b"),
                Locale.ENGLISH)).isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        invalid -> assertThat(invalid.problems()).containsKey("name"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subscriber", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail", Long.class)).isZero();
    }

    @Test
    void theUnsubscribeLinkAndTheOneClickPostBothUnsubscribe() throws Exception {
        subscriptions.subscribe(new SubscriptionRequest("leaving@example.org", null), Locale.ENGLISH);
        MimeMessage mail = onlyMailTo("leaving@example.org");
        subscriptions.confirm(linkToken(mail, CONFIRM_LINK));
        String unsubscribe = linkToken(mail, UNSUBSCRIBE_LINK);

        assertThat(subscriptions.unsubscribe(unsubscribe)).isEqualTo(LinkResult.DONE);
        assertThat(status("leaving@example.org")).isEqualTo("UNSUBSCRIBED");
        assertThat(subscriptions.unsubscribe(unsubscribe)).isEqualTo(LinkResult.ALREADY_DONE);

        // Back on the list, then off again the RFC 8058 way: a POST to the List-Unsubscribe address.
        jdbc.update("UPDATE subscriber SET status = 'CONFIRMED'");
        String header = mail.getHeader("List-Unsubscribe")[0];
        URI oneClick = URI.create(header.substring(1, header.length() - 1));
        HttpResponse<String> posted = post(oneClick);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(status("leaving@example.org")).isEqualTo("UNSUBSCRIBED");
        assertThat(post(URI.create("http://localhost:" + port + "/newsletter/unsubscribe/one-click?token=forged.x"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aNewsletterReachesEachOfAThousandSubscribersExactlyOnce() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Object[] {"reader" + i + "@example.org", "CONFIRMED"});
        }
        rows.add(new Object[] {"pending@example.org", "PENDING"});
        rows.add(new Object[] {"gone@example.org", "UNSUBSCRIBED"});
        jdbc.batchUpdate("INSERT INTO subscriber (email, status, locale, created_at) VALUES (?, ?, 'en', NOW(6))", rows);

        long started = System.nanoTime();
        data.publish("Mekong letter, June", "The river **rose** early this year.", LocalDateTime.now().minusHours(1),
                List.of("Newsletters"), List.of());
        data.publish("Not a newsletter", "Ordinary post.", LocalDateTime.now().minusHours(1), List.of("Blog"), List.of());
        long postId = jdbc.queryForObject("SELECT post_id FROM newsletter_issue", Long.class);

        fanOut.fanOut();
        // A crash after some batches, seen as a restart: the fan-out runs again from the start.
        jdbc.update("UPDATE newsletter_issue SET last_subscriber_id = 0, finished_at = NULL");
        fanOut.fanOut();
        long queuedAt = System.nanoTime();
        sender.sendDue();
        long sentAt = System.nanoTime();
        sender.sendDue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM newsletter_issue", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail WHERE topic = ?", Long.class,
                "newsletter:" + postId)).isEqualTo(1000);
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("Mekong letter, June");
            assertThat((String) message.getContent()).contains("The river rose early this year.")
                    .containsPattern("https?://\\S+/\\d{4}/\\d{2}/mekong-letter-june")
                    .containsPattern(UNSUBSCRIBE_LINK.pattern());
            assertThat(message.getHeader("List-Unsubscribe")).hasSize(1);
            for (Address to : message.getAllRecipients()) {
                recipients.add(to.toString());
            }
        }
        assertThat(received).hasSize(1000);
        assertThat(recipients).hasSize(1000).doesNotContain("pending@example.org", "gone@example.org");
        System.out.printf("Newsletter to 1000 subscribers: queued in %d ms, sent over SMTP in %d ms%n",
                (queuedAt - started) / 1_000_000, (sentAt - queuedAt) / 1_000_000);
    }

    private HttpResponse<String> post(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String status(String email) {
        return jdbc.queryForObject("SELECT status FROM subscriber WHERE email = ?", String.class, email);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        sender.sendDue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(Arrays.stream(received[0].getAllRecipients()).map(Address::toString)).containsExactly(address);
        return received[0];
    }

    private static String linkToken(MimeMessage mail, Pattern link) throws Exception {
        Matcher matcher = link.matcher((String) mail.getContent());
        assertThat(matcher.find()).as("link in " + mail.getContent()).isTrue();
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
