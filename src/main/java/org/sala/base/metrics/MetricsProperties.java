package org.sala.base.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gauges on the metrics endpoint.
 *
 * @param refreshInterval how often the gauges that count rows (moderation queue, outbox backlog) ask the database;
 *     PT0S for every read
 */
@ConfigurationProperties("sala.metrics")
public record MetricsProperties(@DefaultValue("PT5S") Duration refreshInterval) {

    public MetricsProperties {
        if (refreshInterval == null || refreshInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "sala.metrics.refresh-interval must be a duration of zero or more (such as PT5S), not " + refreshInterval);
        }
    }
}
