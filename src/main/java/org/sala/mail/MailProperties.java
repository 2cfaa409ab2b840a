package org.sala.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Sala sends mail (the SMTP server itself is {@code spring.mail.*}). Part of the mail module's
 * API: the newsletter fan-out runs at the sender's interval.
 *
 * @param from the sender of every mail, a name and an address
 * @param embeddedCatcher with no spring.mail.host, catch all mail in an embedded SMTP server (development and
 *     tests)
 * @param sendInterval how often the outbox sender (and the newsletter fan-out) looks for due mail
 * @param batchSize mails sent over one SMTP connection
 * @param firstRetryAfter wait after a mail's first failure; doubled after each further one
 * @param maxRetryWait the longest wait between two attempts at a mail
 * @param maxAttempts attempts before a mail is given up (it stays in the outbox, marked failed)
 */
@ConfigurationProperties("sala.mail")
public record MailProperties(
        @DefaultValue("Sala <no-reply@sala.example>") String from,
        @DefaultValue("false") boolean embeddedCatcher,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT1M") Duration firstRetryAfter,
        @DefaultValue("PT6H") Duration maxRetryWait,
        @DefaultValue("10") int maxAttempts) {

    public MailProperties {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("sala.mail.from must name the sender, such as Sala <no-reply@sala.example>");
        }
        requirePositive("sala.mail.send-interval", sendInterval);
        requirePositive("sala.mail.first-retry-after", firstRetryAfter);
        requirePositive("sala.mail.max-retry-wait", maxRetryWait);
        if (batchSize < 1) {
            throw new IllegalArgumentException("sala.mail.batch-size must be at least 1, not " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("sala.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration (such as PT5S), not " + value);
        }
    }
}
