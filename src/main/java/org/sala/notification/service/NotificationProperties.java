package org.sala.notification.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mails to staff.
 *
 * @param digestCheckInterval how often moderators' "comments are waiting" digests are considered (each moderator
 *     gets one an hour at most)
 */
@ConfigurationProperties("sala.notification")
public record NotificationProperties(@DefaultValue("PT1M") Duration digestCheckInterval) {

    public NotificationProperties {
        if (digestCheckInterval == null || digestCheckInterval.isNegative() || digestCheckInterval.isZero()) {
            throw new IllegalArgumentException("sala.notification.digest-check-interval must be a positive duration "
                    + "(such as PT1M), not " + digestCheckInterval);
        }
    }
}
