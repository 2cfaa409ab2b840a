package org.sala.moderation.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reports one reader may send, per IP address and per browser token.
 *
 * @param perMinute reports one IP address or browser may send in a minute
 * @param perDay reports one IP address or browser may send in a day
 */
@ConfigurationProperties("sala.moderation.reports")
public record ReportLimits(@DefaultValue("3") int perMinute, @DefaultValue("30") int perDay) {

    public ReportLimits {
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException("sala.moderation.reports.per-minute and .per-day must be at least 1, not "
                    + perMinute + " and " + perDay);
        }
    }
}
