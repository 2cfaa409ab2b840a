package org.sala.newsletter.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailing list.
 *
 * @param category posts published in this category (name or slug) are mailed to the subscribers
 * @param tokenSecret the key that signs confirmation and unsubscribe links; when empty, one is
 *     generated on first use and kept in the database
 * @param confirmationValidFor how long a confirmation link works
 * @param resendAfter a sign-up for a waiting address sends a new confirmation mail only this long
 *     after the last one (the form must not become a way to flood an inbox)
 * @param fanOutBatch subscribers queued per transaction when a newsletter goes out
 */
@ConfigurationProperties("sala.newsletter")
public record NewsletterProperties(String category, String tokenSecret, Duration confirmationValidFor,
        Duration resendAfter, int fanOutBatch) {

    public NewsletterProperties {
        if (category == null || category.isBlank()) {
            category = "Newsletters";
        }
        tokenSecret = tokenSecret == null ? "" : tokenSecret.strip();
        if (confirmationValidFor == null) {
            confirmationValidFor = Duration.ofDays(2);
        }
        if (resendAfter == null) {
            resendAfter = Duration.ofMinutes(10);
        }
        if (fanOutBatch <= 0) {
            fanOutBatch = 200;
        }
    }
}
