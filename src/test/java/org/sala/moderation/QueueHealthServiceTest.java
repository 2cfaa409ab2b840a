package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.QueueHealth;
import org.sala.moderation.service.QueueHealthService;
import org.sala.support.IntegrationTest;
import org.sala.support.ShiftedClock;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue health figures on MariaDB from comments and decisions at known times: only
 * moderators' first decisions on waiting comments count (not the spam filter, not an undo).
 */
@IntegrationTest
class QueueHealthServiceTest {

    @Autowired
    TestData data;
    @Autowired
    QueueHealthService health;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShiftedClock clock;

    private long postA;
    private long postB;
    private Instant now;

    @BeforeEach
    void twoPostsAndTwoModerators() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        data.staff("kim", Role.MODERATOR);
        postA = data.post("The busier post", true);
        postB = data.post("The quieter post", true);
        now = clock.instant();
    }

    @Test
    void aSiteWithoutDecisionsHasNoTimesAndEmptyBuckets() {
        comment(postA, hoursAgo(2));
        QueueHealth figures = data.asStaff("kim", Role.MODERATOR, health::now);
        assertThat(figures.pending()).isEqualTo(1);
        assertThat(figures.lastMonth().decided()).isZero();
        assertThat(figures.lastMonth().medianSeconds()).isNull();
        assertThat(figures.lastMonth().p90Seconds()).isNull();
        assertThat(figures.lastMonth().buckets()).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void eachFigureCountsWhatItSays() {
        long decidedInAnHour = comment(postA, hoursAgo(2));
        decide(decidedInAnHour, "dara", "APPROVED", hoursAgo(1));
        long spamInHalfAnHour = comment(postA, hoursAgo(30));
        decide(spamInHalfAnHour, "kim", "SPAM", hoursAgo(29.5));
        long decidedInTwoDays = comment(postB, hoursAgo(240));
        decide(decidedInTwoDays, "dara", "APPROVED", hoursAgo(192));
        jdbc.update("""
                INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, to_status, decided_at, is_undo)
                SELECT ?, id, display_name, 'APPROVED', 'PENDING', ?, TRUE FROM account WHERE username = 'dara'""",
                decidedInAnHour, utc(hoursAgo(0.5)));
        long waiting = comment(postA, hoursAgo(3));
        jdbc.update("""
                INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, to_status, decided_at)
                VALUES (?, NULL, 'Spam filter (0.10 ≥ 0.90)', NULL, 'PENDING', ?)""", waiting, utc(hoursAgo(3)));
        long waitingLongest = comment(postB, hoursAgo(120));
        jdbc.update("UPDATE comment SET rule = 'WATCHED_WORD' WHERE id = ?", waitingLongest);

        QueueHealth figures = data.asStaff("kim", Role.MODERATOR, health::now);

        assertThat(figures.pending()).isEqualTo(2);
        assertThat(figures.oldestPendingSince()).isCloseTo(hoursAgo(120), within(Duration.ofSeconds(1)));
        assertThat(figures.lastWeek().decided()).isEqualTo(2);
        assertThat(figures.lastWeek().medianSeconds()).isCloseTo(2_700, org.assertj.core.data.Offset.offset(1.0));
        assertThat(figures.lastWeek().p90Seconds()).isCloseTo(3_420, org.assertj.core.data.Offset.offset(1.0));
        assertThat(figures.lastMonth().decided()).isEqualTo(3);
        assertThat(figures.lastMonth().medianSeconds()).isCloseTo(3_600, org.assertj.core.data.Offset.offset(1.0));
        assertThat(figures.lastMonth().p90Seconds()).isCloseTo(138_960, org.assertj.core.data.Offset.offset(1.0));
        assertThat(figures.lastMonth().buckets()).containsExactly(1L, 1L, 0L, 1L, 0L);
        assertThat(figures.decisionsPerModeratorWeek()).containsOnlyKeys("Dara", "Kim").containsEntry("Dara", 2L)
                .as("the undo counts as Dara's decision, not as a first one").containsEntry("Kim", 1L);
        assertThat(figures.decisionsPerModeratorMonth()).containsEntry("Dara", 3L).containsEntry("Kim", 1L);
        assertThat(figures.backlog()).extracting(QueueHealth.PostBacklog::title, QueueHealth.PostBacklog::pending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The busier post", 1L),
                        org.assertj.core.groups.Tuple.tuple("The quieter post", 1L));
        assertThat(figures.pendingByRule()).containsEntry("HOLD_ALL", 1L).containsEntry("WATCHED_WORD", 1L).hasSize(2);
        assertThat(figures.decisionsMonth()).isEqualTo(4);
        assertThat(figures.spamShare()).isEqualTo(0.25);
        assertThat(figures.days()).hasSize(QueueHealthService.DAYS);
        assertThat(figures.days().stream().mapToLong(QueueHealth.Day::arrivals).sum()).isEqualTo(5);
        assertThat(figures.days().stream().mapToLong(QueueHealth.Day::decisions).sum()).isEqualTo(4);
        assertThat(figures.days().getLast().day()).isEqualTo(java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Bangkok")));
    }

    private Instant hoursAgo(double hours) {
        return now.minusSeconds(Math.round(hours * 3_600));
    }

    private long comment(long postId, Instant at) {
        long id = submissions.submit(postId, null, new CommentDraft("Reader", "reader@example.org", "", "Said at " + at),
                new ReaderContext("198.51.100.50", ReaderTokens.newToken()));
        jdbc.update("UPDATE comment SET created_at = ? WHERE id = ?", utc(at), id);
        return id;
    }

    private void decide(long commentId, String moderator, String status, Instant at) {
        jdbc.update("UPDATE comment SET status = ? WHERE id = ?", status, commentId);
        jdbc.update("""
                INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, to_status, decided_at)
                SELECT ?, id, display_name, 'PENDING', ?, ? FROM account WHERE username = ?""",
                commentId, status, utc(at), moderator);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
