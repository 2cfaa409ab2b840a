package org.sala.base.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value that is looked up again only when the last lookup is older than the refresh interval
 * ({@code sala.metrics.refresh-interval}): gauges read with a COUNT query cost at most one query
 * per interval, however often Prometheus, health checks and staff pages ask.
 */
public final class RecentValue<T extends @Nullable Object> {

    private final Supplier<T> lookup;
    private final Duration refreshInterval;
    private final Clock clock;
    private T value;
    private @Nullable Instant lookedUpAt;

    @SuppressWarnings("NullAway.Init") // value is looked up on the first get(), while lookedUpAt is null
    public RecentValue(Supplier<T> lookup, Duration refreshInterval, Clock clock) {
        this.lookup = lookup;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (lookedUpAt == null || !now.isBefore(lookedUpAt.plus(refreshInterval))) {
            value = lookup.get();
            lookedUpAt = now;
        }
        return value;
    }
}
