package org.sala.post.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled publishing.
 *
 * @param checkInterval how often due scheduled posts are looked for (and published)
 */
@ConfigurationProperties("sala.publishing")
public record PublishingProperties(@DefaultValue("PT20S") Duration checkInterval) {

    public PublishingProperties {
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException(
                    "sala.publishing.check-interval must be a positive duration (such as PT20S), not " + checkInterval);
        }
    }
}
