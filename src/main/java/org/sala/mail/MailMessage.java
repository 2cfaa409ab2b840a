package org.sala.mail;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to be sent. Line breaks are removed from the subject and header values, so
 * that text from readers or authors can never add headers of its own.
 *
 * @param topic what the mail is about ("confirmation", "newsletter:42"), for counts and the outbox view
 * @param dedupKey at most one mail is ever queued per key; null when there is no such rule
 */
public record MailMessage(String to, String subject, String body, Map<String, String> headers, String topic,
        @Nullable String dedupKey) {

    public MailMessage {
        subject = oneLine(subject);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        headers.forEach((name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+") || !oneLine(value).equals(value)) {
                throw new IllegalArgumentException("Bad header " + name);
            }
        });
    }

    public MailMessage(String to, String subject, String body, String topic) {
        this(to, subject, body, Map.of(), topic, null);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
