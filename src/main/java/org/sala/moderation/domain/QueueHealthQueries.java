package org.sala.moderation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures of the queue health page, each one indexed query: ranges on {@code comment.created_at}
 * and {@code comment_decision.decided_at} (V30, covering since V32), the pending comments through
 * {@code ix_comment_status_post} and {@code ix_comment_status_rule} (V32).
 * Only moderators' decisions count (a person's account; not the spam filter, readers' reports or undo).
 */
@Repository
public class QueueHealthQueries {

    /** Time from arrival to a moderator's first decision: median, 90th percentile and a histogram. */
    public record TimeToDecision(long decided, @Nullable Double medianSeconds, @Nullable Double p90Seconds,
            List<Long> buckets) {}

    /** Upper bounds of the histogram's buckets, in seconds; the last bucket has none. */
    public static final List<Long> BUCKET_BOUNDS = List.of(3_600L, 6 * 3_600L, 24 * 3_600L, 3 * 24 * 3_600L);

    private static final String FIRST_DECISIONS = """
            SELECT TIMESTAMPDIFF(SECOND, c.created_at, d.first_at) AS secs
            FROM (SELECT comment_id, MIN(decided_at) AS first_at FROM comment_decision
                  WHERE decided_at >= ? AND moderator_account_id IS NOT NULL AND from_status = 'PENDING' AND is_undo = FALSE
                  GROUP BY comment_id) d
            JOIN comment c ON c.id = d.comment_id""";

    private final JdbcTemplate jdbc;

    QueueHealthQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One pass over the first decisions: every figure is a window over the same rows, the first row carries them. */
    public TimeToDecision timeToDecision(Instant since) {
        List<TimeToDecision> found = jdbc.query("""
                SELECT COUNT(*) OVER () AS decided,
                  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY secs) OVER () AS median,
                  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY secs) OVER () AS p90,
                  SUM(secs < ?) OVER () AS b0, SUM(secs >= ? AND secs < ?) OVER () AS b1,
                  SUM(secs >= ? AND secs < ?) OVER () AS b2, SUM(secs >= ? AND secs < ?) OVER () AS b3,
                  SUM(secs >= ?) OVER () AS b4
                FROM (%s) t LIMIT 1""".formatted(FIRST_DECISIONS), (row, n) -> new TimeToDecision(row.getLong("decided"),
                        (Double) row.getObject("median", Double.class), (Double) row.getObject("p90", Double.class),
                        List.of(row.getLong("b0"), row.getLong("b1"), row.getLong("b2"), row.getLong("b3"), row.getLong("b4"))),
                BUCKET_BOUNDS.get(0), BUCKET_BOUNDS.get(0), BUCKET_BOUNDS.get(1), BUCKET_BOUNDS.get(1),
                BUCKET_BOUNDS.get(2), BUCKET_BOUNDS.get(2), BUCKET_BOUNDS.get(3), BUCKET_BOUNDS.get(3), utc(since));
        return found.isEmpty() ? new TimeToDecision(0, null, null, List.of(0L, 0L, 0L, 0L, 0L)) : found.getFirst();
    }

    /** Decisions per moderator since then, the busiest first. */
    public Map<String, Long> decisionsPerModerator(Instant since, int limit) {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("""
                SELECT moderator_name, COUNT(*) AS n FROM comment_decision
                WHERE decided_at >= ? AND moderator_account_id IS NOT NULL AND from_status IS NOT NULL
                GROUP BY moderator_name ORDER BY n DESC, moderator_name LIMIT ?""",
                row -> {
                    found.put(row.getString(1), row.getLong(2));
                }, utc(since), limit);
        return found;
    }

    /** Moderators' decisions since then, by the status they gave. */
    public Map<String, Long> decisionsByOutcome(Instant since) {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("""
                SELECT to_status, COUNT(*) FROM comment_decision
                WHERE decided_at >= ? AND moderator_account_id IS NOT NULL AND from_status IS NOT NULL
                GROUP BY to_status""", row -> {
                    found.put(row.getString(1), row.getLong(2));
                }, utc(since));
        return found;
    }

    /** A post and how many comments wait on it. */
    public record PostBacklog(long postId, long pending) {}

    public List<PostBacklog> backlogPerPost(int limit) {
        return jdbc.query("""
                SELECT post_id, COUNT(*) AS n FROM comment WHERE status = 'PENDING'
                GROUP BY post_id ORDER BY n DESC, post_id LIMIT ?""",
                (row, n) -> new PostBacklog(row.getLong(1), row.getLong(2)), limit);
    }

    /** Waiting comments by the rule that held them ("" for none). */
    public Map<String, Long> pendingByRule() {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("""
                SELECT COALESCE(rule, '') AS rule, COUNT(*) AS n FROM comment WHERE status = 'PENDING'
                GROUP BY rule ORDER BY n DESC""", row -> {
                    found.put(row.getString(1), row.getLong(2));
                });
        return found;
    }

    /** Comments that arrived per day since then, days in the site's time zone (its offset now). */
    public Map<LocalDate, Long> arrivalsPerDay(Instant since, int offsetSeconds) {
        return perDay("""
                SELECT DATE(DATE_ADD(created_at, INTERVAL ? SECOND)) AS day, COUNT(*) FROM comment
                WHERE created_at >= ? GROUP BY day""", since, offsetSeconds);
    }

    public Map<LocalDate, Long> decisionsPerDay(Instant since, int offsetSeconds) {
        return perDay("""
                SELECT DATE(DATE_ADD(decided_at, INTERVAL ? SECOND)) AS day, COUNT(*) FROM comment_decision
                WHERE decided_at >= ? AND moderator_account_id IS NOT NULL AND from_status IS NOT NULL GROUP BY day""",
                since, offsetSeconds);
    }

    private Map<LocalDate, Long> perDay(String sql, Instant since, int offsetSeconds) {
        Map<LocalDate, Long> found = new LinkedHashMap<>();
        jdbc.query(sql, row -> {
            found.put(row.getDate(1).toLocalDate(), row.getLong(2));
        }, offsetSeconds, utc(since));
        return found;
    }

    /** DATETIME columns hold UTC wall-clock times, as Hibernate writes them (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
