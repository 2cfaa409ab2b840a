package org.sala.newsletter.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailing list.
 *
 * @param category posts published in this category (name or slug) are mailed to the mailing list's subscribers
 * @param tokenSecret the key that signs confirmation and unsubscribe links; empty to have one generated on first
 *     use and kept in the database
 * @param confirmationValidFor how long a confirmation link works
 * @param resendAfter a sign-up for a waiting address sends a new confirmation mail only this long after the last
 *     one (the form must not become a way to flood an inbox)
 * @param fanOutBatch subscribers queued per transaction when a newsletter goes out
 */
@ConfigurationProperties("sala.newsletter")
public record NewsletterProperties(
        @DefaultValue("Newsletters") String category,
        @DefaultValue("") String tokenSecret,
        @DefaultValue("P2D") Duration confirmationValidFor,
        @DefaultValue("PT10M") Duration resendAfter,
        @DefaultValue("200") int fanOutBatch) {

    public NewsletterProperties {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("sala.newsletter.category must name a category (its name or slug)");
        }
        tokenSecret = tokenSecret.strip();
        if (confirmationValidFor == null || confirmationValidFor.isNegative() || confirmationValidFor.isZero()) {
            throw new IllegalArgumentException("sala.newsletter.confirmation-valid-for must be a positive duration "
                    + "(such as P2D), not " + confirmationValidFor);
        }
        if (resendAfter == null || resendAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "sala.newsletter.resend-after must be a duration of zero or more (such as PT10M), not " + resendAfter);
        }
        if (fanOutBatch < 1) {
            throw new IllegalArgumentException("sala.newsletter.fan-out-batch must be at least 1, not " + fanOutBatch);
        }
    }
}
