package org.sala.mail.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Sala sends mail (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender, such as {@code Sala <no-reply@sala.example>}
 * @param embeddedCatcher with no {@code spring.mail.host}, catch all mail in an embedded SMTP server
 * @param sendInterval how often the sender looks for due mail
 * @param batchSize mails sent over one SMTP connection
 * @param firstRetryAfter wait after the first failure; doubled after each further one
 * @param maxRetryWait the longest wait between two attempts
 * @param maxAttempts attempts before a mail is given up (it stays in the outbox, marked failed)
 */
@ConfigurationProperties("sala.mail")
public record MailProperties(String from, boolean embeddedCatcher, Duration sendInterval, int batchSize,
        Duration firstRetryAfter, Duration maxRetryWait, int maxAttempts) {

    public MailProperties {
        if (from == null || from.isBlank()) {
            from = "Sala <no-reply@sala.example>";
        }
        if (sendInterval == null) {
            sendInterval = Duration.ofSeconds(5);
        }
        if (batchSize <= 0) {
            batchSize = 50;
        }
        if (firstRetryAfter == null) {
            firstRetryAfter = Duration.ofMinutes(1);
        }
        if (maxRetryWait == null) {
            maxRetryWait = Duration.ofHours(6);
        }
        if (maxAttempts <= 0) {
            maxAttempts = 10;
        }
    }
}
