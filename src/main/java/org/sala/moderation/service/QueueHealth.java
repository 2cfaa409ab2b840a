package org.sala.moderation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.moderation.domain.QueueHealthQueries.TimeToDecision;

/**
 * How the queue is doing: what waits, how fast moderators decide (7 and 30 days), who decides,
 * where the backlog is, which rules hold comments, how much is spam, and the last 30 days day by day.
 */
public record QueueHealth(long pending, @Nullable Instant oldestPendingSince, TimeToDecision lastWeek,
        TimeToDecision lastMonth, Map<String, Long> decisionsPerModeratorWeek, Map<String, Long> decisionsPerModeratorMonth,
        List<PostBacklog> backlog, Map<String, Long> pendingByRule, long decisionsMonth, long spamDecisionsMonth,
        List<Day> days) {

    /** A post's waiting comments. */
    public record PostBacklog(long postId, String title, long pending) {}

    /** One day: comments that arrived, and moderators' decisions. */
    public record Day(LocalDate day, long arrivals, long decisions) {}

    /** The share of the month's decisions that were "spam", 0 to 1; 0 without decisions. */
    public double spamShare() {
        return decisionsMonth == 0 ? 0 : spamDecisionsMonth / (double) decisionsMonth;
    }
}
