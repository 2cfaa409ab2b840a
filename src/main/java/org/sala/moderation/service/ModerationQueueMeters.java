package org.sala.moderation.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.metrics.MetricsProperties;
import org.sala.base.metrics.RecentValue;
import org.sala.comment.CommentStatus;
import org.sala.moderation.domain.ModeratedCommentRepository;
import org.springframework.stereotype.Component;

/**
 * The moderation queue for Prometheus: {@code sala.moderation.queue.depth} (comments waiting) and
 * {@code sala.moderation.queue.oldest.age} (seconds the oldest has waited, 0 when none waits).
 * Two index lookups at most once per {@code sala.metrics.refresh-interval}; while the database is
 * down both read NaN (no sample) instead of each scrape waiting for a connection.
 */
@Component
class ModerationQueueMeters implements MeterBinder {

    private record Queue(double depth, @Nullable Instant oldest) {}

    private static final Queue UNAVAILABLE = new Queue(Double.NaN, null);

    private final Clock clock;
    private final RecentValue<Queue> queue;

    ModerationQueueMeters(ModeratedCommentRepository comments, DatabaseOutage outage, Clock clock,
            MetricsProperties metrics) {
        this.clock = clock;
        this.queue = new RecentValue<>(() -> outage.unlessDown(() -> new Queue(comments.countByStatus(CommentStatus.PENDING),
                comments.oldestCreatedAt(CommentStatus.PENDING).orElse(null)), UNAVAILABLE), metrics.refreshInterval(), clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sala.moderation.queue.depth", queue, recent -> recent.get().depth())
                .description("Comments waiting for a moderator")
                .register(registry);
        Gauge.builder("sala.moderation.queue.oldest.age", queue, recent -> oldestAge(recent.get()))
                .description("How long the oldest comment waiting for a moderator has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestAge(Queue now) {
        if (Double.isNaN(now.depth())) {
            return Double.NaN;
        }
        if (now.oldest() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(now.oldest(), clock.instant()).toMillis() / 1000.0);
    }
}
